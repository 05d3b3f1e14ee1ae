// What the policy server received, per session, so the page can show the
// preflight and the blocked responses it cannot see itself. Memory is bounded
// every way a client could grow it: entries per session, sessions, age, bytes.
import type { LoggedRequest, LogAnswer } from '../src/scenario/log-types.ts';
import type { CookieSameSite } from '../src/scenario/victim.ts';
import type { HeaderList } from '../src/scenario/types.ts';

export type { LoggedRequest, LogAnswer } from '../src/scenario/log-types.ts';

export interface LogLimits {
  entriesPerSession: number;
  sessions: number;
  maxAgeMs: number;
  /** Rough total size of all entries; the least recently used sessions go first. */
  totalBytes: number;
}

export const DEFAULT_LOG_LIMITS: LogLimits = {
  entriesPerSession: 200,
  sessions: 1000,
  maxAgeMs: 60 * 60 * 1000,
  totalBytes: 64 * 1024 * 1024,
};

export const BODY_TEXT_BYTES = 2048;
/**
 * The most one entry may take (as entrySize counts it): a 32 KB request head
 * answered with 64 KB of lines would otherwise be one exchange evicting dozens
 * of other tabs' records. Past it, long values and extra lines are cut, saying so.
 */
export const MAX_ENTRY_BYTES = 32 * 1024;

/** The first 2 KiB of a body as text (a cut multi-byte character becomes U+FFFD). */
export function bodyPreview(body: Uint8Array): string {
  return new TextDecoder().decode(body.subarray(0, BODY_TEXT_BYTES));
}

interface Session {
  entries: LoggedRequest[];
  lastSeq: number;
  cookie: string | null;
  sameSite: CookieSameSite | null;
  bytes: number;
  touchedAt: number;
}

export class RequestLog {
  // A Map iterates in insertion order; re-inserting on use keeps it in LRU order.
  private readonly sessions = new Map<string, Session>();
  private totalBytes = 0;

