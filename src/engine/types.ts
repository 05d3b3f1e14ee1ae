// The engine's inputs and outputs. Everything here is plain data so a
// prediction can be rendered, compared with the browser, or serialized.
import type { HeaderList, Scenario, Via } from '../scenario/types.ts';
import type { Deployment } from '../scenario/origins.ts';
import type { IncomingRequest, OutgoingResponse } from '../policy/respond.ts';
import type { SentArrival } from '../policy/model.ts';
import type { LoginCookie } from '../scenario/victim.ts';
import type { CookieDecision } from './cookies.ts';
import type { Decision } from './decision.ts';
import type { StoredResponse } from './http-cache.ts';

export type { StoredResponse };

export type { CookieDecision, CookieReason } from './cookies.ts';
export type { LoginCookie };

export type { HeaderList };

/**
 * The server model the engine asks for every response (see src/policy/model.ts). `sent`: every
 * request sent in this run so far, this one included, so a server that answers by arrival can count.
 */
export type Serve = (req: IncomingRequest, sent?: readonly SentArrival[]) => OutgoingResponse;

/**
 * The browser engine a prediction is for: Chromium (Chrome, Edge, Opera…), Gecko (Firefox),
 * WebKit (Safari). Where they agree the engine has one rule; where they differ, one marked branch.
 */
export type BrowserEngine = 'chromium' | 'gecko' | 'webkit';
export const BROWSER_ENGINES: readonly BrowserEngine[] = ['chromium', 'gecko', 'webkit'];

export interface PredictInput {
  /** Absent: 'chromium' (every caller written before engines existed keeps its meaning). */
  engine?: BrowserEngine;
  scenario: Scenario;
  deployment: Deployment;
  /** The absolute URL fetch() is called with. */
  requestUrl: string;
  serve: Serve;
  /** From the previous run in the same browser context; absent = empty. */
  cache?: PreflightCache;
  /** Milliseconds; the clock the preflight cache runs on. */
  now?: number;
  /** The API's login cookie in this browser (null: not logged in): whether one can go at all. */
  cookie: LoginCookie;
}

export type Verdict = 'ok' | 'cors-error' | 'network-error' | 'opaque' | 'type-error';

/** Chromium's network::mojom::CorsError names, without the k prefix (as CDP reports them). */
export type CorsErrorName =
  | 'DisallowedByMode'
  | 'InvalidResponse'
  | 'WildcardOriginNotAllowed'
  | 'MissingAllowOriginHeader'
  | 'MultipleAllowOriginValues'
  | 'InvalidAllowOriginValue'
  | 'AllowOriginMismatch'
  | 'InvalidAllowCredentials'
  | 'CorsDisabledScheme'
  | 'PreflightInvalidStatus'
  | 'PreflightDisallowedRedirect'
  | 'PreflightWildcardOriginNotAllowed'
  | 'PreflightMissingAllowOriginHeader'
  | 'PreflightMultipleAllowOriginValues'
  | 'PreflightInvalidAllowOriginValue'
  | 'PreflightAllowOriginMismatch'
  | 'PreflightInvalidAllowCredentials'
  | 'InvalidAllowMethodsPreflightResponse'
  | 'InvalidAllowHeadersPreflightResponse'
  | 'MethodDisallowedByPreflightResponse'
  | 'HeaderDisallowedByPreflightResponse'
  | 'RedirectContainsCredentials'
  // Local Network Access (Chromium 142+): a public page reaching a local or loopback address.
  | 'LocalNetworkAccessPermissionDenied'
  | 'InvalidLocalNetworkAccess'
  | 'InsecureLocalNetwork';

export type { CorsError, CorsFailure, Decision, NetworkErrorReason, PreflightDecision, PreflightReasons, TypeErrorStep } from './decision.ts';

export type StepOutcome = 'pass' | 'fail' | 'info' | 'skip';

export interface Step {
  id: string;
  outcome: StepOutcome;
  header?: string;
  value?: string;
  sentence: string;
  spec: string;
}

export interface SentRequest {
  kind: 'preflight' | 'actual';
  method: string;
  url: string;
  headers: HeaderList;
  credentials: boolean;
  /** Whether the browser attaches the API's login cookie to this request, and why. */
  cookie: CookieDecision;
}

export type JsResult =
  | { kind: 'response'; status: number; type: 'basic' | 'cors' | 'opaque' | 'opaqueredirect'; readableHeaders: HeaderList }
  | { kind: 'error'; name: 'TypeError' | 'NotSupportedError'; message: string };

export interface Fix {
  summary: string;
  changes: Array<{ path: string; before: string; after: string }>;
  scenario: Scenario;
}

export interface Prediction {
  verdict: Verdict;
  corsError: CorsErrorName | null;
  failedParameter: string | null;
  /** When several headers are refused, Chromium names one of these (see preflight.ts); failedParameter is the first. */
  failedParameterOneOf: string[] | null;
  consoleMessage: string | null;
  /** Which engine this prediction describes. */
  engine: BrowserEngine;
  /**
   * Every console line this engine prints for the request, in order, exactly (Chromium: at most
   * consoleMessage; WebKit prints two for a CORS failure). What the parity suites compare.
   */
  console: string[];
  firefox: { name: string; text: string } | null;
  js: JsResult;
  requests: SentRequest[];
  /** The login cookie on the (first) actual request; "no-request" when none is sent. */
  cookie: CookieDecision;
  preflightFromCache: boolean;
  cache: PreflightCache;
  /** The facts of the decision, typed: what consumers read instead of the trace's wording. */
  decision: Decision;
  trace: Step[];
  fix: Fix | null;
  /** Set when something other than fetch() made the request (request.via): what page script will see (channels.ts). */
  channel?: { via: Exclude<Via, 'fetch'>; event: 'load' | 'message' | 'open' | 'error' };
}

/** One stored preflight result: Chromium keeps one per (origin, URL) and replaces it on each new preflight. */
export interface PreflightCacheEntry {
  origin: string;
  url: string;
  /** Whether the preflight was made for a credentialed request (such an entry also serves uncredentialed ones). */
  credentials: boolean;
  /** Access-Control-Allow-Methods as parsed, case kept. */
  methods: string[];
  /** Access-Control-Allow-Headers as parsed, lower-cased. */
  headers: string[];
  /** Absolute expiry in ms; usable while now < expiresAt. */
  expiresAt: number;
}

export interface PreflightCache {
  entries: PreflightCacheEntry[];
  /** The HTTP cache's stored actual responses (http-cache.ts), carried with the preflight cache; absent = none. */
  http?: StoredResponse[];
}

export type WarningSeverity = 'danger' | 'warning' | 'info';

export interface Warning {
  id: string;
  severity: WarningSeverity;
  /** Dotted path into the server side, e.g. "policy.allowOrigin". */
  path: string;
  message: string;
  /** The id of the lesson that teaches this mistake (linked as "#lesson=<id>"). */
  lesson?: string;
}

export type { Deployment, Scenario, IncomingRequest, OutgoingResponse };
