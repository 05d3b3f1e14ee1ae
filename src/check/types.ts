// The contract of "Check my API" and the audit: the JSON the app's endpoints
// take and give, and what the CLI prints with --json. Plain data only.
//
//   POST /__check   CheckInput  → 200 CheckResult  | 400/403/405/413/415/429 CheckRefusal
//   POST /__audit   AuditInput  → 200 AuditResult  | 400/403/405/413/415/429 CheckRefusal
//
// Content-Type: application/json only, and only from the app's own page (an
// Origin header, when sent, must be the app origin's): another site must not
// make a local playground send requests for it.
//
// Both answer only for Host = the app origin's (like /__env), never on the API
// port, and carry no CORS headers: only the playground's own page may call them.
import type { CredentialsMode, HeaderList, RedirectMode, RequestBody, Scenario } from '../scenario/types.ts';
import type { Prediction } from '../engine/types.ts';
import type { LessonId } from '../lessons/types.ts';

export type { HeaderList, Prediction, RequestBody, Scenario };

export const CHECK_PATH = '/__check';
export const AUDIT_PATH = '/__audit';

/** Credentials the user typed for this check. Never taken from the playground's own cookies. */
export interface TypedCredentials {
  /** A Cookie header value, e.g. "sid=abc". Sent only on requests the browser would send with credentials. */
  cookie?: string;
  /**
   * An Authorization header value the front end sets itself (e.g. "Bearer …"): it is an author
   * header, so it is named in Access-Control-Request-Headers and never sent on the preflight.
   */
  authorization?: string;
}

/** One fetch(url, init) from a front end on `origin`, as the check sends it. */
export interface CheckInput {
  /** Absolute http(s) URL of the API. */
  url: string;
  /** The front end's origin, serialized ("http://localhost:3000"), or "null" (a sandboxed page, a file). */
  origin: string;
  /** As typed: "patch" and "PATCH" are different requests. Default "GET". */
  method?: string;
  /** The headers the front end sets (Cookie and other forbidden names are dropped, as fetch() does). */
  headers?: HeaderList;
  /** Default { type: 'none' }. */
  body?: RequestBody;
  /** fetch()'s credentials mode. Default "same-origin". */
  credentials?: CredentialsMode;
  /** fetch()'s redirect mode. Default "follow". */
  redirect?: RedirectMode;
  typedCredentials?: TypedCredentials;
}

/** Why a request got no answer (or an answer the probe would not read on). */
export type ProbeErrorKind =
  | 'dns' //            the name does not resolve
  | 'refused' //        nothing listens there
  | 'reset' //          the connection was cut
  | 'timeout' //        no complete answer within the time limit
  | 'too-big' //        the answer's head or body is over the size limit
  | 'tls' //            the TLS handshake failed (certificate, protocol)
  | 'bad-response' //   not HTTP/1.x the probe can parse
  | 'forbidden-address' // public mode: loopback, private or link-local (after DNS, and on every redirect)
  | 'too-many-redirects'
  | 'bad-redirect'; //  a Location that is not an http(s) URL

export interface ProbeError {
  kind: ProbeErrorKind;
  message: string;
  /** The URL whose request failed. */
  url: string;
}

export interface RecordedResponse {
  status: number;
  statusText: string;
  /** Every header line in the order received, names as the server spelled them. */
  headers: HeaderList;
  /** The body's first bytes as text (UTF-8, lossy), at most `bodyLimit` bytes. */
  body: string;
  bodyBytes: number;
  bodyTruncated: boolean;
}

/** One request the probe sent and what came back. */
export interface Exchange {
  kind: 'preflight' | 'actual';
  /** 0 for the first request to the URL; +1 for each redirect followed. */
  hop: number;
  /** Exactly as sent (typed credentials appear as "[typed cookie]" / "[typed authorization]"). */
  request: { method: string; url: string; headers: HeaderList };
  /** The address the probe connected to (after DNS), e.g. "127.0.0.1:8080". */
  address: string | null;
  response: RecordedResponse | null;
  error: ProbeError | null;
  /** Milliseconds since the check started, and this exchange's duration. */
  timing: { startMs: number; durationMs: number };
}

/** A server framework recognised from its answers (src/check/frameworks.ts). */
export interface RecognisedFramework {
  /** An export target id (src/export/targets.ts) when there is one, else a plain id ("django", "iis"…). */
  id: string;
  name: string;
  /** The header lines that gave it away, e.g. "X-Powered-By: Express". */
  evidence: string[];
}

export interface CheckResult {
  input: CheckInput;
  /** In the order sent: preflight (if any), then each hop of the actual request. */
  exchanges: Exchange[];
  /** Set when a request got no usable answer: the prediction then ends there as a network error. */
  error: ProbeError | null;
  /** The engine's explanation of the recorded answers: Chromium's message, the steps, the fix. */
  prediction: Prediction;
  framework: RecognisedFramework | null;
  /** The lesson that teaches the CORS error found, if any. */
  lesson: LessonId | null;
  /** "Open in playground": the recorded answers as a raw-mode scenario from the `app` role. */
  scenario: Scenario;
  /** The fix as a CORS configuration (policy mode), checked by the engine; null when no configuration fixes it. */
  policyFix: PolicyFix | null;
}

