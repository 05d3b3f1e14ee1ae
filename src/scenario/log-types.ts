// What the policy server remembers about each request it received for a
// session, as served by GET /__log/<session> on the app origin. The page
// cannot see a preflight or a blocked response itself; this record is how it
// learns what really crossed the wire. Written by server/request-log.ts.
import type { HeaderList } from './types.ts';
import type { CookieSameSite } from './victim.ts';

export type LoggedKind = 'preflight' | 'actual';

export interface LoggedRequest {
  /** 1, 2, 3… per session, in the order the requests arrived. */
  seq: number;
  /** Milliseconds since the epoch when the request was complete. */
  time: number;
  /** The Host header, e.g. "api.playground.localhost:8787". */
  host: string;
  /** The method token exactly as sent ("patch" stays "patch"). */
  method: string;
  /** The request-target as sent: /s/<session>/<config>/path?query */
  target: string;
  /** The path and query the scenario asked for (after the config). */
  path: string;
  /** Header lines in the order received, names as the client spelled them. */
  headers: HeaderList;
  bodyBytes: number;
  /** The first 2 KiB of the body, decoded as UTF-8. */
  bodyText: string;
  kind: LoggedKind;
  /** True when this request followed a redirect (it arrived on /r/). */
  redirected: boolean;
  /** The status and exactly the header lines written, in order. */
  response: { status: number; headers: HeaderList };
}

/** The answer of GET /__log/<session>?after=<seq>. */
export interface LogAnswer {
  /** Entries with seq > after, oldest first. */
  entries: LoggedRequest[];
  /** The highest seq ever given in this session (0 when none): the next `after`. */
  lastSeq: number;
  /** The pg_session cookie value issued by POST /login/<session>, or null. */
  cookie: string | null;
  /** The SameSite attribute that cookie was set with; null when there is none. */
  sameSite: CookieSameSite | null;
  /**
   * Set when the shared record (Redis) cannot be reached: the experiment was
   * still answered, but nothing is recorded or read until it is back. Why, in one sentence.
   */
  unavailable?: string;
}
