// The request record in Redis (REDIS_URL), shared by every instance: one
// stream per session (XADD, approximate MAXLEN, a time-to-live on the key),
// the session's seq and login cookie in a hash beside it, the sessions in a
// sorted set by last use (the least recently used go past the limit), and a
// pub/sub message per change. One Lua script does each write, so two
// instances recording for one session at once still number its entries 1, 2, 3.
// Redis down: nothing waits for it (no offline queue); the experiment is
// answered, reads say the record is unavailable, and the client reconnects
// on its own, after which recording resumes.
import { createClient } from 'redis';
import type { CookieSameSite } from '../src/scenario/victim.ts';
import type { LogAnswer, LoggedRequest } from '../src/scenario/log-types.ts';
import { capEntry, DEFAULT_LOG_LIMITS, type LogLimits } from './request-log.ts';
import { Listeners, type LogView, type PreparedView, type RecordEvent, type RequestRecord } from './record.ts';

type Client = ReturnType<typeof createClient>;

// KEYS: the stream, the session hash, the sessions set.
// ARGV: now, maxAgeMs, entriesPerSession, sessions limit, session id, key prefix,
//       then 'entry' + JSON, or 'cookie' + value + sameSite ('' clears it).
const WRITE = `
local now, maxAge, perSession, limit, id, prefix = tonumber(ARGV[1]), ARGV[2], ARGV[3], tonumber(ARGV[4]), ARGV[5], ARGV[6]
local event
if ARGV[7] == 'entry' then
  local seq = redis.call('HINCRBY', KEYS[2], 'seq', 1)
  redis.call('XADD', KEYS[1], 'MAXLEN', '~', perSession, seq .. '-0', 't', ARGV[1], 'e', ARGV[8])
  redis.call('PEXPIRE', KEYS[1], maxAge)
  event = 'entry ' .. seq
elseif ARGV[8] == '' then
  redis.call('HDEL', KEYS[2], 'cookie', 'sameSite')
  event = 'cookie'
else
  redis.call('HSET', KEYS[2], 'cookie', ARGV[8], 'sameSite', ARGV[9])
  event = 'cookie'
end
redis.call('PEXPIRE', KEYS[2], maxAge)
redis.call('ZADD', KEYS[3], now, id)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - tonumber(maxAge))
local over = redis.call('ZCARD', KEYS[3]) - limit
if over > 0 then
  local evicted = redis.call('ZPOPMIN', KEYS[3], over)
  for i = 1, #evicted, 2 do redis.call('DEL', prefix .. 'log:' .. evicted[i], prefix .. 'session:' .. evicted[i]) end
end
redis.call('PUBLISH', prefix .. 'live:' .. id, event)
return event`;

export interface RedisRecordOptions {
  url: string;
  limits?: LogLimits;
  /** Keys and channels start with it (tests share one server). */
  prefix?: string;
  now?: () => number;
}

type Write = ['entry', string] | ['cookie', string, string];

export class RedisRecord implements RequestRecord {
  readonly kind = 'redis';
  /** Not at hand: each request's session is prepared from Redis (serve.ts). */
  readonly view = undefined;
  private readonly client: Client;
  private readonly subscriber: Client;
  private readonly listeners = new Listeners();
  private readonly limits: LogLimits;
  private readonly prefix: string;
  private readonly now: () => number;
  private lastError = '';
  /** Whether the pages were last told the record is available. */
  private up = true;

  constructor(options: RedisRecordOptions) {
    this.limits = options.limits ?? DEFAULT_LOG_LIMITS;
    this.prefix = options.prefix ?? 'pg:';
    this.now = options.now ?? Date.now;
    this.client = createClient({
      url: options.url,
      // Nothing queues while Redis is away: a command fails at once, so no answer waits for it.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
    });
    this.subscriber = this.client.duplicate();
    for (const client of [this.client, this.subscriber]) {
      client.on('error', (error: unknown) => this.down(error));
    }
    this.client.on('ready', () => {
      this.up = true;
      this.listeners.emitAll({ type: 'available', available: true });
    });
    this.client.on('end', () => this.down('the connection was closed'));
    void this.client.connect().catch((error: unknown) => this.down(error));
    void this.subscriber.connect().catch((error: unknown) => this.down(error));
  }

