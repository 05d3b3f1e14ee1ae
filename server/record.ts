// The request record behind one small interface, so one process can keep it
// in its own memory (the default: nothing else to run) and several instances
// can share it in Redis (REDIS_URL). The pure handler stays synchronous: it
// works on a LogView of one session, prepared before it runs (the login
// cookie, or the entries a /__log read asks for) and committed after it (what
// it recorded), both awaited around it by serve.ts.
import type { CookieSameSite } from '../src/scenario/victim.ts';
import type { LogAnswer, LoggedRequest } from '../src/scenario/log-types.ts';
import { DEFAULT_LOG_LIMITS, RequestLog, type LogLimits } from './request-log.ts';

/** What the handler may do with the record, synchronously. RequestLog is one. */
export interface LogView {
  record(sessionId: string, entry: Omit<LoggedRequest, 'seq' | 'time'>): void;
  setCookie(sessionId: string, cookie: string | null, sameSite?: CookieSameSite): void;
  cookieOf(sessionId: string): string | null;
  read(sessionId: string, after?: number): LogAnswer;
}

/** A view of one session, and how to make what the handler did with it last. */
export interface PreparedView {
  view: LogView;
  /** Resolves once what the handler recorded is stored (never rejects: an unreachable store is a notice, not a failure). */
  commit(): Promise<void>;
}

/** Sent to the pages that follow a session's record live. */
export type RecordEvent = { type: 'entry'; seq: number } | { type: 'cookie' } | { type: 'available'; available: boolean; detail?: string };

export interface RequestRecord {
  readonly kind: 'memory' | 'redis';
  /** Set when the record is at hand, in this process: the handler may use it without preparing. */
  readonly view?: LogView;
  /** @param after when the handler will read the record: the seq the read starts after */
  prepare(sessionId: string, after?: number): Promise<PreparedView>;
  /** Calls `listener` for each change of the session's record, whichever instance made it; returns how to stop. */
  subscribe(sessionId: string, listener: (event: RecordEvent) => void): () => void;
  close(): Promise<void>;
}

/** One session's listeners, fanned out from one source (a process's own writes, or one Redis subscription). */
export class Listeners {
  private readonly bySession = new Map<string, Set<(event: RecordEvent) => void>>();

  /** @returns whether this is the session's first listener */
  add(sessionId: string, listener: (event: RecordEvent) => void): boolean {
    const set = this.bySession.get(sessionId) ?? new Set();
    set.add(listener);
    this.bySession.set(sessionId, set);
    return set.size === 1;
  }

  /** @returns whether that was the session's last listener */
  remove(sessionId: string, listener: (event: RecordEvent) => void): boolean {
    const set = this.bySession.get(sessionId);
    if (!set?.delete(listener) || set.size > 0) return false;
    this.bySession.delete(sessionId);
    return true;
  }

  emit(sessionId: string, event: RecordEvent): void {
    for (const listener of this.bySession.get(sessionId) ?? []) listener(event);
  }

  emitAll(event: RecordEvent): void {
    for (const id of this.bySession.keys()) this.emit(id, event);
  }

  get sessions(): number {
    return this.bySession.size;
  }
}

/** The record in this process's memory: RequestLog itself, plus live updates to this process's pages. */
export class MemoryRecord implements RequestRecord {
  readonly kind = 'memory';
  readonly log: RequestLog;
  private readonly listeners = new Listeners();
  /** What the handler works on: the log, telling this process's pages of each change. */
  readonly view: LogView;

  constructor(limits: LogLimits = DEFAULT_LOG_LIMITS, now: () => number = Date.now) {
    const log = (this.log = new RequestLog(limits, now));
    const emit = this.listeners.emit.bind(this.listeners);
    this.view = {
      record: (id, entry) => emit(id, { type: 'entry', seq: log.record(id, entry) }),
      setCookie: (id, cookie, sameSite) => {
        log.setCookie(id, cookie, sameSite);
        emit(id, { type: 'cookie' });
      },
      cookieOf: (id) => log.cookieOf(id),
      read: (id, after) => log.read(id, after),
    };
  }

  prepare(): Promise<PreparedView> {
    return Promise.resolve({ view: this.view, commit: () => Promise.resolve() });
  }

  subscribe(sessionId: string, listener: (event: RecordEvent) => void): () => void {
    this.listeners.add(sessionId, listener);
    return () => void this.listeners.remove(sessionId, listener);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
