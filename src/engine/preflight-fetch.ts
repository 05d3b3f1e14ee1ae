// Deciding on a preflight, consulting the cache, sending it and reading the
// answer: everything that happens before the actual request of a CORS fetch.
import { failedParameterOf } from './decision.ts';
import { type FetchContext, type RequestState, credentialsInclude, serializedOrigin } from './context.ts';
import { step, explainCorsError } from './explain.ts';
import { getJoined, hasHeader, parsedResponseHeaders } from './http.ts';
import { buildPreflightRequest, processPreflightResponse, type PreflightFailure } from './preflight.ts';
import { bypassesPreflightCache, lookupPreflight, storePreflight, storesInPreflightCache } from './preflight-cache.ts';
import { corsUnsafeRequestHeaderNames, isCorsSafelistedMethod } from './safelist.ts';
import { describeMaxAge } from './max-age.ts';
import { refererFor } from './referrer.ts';
import { referrerInput } from './context.ts';

/** The headers the safelist rules see: the author's (joined) plus the Accept fetch() adds when none is set. */
function headersForSafelist(state: RequestState) {
  const headers = state.request.headers;
  return hasHeader(headers, 'Accept') ? headers : [...headers, ['Accept', '*/*'] as [string, string]];
}

/**
 * The Origin a preflight carries: the request's ("null" after a redirect to
 * another origin). Gecko ≠ Chromium: its preflight keeps the page's origin
 * (engine-differences.ts preflightOriginAfterRedirect).
 */
function preflightOrigin(state: RequestState, ctx: FetchContext): string {
  return ctx.rules.preflightOriginAfterRedirect === 'page' ? ctx.pageOrigin : serializedOrigin(state, ctx);
}

/** Chromium's NeedsPreflight for the current request, without a trace. */
export function preflightNeed(state: RequestState, ctx: FetchContext): { needed: boolean; methodOk: boolean; unsafeNames: string[] } {
  const methodOk = isCorsSafelistedMethod(state.request.method);
  const unsafeNames = corsUnsafeRequestHeaderNames(headersForSafelist(state), ctx.rules.engine);
  return { needed: !methodOk || unsafeNames.length > 0 || state.request.streamBody, methodOk, unsafeNames };
}

/** Chromium's NeedsPreflight for the current request, with the trace of why. */
export function preflightReasons(state: RequestState, ctx: FetchContext): { needed: boolean; unsafeNames: string[] } {
  const method = state.request.method;
  const { needed, methodOk, unsafeNames } = preflightNeed(state, ctx);
  ctx.trace.push(step('method-safelisted', methodOk ? 'pass' : 'info', { method }));
  ctx.trace.push(step('headers-safelisted', unsafeNames.length === 0 ? 'pass' : 'info', { names: unsafeNames.join(', ') }));
  // The use-CORS-preflight flag (a ReadableStream body) forces one.
  if (state.request.streamBody) ctx.trace.push(step('preflight-forced', 'info'));
  ctx.trace.push(step('preflight-needed', needed ? 'info' : 'skip'));
  if (needed && !ctx.decision.preflightReasons) {
    ctx.decision.preflightReasons = { method: methodOk ? null : method, headers: unsafeNames, ...(state.request.streamBody ? { streamBody: true as const } : {}) };
  }
  return { needed, unsafeNames };
}

const CHECK_ORDER = [
  'preflight-redirect', 'preflight-cors-check', 'preflight-status',
  'preflight-allow-methods-parse', 'preflight-allow-headers-parse', 'preflight-method', 'preflight-headers',
];

function traceChecks(ctx: FetchContext, failure: PreflightFailure | null, status: number, method: string): void {
  const stop = failure ? CHECK_ORDER.indexOf(failure.step) : CHECK_ORDER.length;
  CHECK_ORDER.slice(0, stop).forEach((id) => ctx.trace.push(step(id, 'pass', { status: String(status), method })));
  if (!failure) return;
  ctx.trace.push(step(failure.step, 'fail', {
    status: String(status), method, token: failure.detail, name: failure.detail,
    why: explainCorsError(failure.error.name, failedParameterOf(failure.error)),
  }));
}