/** A policy-mode scenario that passes; `exportTarget` names the export (src/export/targets.ts) for the recognised framework. */
export interface PolicyFix {
  scenario: Scenario;
  exportTarget: string | null;
}

/** An origin the audit sends requests from, and why it is a suspect one. */
export type AttackerKind =
  | 'other-site' //        any other site: https://evil.test
  | 'null' //              a sandboxed iframe, a data: URL
  | 'sibling-subdomain' // another host on the trusted site: https://evil.example.com
  | 'suffix' //            trusted.example.com.evil.test (a prefix match lets it in)
  | 'prefix' //            eviltrusted.example.com (a suffix match lets it in)
  | 'unescaped-dot' //     trustedXexample.com (a regex dot matches any character)
  | 'http'; //             http:// of an https trusted origin

export type FindingClass =
  | 'reflect-any-origin'
  | 'null-trusted'
  | 'sibling-subdomain-trusted'
  | 'suffix-match' //             the end of the origin is checked, not the whole (eviltrusted… passes)
  | 'prefix-match' //             the start is checked (trusted.example.com.evil.test passes)
  | 'unescaped-dot'
  | 'http-trusted' //             an https site also trusts its http origin (a network attacker's)
  | 'wildcard-with-credentials-attempt' // "*" with Allow-Credentials: true (browsers refuse; intent is wrong)
  | 'mirrored-preflight-with-credentials' // any method/header allowed with credentials
  | 'missing-vary-origin'; //     the answer depends on Origin but says not so to caches

export type Severity = 'high' | 'medium' | 'low';

export interface Finding {
  class: FindingClass;
  severity: Severity;
  /** The origin the probe used to show it (null for findings about the answer's shape, e.g. Vary). */
  attackerOrigin: string | null;
  attackerKind: AttackerKind | null;
  /** Whether the probe that showed it was credentialed (Cookie sent, Allow-Credentials: true answered). */
  withCredentials: boolean;
  /** One sentence. */
  title: string;
  /** What an attacker can do with it. */
  impact: string;
  /** The fix, in words (and for the framework when it was recognised). */
  fix: string;
  /** The lesson that teaches it (src/lessons/chapters/15-attacks.ts, or another chapter's). */
  lesson: LessonId;
  /** The answer's lines that show it, e.g. ["Access-Control-Allow-Origin: null", "Access-Control-Allow-Credentials: true"]. */
  evidence: string[];
}

export interface AuditInput {
  /** Absolute http(s) URL of the API. */
  url: string;
  /** The front-end origins that SHOULD be allowed, serialized. At least one. */
  trusted: string[];
  /** The method to ask about (preflight probes). Default "GET". */
  method?: string;
  typedCredentials?: TypedCredentials;
}

/** One origin tried: what the server answered to it (the simple request, and the preflight). */
export interface AuditProbe {
  origin: string;
  kind: AttackerKind | 'trusted';
  credentials: boolean;
  /** The lines that matter, from the actual answer: ACAO, ACAC, Vary. null when there was no answer. */
  allowOrigin: string | null;
  allowCredentials: string | null;
  vary: string | null;
  status: number | null;
  error: ProbeError | null;
  /** True when a page on `origin` can read the answer (the engine's verdict on it is "ok"). */
  readable: boolean;
}

export interface AuditResult {
  input: AuditInput;
  probes: AuditProbe[];
  /** Empty for a correct configuration. Sorted: high first. */
  findings: Finding[];
  framework: RecognisedFramework | null;
  /** Set when the trusted origins themselves could not be probed (nothing to compare with). */
  error: ProbeError | null;
}

/** Every refusal of the endpoints (and of the CLI's arguments): a code, the field at fault, and a sentence. */
export interface CheckRefusal {
  error:
    | 'bad-json' //         the body is not JSON
    | 'bad-input' //        a field is missing or malformed (see `field`)
    | 'bad-url' //          not an absolute http(s) URL
    | 'forbidden-address' // public mode: the URL's host is loopback/private/link-local (after DNS)
    | 'rate-limited' //     public mode: too many checks from this client; see retryAfterSeconds
    | 'body-too-large'
    | 'bad-content-type' // not Content-Type: application/json (a form on another site cannot send that without a preflight)
    | 'forbidden-origin' // sent by a page on another origin (Origin / Sec-Fetch-Site)
    | 'method-not-allowed' // not POST
    | 'forbidden-host'; //  not the app origin's Host
  /** The JSON path of the field at fault, e.g. "headers[2][0]" or "url". */
  field?: string;
  message: string;
  retryAfterSeconds?: number;
}

/** The probe's limits (the same in the server and the CLI). */
export const PROBE_LIMITS = {
  /** Per request, from connect to the end of the answer. */
  timeoutMs: 8000,
  /** For a whole check or audit. */
  totalTimeoutMs: 30000,
  headBytes: 64 * 1024,
  bodyBytes: 64 * 1024,
  /** Redirects followed per check (Chromium follows 20; a probe needs fewer). */
  redirects: 10,
  /** The JSON a check or audit endpoint accepts. */
  inputBytes: 64 * 1024,
  /** Public mode: checks per client per minute (an audit counts as one). */
  perClientPerMinute: 20,
} as const;
