// What the policy server received, per session, so the page can show the
// preflight and the blocked responses it cannot see itself. Memory is bounded
// every way a client could grow it: entries per session, sessions, age, bytes.
import type { LoggedRequest, LogAnswer } from '../src/scenario/log-types.ts';
import type { CookieSameSite } from '../src/scenario/victim.ts';

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
    const logged: LoggedRequest = { seq: session.lastSeq + 1, time: this.now(), ...entry };
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
    return this.sessions.get(sessionId)?.cookie ?? null;
  }

  /** Entries after `after`; an unknown session is simply empty. */
  read(sessionId: string, after = 0): LogAnswer {
    const session = this.sessions.get(sessionId);
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

  private use(sessionId: string): Session {
    const session = this.sessions.get(sessionId) ?? {
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

/** Approximate memory of one entry: its strings, which dominate. */
function entrySize(entry: LoggedRequest): number {
  let size = 200 + entry.host.length + entry.method.length + entry.target.length + entry.path.length;
  size += entry.bodyText.length * 2;
  for (const [name, value] of [...entry.headers, ...entry.response.headers]) size += name.length + value.length + 32;
  return size;
}