/** Whether the cache lets this request skip its preflight; updates ctx.cache on a hit-and-fail. */
function consultCache(state: RequestState, ctx: FetchContext, unsafeNames: string[]): boolean {
  const mode = state.request.cache;
  const rules = ctx.rules.preflightCache;
  if (bypassesPreflightCache(mode, rules)) {
    ctx.trace.push(step('preflight-cache', 'skip', { mode }));
    return false;
  }
  const origin = preflightOrigin(state, ctx);
  if (origin === 'null') {
    ctx.trace.push(step('preflight-cache', 'info', { why: 'After a cross-origin redirect the request has a fresh opaque origin, which never matches a cached entry.' }));
    return false;
  }
  const lookup = lookupPreflight(ctx.cache, {
    origin, url: state.url.href, method: state.request.method,
    unsafeNames, credentialsInclude: credentialsInclude(state),
  }, ctx.now, rules);
  if (lookup.kind === 'hit') {
    ctx.trace.push(step('preflight-cache', 'pass'));
    return true;
  }
  const why = {
    miss: 'No cached preflight answer for this origin and URL.',
    expired: 'The cached preflight answer for this origin and URL has expired.',
    'hit-and-fail': 'The cached preflight answer does not cover this request, so the browser erases it and asks again.',
    'not-covered': 'The cached preflight answer does not cover this request, so the browser asks again (and keeps the old answer).',
  }[lookup.kind];
  if (lookup.kind === 'hit-and-fail') ctx.cache = lookup.cache;
  ctx.trace.push(step('preflight-cache', 'info', { why }));
  return false;
}

// https://fetch.spec.whatwg.org/#cors-preflight-fetch-0
export function corsPreflightFetch(state: RequestState, ctx: FetchContext, unsafeNames: string[]): PreflightFailure | null {
  if (consultCache(state, ctx, unsafeNames)) {
    ctx.preflightFromCache = true;
    if (ctx.decision.preflight === 'none') ctx.decision.preflight = 'cached';
    return null;
  }
  const origin = preflightOrigin(state, ctx);
  const include = credentialsInclude(state);
  const method = state.request.method;
  const rules = ctx.rules.preflightCache;
  const sent = buildPreflightRequest(method, state.url.href, origin, unsafeNames);
  // The preflight's Referer follows the request's referrer policy (WPT cors-preflight-referrer).
  const referer = refererFor(referrerInput(state, ctx), state.url);
  if (referer !== null) sent.headers.push(['Referer', referer]);
  ctx.requests.push(sent);
  ctx.decision.preflight = 'sent';
  ctx.trace.push(step('preflight-send', 'info', { url: sent.url, method, headers: unsafeNames.join(',') }));
  const response = ctx.serve({ method: sent.method, url: sent.url, headers: sent.headers }, ctx.requests);
  const headers = parsedResponseHeaders(response.headers);
  ctx.lastStatus = response.status;
  ctx.lastAnsweredBy = response.answeredBy;
  ctx.lastHeaders = headers;
  const processed = processPreflightResponse({ origin, credentialsInclude: include, method, unsafeNames, engine: ctx.rules.engine }, response.status, headers);
  traceChecks(ctx, processed.ok ? null : processed.failure, response.status, method);
  if (!processed.ok) {
    if (rules.erasesOnFailure) ctx.cache = { entries: ctx.cache.entries.filter((e) => e.origin !== origin || e.url !== state.url.href) };
    return processed.failure;
  }
  const seconds = processed.result.maxAgeSeconds;
  // What the other browsers would keep, when the header is a plain number or absent (each parses the rest its own way).
  const maxAgeHeader = getJoined(headers, 'Access-Control-Max-Age')?.trim() ?? null;
  const browsers = maxAgeHeader === null || /^\d+$/.test(maxAgeHeader) ? describeMaxAge(maxAgeHeader === null ? null : Number(maxAgeHeader)) : '';
  const key = { origin, url: state.url.href, credentials: include };
  if (!storesInPreflightCache(state.request.cache, state.url.href, rules) || origin === 'null') {
    ctx.trace.push(step('preflight-cache-store', 'skip', { why: origin === 'null' ? 'the origin is opaque after the redirect' : rules.skipStore.includes(state.request.cache) ? `cache: "${state.request.cache}"` : 'the URL is 1024 characters or longer' }));
  } else if (seconds <= 0) {
    // Gecko ≠ Chromium: an answer it does not cache leaves the entry as it was (AddResultToCache returns early).
    if (!rules.merges) ctx.cache = storePreflight(ctx.cache, key, processed.result, ctx.now, rules);
    ctx.trace.push(step('preflight-cache-store', 'skip', { why: 'Access-Control-Max-Age is 0 or negative, so it expires at once', browsers }));
  } else {
    ctx.cache = storePreflight(ctx.cache, key, processed.result, ctx.now, rules);
    ctx.trace.push(step('preflight-cache-store', 'info', { seconds: String(seconds), browsers, browser: ctx.rules.browser }));
  }
  return null;
}
