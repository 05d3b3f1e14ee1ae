// The preflight: the OPTIONS request the browser sends first, and how
// Chromium reads the answer (preflight_controller.cc, preflight_result.cc).
import type { HeaderList } from '../scenario/types.ts';
import type { CorsFailure, SentRequest } from './types.ts';
import { asPreflightFailure, corsCheck, type CorsCheckRequest } from './cors-check.ts';
import { failedParameterOf } from './decision.ts';
import { getJoined, hasHeader, isToken, trimHttpWhitespace } from './http.ts';
import { isCorsSafelistedMethod } from './safelist.ts';
import { CHROMIUM_MAX_AGE, readMaxAge } from './max-age.ts';
import type { BrowserEngine } from './types.ts';

/** What one successful preflight allows, as Chromium's PreflightResult holds it. */
export interface PreflightResult {
  methods: string[];
  /** Lower-cased. */
  headers: string[];
  maxAgeSeconds: number;
}

/** A failed preflight: the error, and what the trace should show. */
export interface PreflightFailure {
  error: CorsFailure;
  step: string;
  /** The offending list element, for Firefox's wording. */
  detail: string;
}

const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

/** net::HttpResponseHeaders::IsRedirect: a redirect status with a Location (300 does not count). */
export function isRedirect(status: number, headers: HeaderList): boolean {
  return REDIRECT_STATUSES.includes(status) && hasHeader(headers, 'Location');
}

// https://fetch.spec.whatwg.org/#cors-preflight-fetch-0 (steps 1–4: the request)
export function buildPreflightRequest(method: string, url: string, origin: string, unsafeNames: string[]): SentRequest {
  // 1. A new request: method OPTIONS, the same URL, no credentials.
  // 2. Append (`Accept`, `*/*`).
  const headers: HeaderList = [['Accept', '*/*']];
  // 3. Append (`Access-Control-Request-Method`, method).
  headers.push(['Access-Control-Request-Method', method]);
  // 4–5. If unsafe names is not empty: lower-case, sorted, joined with "," (no space).
  if (unsafeNames.length > 0) headers.push(['Access-Control-Request-Headers', unsafeNames.join(',')]);
  // Chromium also sends Origin (the request's, or "null" when tainted).
  headers.push(['Origin', origin]);
  return { kind: 'preflight', method: 'OPTIONS', url, headers, credentials: false, cookie: { cookie: 'not-sent', reason: 'preflight' } };
}

/**
 * preflight_result.cc ParseAccessControlAllowList: comma-separated, elements
 * trimmed, empty ones skipped, each one must be a token. Returns the first
 * bad element when the list does not parse.
 */
export function parseAllowList(value: string | null): { ok: true; items: string[] } | { ok: false; bad: string } {
  const items: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const item = trimHttpWhitespace(raw);
    if (item === '') continue;
    if (!isToken(item)) return { ok: false, bad: item };
    items.push(item);
  }
  return { ok: true, items };
}

/** Chromium's row of the browsers' max-age table (max-age.ts). */
export const DEFAULT_MAX_AGE_SECONDS = CHROMIUM_MAX_AGE.absentSeconds;
export const MAX_MAX_AGE_SECONDS = CHROMIUM_MAX_AGE.capSeconds;

/**
 * Access-Control-Max-Age as Chromium reads it: base::StringToInt64 on the
 * trimmed value ("+1" is 1; "1.5", "abc" and two lines "1, 60" fall back to
 * 5 s), negative means 0, and 7200 s is the cap. Other engines: max-age.ts.
 */
export function parseMaxAge(value: string | null, engine: BrowserEngine = 'chromium'): number {
  return readMaxAge(engine, value);
}

/** Whether one preflight result lets this method through (EnsureAllowedCrossOriginMethod). */
export function methodAllowed(allowed: string[], method: string, credentialsInclude: boolean): boolean {
  // Methods compare case-sensitively ("patch" needs "patch"); "*" is a wildcard only without credentials.
  if (allowed.includes(method)) return true;
  if (allowed.includes('*') && !credentialsInclude) return true;
  // Safelisted methods are always allowed, whatever the list says.
  return isCorsSafelistedMethod(method);
}

