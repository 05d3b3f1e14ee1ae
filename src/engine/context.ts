// The state one fetch() carries through the algorithms: the request as it
// changes over redirects, and what the run has produced so far.
import type { PreflightCache, SentRequest, Serve, Step, CorsFailure } from './types.ts';
import type { NetworkErrorReason, PreflightDecision, PreflightReasons } from './decision.ts';
import type { BrowserRequest } from './request.ts';
import type { ParsedUrl } from './http.ts';
import type { HeaderList } from '../scenario/types.ts';
import type { LoginCookie } from '../scenario/victim.ts';
import type { EngineRules } from './engine-differences.ts';
import type { ReferrerInput } from './referrer.ts';
import type { AnsweredBy } from '../policy/respond.ts';
import type { NotStored } from './cookies.ts';
import type { NetworkEnvironment } from './local-network.ts';

/** What the cookie rule needs to know about the browser, beside the request. */
export interface CookieJar {
  login: LoginCookie;
  /** The host that set the login cookie (the API's). */
  host: string | null;
  /** The page's site for cookies; null when every request from it is cross-site. */
  siteForCookies: string | null;
  /** Why the browser never stored the login cookie, or null: stored (engine-differences.ts). */
  notStored: NotStored | null;
}

export interface FetchContext {
  /** The browser engine predicted for: rules ask its row where the engines differ (engine-differences.ts). */
  rules: EngineRules;
  serve: Serve;
  /** The page's serialized origin ("null" for a sandboxed frame). */
  pageOrigin: string;
  /** The page's URL, for messages that name the frame. */
  frameUrl: string;
  /** The top-level page's origin (the app: the runner frames sit in it). */
  topOrigin: string;
  now: number;
  cache: PreflightCache;
  trace: Step[];
  requests: SentRequest[];
  preflightFromCache: boolean;
  /** The decision record's preflight facts, written where they happen. */
  decision: { preflight: PreflightDecision; preflightReasons: PreflightReasons | null };
  /** Status of the last response received (0 before any). */
  lastStatus: number;
  /** Which part of a raw server side wrote that response (absent for a policy): where a fix must edit. */
  lastAnsweredBy?: AnsweredBy;
  /** Its header lines as parsed: what the other engines' console words quote. */
  lastHeaders: HeaderList;
  cookies: CookieJar;
  /** Where the last actual response came from (http-cache-fetch.ts); absent before one. */
  httpCache?: 'network' | 'cache' | 'revalidated';
  /** What Chromium's console calls the request's initiator: "fetch", or "resource" for an EventSource (observed). */
  initiator?: string;
  /** Where the page sits for Local Network Access (local-network.ts). */
  network: NetworkEnvironment;
  /** The scenario said where the page sits (scenario.network): the trace then says what Local Network Access decided. */
  networkSaid: boolean;
}

export type ResponseTainting = 'basic' | 'cors' | 'opaque';

export interface RequestState {
  request: BrowserRequest;
  initialUrl: ParsedUrl;
  url: ParsedUrl;
  /** Set by a redirect that crosses origins away from the page's origin: Origin becomes "null". */
  tainted: boolean;
  tainting: ResponseTainting;
  redirectCount: number;
}

export type FetchOutcome =
  | { kind: 'response'; type: 'basic' | 'cors' | 'opaque' | 'opaqueredirect'; status: number; headers: HeaderList; body: string }
  | { kind: 'cors-error'; failure: CorsFailure; detail: string; lastUrl: string }
  | { kind: 'network-error'; consoleMessage: string | null; reason: NetworkErrorReason };

/** The request's origin as sent in Origin and compared with Access-Control-Allow-Origin. */
export function serializedOrigin(state: RequestState, ctx: FetchContext): string {
  return state.tainted ? 'null' : ctx.pageOrigin;
}

export function credentialsInclude(state: RequestState): boolean {
  return state.request.credentials === 'include';
}

// https://fetch.spec.whatwg.org/#http-network-or-cache-fetch (the credentials flag)
export function credentialsFlag(state: RequestState): boolean {
  const mode = state.request.credentials;
  return mode === 'include' || (mode === 'same-origin' && state.tainting === 'basic');
}

/** What the Referer of this request is made from (referrer.ts). */
export function referrerInput(state: RequestState, ctx: FetchContext): ReferrerInput {
  return { pageUrl: ctx.frameUrl, pageOrigin: ctx.pageOrigin, referrer: state.request.referrer, policy: state.request.referrerPolicy };
}