  constructor(
    private readonly limits: LogLimits = DEFAULT_LOG_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores the entry under the next seq of its session and returns that seq. */
  record(sessionId: string, entry: Omit<LoggedRequest, 'seq' | 'time'>): number {
    const session = this.use(sessionId);
    const logged: LoggedRequest = capEntry({ seq: session.lastSeq + 1, time: this.now(), ...entry });
    session.lastSeq = logged.seq;
    session.entries.push(logged);
    this.grow(session, entrySize(logged));
    while (session.entries.length > this.limits.entriesPerSession) this.dropOldest(session);
    this.evict();
    return logged.seq;
  }

  setCookie(sessionId: string, cookie: string | null, sameSite: CookieSameSite = 'Lax'): void {
    const session = this.use(sessionId);
    session.cookie = cookie;
    session.sameSite = cookie === null ? null : sameSite;
    this.evict();
  }

  /** The login cookie value issued for a session (null when none), without touching its entries. */
  cookieOf(sessionId: string): string | null {
    return this.live(sessionId)?.cookie ?? null;
  }

  /** Entries after `after`; an unknown session (or one unused for maxAgeMs) is simply empty. */
  read(sessionId: string, after = 0): LogAnswer {
    const session = this.live(sessionId);
    if (!session) return { entries: [], lastSeq: 0, cookie: null, sameSite: null };
    this.dropExpired(session);
    return {
      entries: session.entries.filter((e) => e.seq > after),
      lastSeq: session.lastSeq,
      cookie: session.cookie,
      sameSite: session.sameSite,
    };
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  /** What the record accounts for, in bytes of heap (checked against the real heap in tests). */
  get bytes(): number {
    return this.totalBytes;
  }

  /** The session unless it went unused for maxAgeMs (then it is gone, as a key past its TTL is in Redis). */
  private live(sessionId: string): Session | undefined {
    const session = this.sessions.get(sessionId);
    return session && this.now() - session.touchedAt <= this.limits.maxAgeMs ? session : undefined;
  }

  private use(sessionId: string): Session {
    const stale = this.sessions.get(sessionId);
    if (stale && !this.live(sessionId)) {
      // Past its time-to-live a session starts over: seq 1, no cookie.
      this.sessions.delete(sessionId);
      this.totalBytes -= stale.bytes;
    }
    const session = this.live(sessionId) ?? {
      entries: [],
      lastSeq: 0,
      cookie: null,
      sameSite: null,
      bytes: 0,
      touchedAt: 0,
    };
    this.sessions.delete(sessionId);
    this.sessions.set(sessionId, session);
    session.touchedAt = this.now();
    this.dropExpired(session);
    return session;
  }

  private evict(): void {
    for (const [id, session] of this.sessions) {
      const stale = this.now() - session.touchedAt > this.limits.maxAgeMs;
      const over = this.sessions.size > this.limits.sessions || this.totalBytes > this.limits.totalBytes;
      if (!stale && !over) break;
      this.sessions.delete(id);
      this.totalBytes -= session.bytes;
    }
  }

  private dropExpired(session: Session): void {
    const oldest = this.now() - this.limits.maxAgeMs;
    while (session.entries[0] && session.entries[0].time < oldest) this.dropOldest(session);
  }

  private dropOldest(session: Session): void {
    const dropped = session.entries.shift();
    if (dropped) this.grow(session, -entrySize(dropped));
  }

  private grow(session: Session, bytes: number): void {
    session.bytes += bytes;
    this.totalBytes += bytes;
  }
}

// Measured on V8 (Node 20) with requests from the real parser, through the
// real handler (request-log-memory.test.ts): a fixed ~250 bytes per entry, ~132
// per header line (the [name, value] array and two string headers), and one
// byte per Latin-1 character (the parsed head stays alive as one string that
// the values are slices of; the response's strings are the server's own).
const ENTRY_BYTES = 250;
const LINE_BYTES = 132;

function linesSize(lines: HeaderList): number {
  let size = 0;
  for (const [name, value] of lines) size += LINE_BYTES + name.length + value.length + 4;
  return size;
}

/** The heap one entry holds, within a few percent. */
export function entrySize(entry: LoggedRequest): number {
  return ENTRY_BYTES + entry.host.length + entry.method.length + entry.target.length + entry.path.length
    + entry.bodyText.length * 2 + linesSize(entry.headers) + linesSize(entry.response.headers);
}

/** A fresh flat copy: a cut value must not keep the whole request head alive through a slice of it. */
const copy = (text: string) => Buffer.from(text, 'utf16le').toString('utf16le');

function cut(text: string, room: number): string {
  return text.length <= room ? copy(text) : `${text.slice(0, Math.max(0, room))}… (${text.length - Math.max(0, room)} more characters not kept)`;
}

/** The lines that fit in `budget` bytes: whole while they fit, then one cut value, then a line saying how many are left out. */
function capLines(lines: HeaderList, budget: number): HeaderList {
  const kept: HeaderList = [];
  for (const [i, [name, value]] of lines.entries()) {
    const cost = LINE_BYTES + name.length + value.length + 4;
    const room = budget - LINE_BYTES - 64 - 48;
    if (cost <= budget) kept.push([copy(name), copy(value)]);
    else if (room > 0) kept.push([cut(name, 64), cut(value, room - Math.min(name.length, 64))]);
    else {
      kept.push(['…', `${lines.length - i} more lines not kept`]);
      break;
    }
    budget -= Math.min(cost, budget);
  }
  return kept;
}

/** The entry, cut to MAX_ENTRY_BYTES when it is larger; half the room for what came in, half for what went out. */
export function capEntry(entry: LoggedRequest): LoggedRequest {
  if (entrySize(entry) <= MAX_ENTRY_BYTES) return entry;
  const target = cut(entry.target, 1024);
  const path = cut(entry.path, 1024);
  const fixed = ENTRY_BYTES + entry.host.length + entry.method.length + target.length + path.length + entry.bodyText.length * 2;
  const half = Math.floor((MAX_ENTRY_BYTES - fixed) / 2) - LINE_BYTES - 64;
  return {
    ...entry,
    host: copy(entry.host),
    method: copy(entry.method),
    target,
    path,
    headers: capLines(entry.headers, half),
    response: { status: entry.response.status, headers: capLines(entry.response.headers, half) },
  };
}