  /** Resolves once both connections are up (tests; the server does not wait: Redis may come later). */
  async ready(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(this.client.isReady && this.subscriber.isReady)) {
      if (Date.now() > deadline) throw new Error(`Redis is not reachable: ${this.lastError}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  get available(): boolean {
    return this.client.isReady;
  }

  async prepare(sessionId: string, after?: number): Promise<PreparedView> {
    const writes: Write[] = [];
    let loaded: LogAnswer;
    try {
      loaded = await this.load(sessionId, after);
    } catch (error) {
      this.down(error);
      loaded = { entries: [], lastSeq: 0, cookie: null, sameSite: null, unavailable: this.unavailableText() };
    }
    const view: LogView = {
      record: (_id, entry) => writes.push(['entry', JSON.stringify(capEntry({ seq: 0, time: this.now(), ...entry }))]),
      setCookie: (_id, cookie, sameSite = 'Lax') => {
        writes.push(['cookie', cookie ?? '', cookie === null ? '' : sameSite]);
        loaded = { ...loaded, cookie, sameSite: cookie === null ? null : sameSite };
      },
      cookieOf: () => loaded.cookie,
      read: () => loaded,
    };
    return { view, commit: () => this.commit(sessionId, writes) };
  }

  subscribe(sessionId: string, listener: (event: RecordEvent) => void): () => void {
    const channel = `${this.prefix}live:${sessionId}`;
    if (this.listeners.add(sessionId, listener)) {
      this.subscriber.subscribe(channel, (message) => this.listeners.emit(sessionId, toEvent(message))).catch((e: unknown) => this.down(e));
    }
    if (!this.available) listener({ type: 'available', available: false, detail: this.unavailableText() });
    return () => {
      if (this.listeners.remove(sessionId, listener)) this.subscriber.unsubscribe(channel).catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    // close() waits for the replies to commands already sent: what was recorded stays recorded.
    await Promise.allSettled([this.client.close(), this.subscriber.close()]);
  }

  private async load(sessionId: string, after: number | undefined): Promise<LogAnswer> {
    const [seq, cookie, sameSite] = (await this.client.sendCommand(['HMGET', this.key('session', sessionId), 'seq', 'cookie', 'sameSite'])) as (string | null)[];
    const answer: LogAnswer = { entries: [], lastSeq: Number(seq ?? 0), cookie: cookie ?? null, sameSite: (sameSite as CookieSameSite | null) ?? null };
    if (after === undefined || answer.lastSeq <= after) return answer;
    // Newest first, at most entriesPerSession (MAXLEN ~ may keep a few more), then oldest first.
    const raw = (await this.client.sendCommand([
      'XREVRANGE', this.key('log', sessionId), '+', `${after + 1}-0`, 'COUNT', String(this.limits.entriesPerSession),
    ])) as [string, string[]][];
    const oldest = this.now() - this.limits.maxAgeMs;
    for (const [id, fields] of raw.reverse()) {
      const entry = JSON.parse(fields[fields.indexOf('e') + 1]!) as LoggedRequest;
      entry.seq = Number(id.split('-')[0]);
      if (entry.time >= oldest) answer.entries.push(entry);
    }
    return answer;
  }

  private async commit(sessionId: string, writes: Write[]): Promise<void> {
    const { maxAgeMs, entriesPerSession, sessions } = this.limits;
    const keys = [this.key('log', sessionId), this.key('session', sessionId), `${this.prefix}sessions`];
    for (const write of writes) {
      const args = [String(this.now()), String(maxAgeMs), String(entriesPerSession), String(sessions), sessionId, this.prefix, ...write];
      try {
        await this.client.sendCommand(['EVAL', WRITE, String(keys.length), ...keys, ...args]);
      } catch (error) {
        this.down(error);
      }
    }
  }

  private key(kind: 'log' | 'session', sessionId: string): string {
    return `${this.prefix}${kind}:${sessionId}`;
  }

  private down(error: unknown): void {
    this.lastError = error instanceof Error ? error.message || error.name : String(error);
    if (!this.up) return;
    this.up = false;
    this.listeners.emitAll({ type: 'available', available: false, detail: this.unavailableText() });
  }

  private unavailableText(): string {
    return `The request record (Redis) cannot be reached${this.lastError ? ` (${this.lastError})` : ''}: experiments are answered, but not recorded until it is back.`;
  }
}

function toEvent(message: string): RecordEvent {
  const [type, seq] = message.split(' ');
  return type === 'entry' ? { type: 'entry', seq: Number(seq) } : { type: 'cookie' };
}