/**
 * The first unsafe header name this result does not allow, or null
 * (EnsureAllowedCrossOriginHeaders). Chromium ≠ spec: "*" also covers
 * Authorization without credentials (kCorsNonWildcardRequestHeadersSupport is off).
 */
/** Every unsafe request-header name the allowed list does not cover (`*` covers all without credentials). */
export function disallowedHeaders(allowed: string[], unsafeNames: string[], credentialsInclude: boolean): string[] {
  const lower = new Set(allowed.map((h) => h.toLowerCase()));
  if (lower.has('*') && !credentialsInclude) return [];
  return unsafeNames.filter((name) => !lower.has(name));
}

export interface PreflightCheckInput extends CorsCheckRequest {
  method: string;
  unsafeNames: string[];
  /** Whose Max-Age reading applies; absent: Chromium's. */
  engine?: BrowserEngine;
}

function fail(f: CorsFailure, step: string, detail = ''): { ok: false; failure: PreflightFailure } {
  return { ok: false, failure: { error: f, step, detail } };
}

// https://fetch.spec.whatwg.org/#cors-preflight-fetch-0 (steps 6–7: the response), in Chromium's order.
export function processPreflightResponse(
  input: PreflightCheckInput,
  status: number,
  headers: HeaderList,
): { ok: true; result: PreflightResult } | { ok: false; failure: PreflightFailure } {
  // Chromium: a redirect is refused before anything else is looked at.
  if (isRedirect(status, headers)) return fail({ name: 'PreflightDisallowedRedirect', status }, 'preflight-redirect');
  // 7. If a CORS check for request and response returns success and response's status is an ok status:
  const access = corsCheck(input, headers);
  if (access) return fail(asPreflightFailure(access), 'preflight-cors-check', failedParameterOf(access));
  if (status < 200 || status > 299) return fail({ name: 'PreflightInvalidStatus', status }, 'preflight-status');
  // 7.1. Let methods be the result of extracting header list values given `Access-Control-Allow-Methods`.
  const methods = parseAllowList(getJoined(headers, 'Access-Control-Allow-Methods'));
  // 7.3. If methods is failure, return a network error.
  if (!methods.ok) return fail({ name: 'InvalidAllowMethodsPreflightResponse', token: methods.bad }, 'preflight-allow-methods-parse', methods.bad);
  // 7.2 / 7.4. Let headerNames be … `Access-Control-Allow-Headers`; failure is a network error.
  const names = parseAllowList(getJoined(headers, 'Access-Control-Allow-Headers'));
  if (!names.ok) return fail({ name: 'InvalidAllowHeadersPreflightResponse', token: names.bad }, 'preflight-allow-headers-parse', names.bad);
  // 7.6. If method is not in methods, not a safelisted method, and not covered by `*` without credentials: network error.
  if (!methodAllowed(methods.items, input.method, input.credentialsInclude)) {
    return fail({ name: 'MethodDisallowedByPreflightResponse', method: input.method, allowed: methods.items }, 'preflight-method', input.method);
  }
  // 7.8. For each unsafe name not in headerNames (and not covered by `*`): network error.
  //      Chromium ≠ any fixed order: with several refused headers it names the first in
  //      Blink's header hash table, which neither insertion nor alphabetical order
  //      predicts (seen in Chromium 156: {x-a, x-b, x-c} → x-c, {x-aa, x-b} → x-aa).
  //      So the prediction names the alphabetically first and says "one of" these.
  const missing = disallowedHeaders(names.items, input.unsafeNames, input.credentialsInclude);
  if (missing.length > 0) {
    const failure: CorsFailure = { name: 'HeaderDisallowedByPreflightResponse', header: missing[0]!, refused: missing, allowed: names.items };
    return fail(failure, 'preflight-headers', missing[0]);
  }
  // 7.9. Max-age: the header, else the default; capped by the browser.
  const maxAgeSeconds = parseMaxAge(getJoined(headers, 'Access-Control-Max-Age'), input.engine);
  return { ok: true, result: { methods: methods.items, headers: names.items.map((h) => h.toLowerCase()), maxAgeSeconds } };
}
