// Main fetch, HTTP fetch and HTTP-redirect fetch: the route one fetch() takes
// from the page to its final response or error, hop by hop.
import type { HeaderList } from '../scenario/types.ts';
import type { OutgoingResponse } from './types.ts';
import { failedParameterOf, type NetworkErrorReason } from './decision.ts';
import { type FetchContext, type FetchOutcome, type RequestState, credentialsFlag, credentialsInclude, referrerInput, serializedOrigin } from './context.ts';
import { KEEPALIVE_BODY_LIMIT } from './body-bytes.ts';
import { DEFAULT_REFERRER_POLICY, refererFor } from './referrer.ts';
import { corsCheck } from './cors-check.ts';
import { cookieDecision, siteOf, type CookieDecision } from './cookies.ts';
import { explainCorsError, step } from './explain.ts';
import { getAll, hasHeader, parsedResponseHeaders, resolveLocation, withoutHeaders } from './http.ts';
import { noCorsRedirectModeMessage, sameOriginModeMessage, unsafeRedirectMessage } from './messages.ts';
import { corsPreflightFetch, preflightReasons } from './preflight-fetch.ts';
import { httpCacheFetch } from './http-cache-fetch.ts';
import { isRedirect } from './preflight.ts';
import { localNetworkAccessCheck } from './local-network.ts';

const MAX_REDIRECTS = 20;
const REQUEST_BODY_HEADERS = ['Content-Encoding', 'Content-Language', 'Content-Location', 'Content-Type'];

const networkError = (reason: NetworkErrorReason, consoleMessage: string | null = null): FetchOutcome => ({ kind: 'network-error', reason, consoleMessage });

// https://fetch.spec.whatwg.org/#concept-main-fetch
export function mainFetch(state: RequestState, ctx: FetchContext): FetchOutcome {
  const refused = keepaliveRefusal(state, ctx);
  if (refused) return refused;
  for (;;) {
    const routed = route(state, ctx);
    if (routed) return routed;
    // Local Network Access: before the preflight and the request of this hop (not modelled in WebKit).
    const local = localNetworkAccessCheck(state, ctx);
    if (local) return local;
    if (state.tainting === 'cors') {
      const { needed, unsafeNames } = preflightReasons(state, ctx);
      if (needed) {
        const failure = corsPreflightFetch(state, ctx, unsafeNames);
        if (failure) return { kind: 'cors-error', failure: failure.error, detail: failure.detail, lastUrl: state.url.href };
      }
    }
    const next = httpFetch(state, ctx);
    if (next !== 'redirected') return next;
  }
}

/** Main fetch step 12: which kind of fetch this hop is; an outcome when it may not happen at all. */
function route(state: RequestState, ctx: FetchContext): FetchOutcome | null {
  const sameOrigin = !state.tainted && state.url.origin === ctx.pageOrigin;
  // - The URL's origin is the request's origin and tainting is "basic": a plain fetch.
  if (sameOrigin && state.tainting === 'basic') {
    ctx.trace.push(step('same-origin', 'info'));
    return null;
  }
  // - Mode "same-origin": a network error.
  if (state.request.mode === 'same-origin') {
    ctx.trace.push(step('mode-same-origin', 'fail'));
    const message = state.redirectCount === 0
      ? sameOriginModeMessage(state.url.href, ctx.pageOrigin)
      : unsafeRedirectMessage(state.url.href, ctx.frameUrl);
    return networkError('mode-same-origin', message);
  }
  // - Mode "no-cors": redirect must be "follow"; the response will be opaque.
  if (state.request.mode === 'no-cors') {
    if (state.request.redirect !== 'follow') {
      ctx.trace.push(step('mode-no-cors', 'fail'));
      return networkError('no-cors-redirect-mode', noCorsRedirectModeMessage(state.url.href));
    }
    if (state.tainting !== 'opaque') ctx.trace.push(step('mode-no-cors', 'info'));
    state.tainting = 'opaque';
    return null;
  }
  // - Otherwise: a CORS request, response tainting "cors".
  if (state.tainting !== 'cors') ctx.trace.push(step('cors-request', 'info', { origin: ctx.pageOrigin, target: state.url.origin }));
  state.tainting = 'cors';
  return null;
}

/** keepalive: a body over 64 KiB is a network error before anything is sent (Chromium checks it first: no preflight either). */
function keepaliveRefusal(state: RequestState, ctx: FetchContext): FetchOutcome | null {
  const bytes = state.request.keepaliveBytes;
  if (bytes === null) return null;
  const tooLarge = bytes > KEEPALIVE_BODY_LIMIT;
  ctx.trace.push(step(tooLarge ? 'keepalive-too-large' : 'keepalive', tooLarge ? 'fail' : 'info', { bytes: String(bytes) }));
  return tooLarge ? networkError('keepalive-body-too-large') : null;
}

/** The request lines the browser sends for this hop (only what matters for CORS, plus Accept and Referer). */
function actualHeaders(state: RequestState, ctx: FetchContext): HeaderList {
  const headers: HeaderList = state.request.headers.map(([n, v]) => [n, v]);
  if (!hasHeader(headers, 'Accept')) headers.push(['Accept', '*/*']);
  // https://fetch.spec.whatwg.org/#append-a-request-origin-header
  const method = state.request.method;
  if (state.tainting === 'cors' || (method !== 'GET' && method !== 'HEAD')) headers.push(['Origin', serializedOrigin(state, ctx)]);
  const referer = refererFor(referrerInput(state, ctx), state.url);
  if (referer !== null) headers.push(['Referer', referer]);
  return headers;
}

function traceReferer(state: RequestState, headers: HeaderList, ctx: FetchContext): void {
  const value = headers.find(([n]) => n === 'Referer')?.[1] ?? '';
  const policy = state.request.referrerPolicy || DEFAULT_REFERRER_POLICY;
  ctx.trace.push(step('request-referer', 'info', { value, policy, none: state.request.referrer === '' ? 'yes' : '' }));
}

/** The login cookie on this hop: its own host, the page's site for cookies, and the credentials flag. */
function cookieFor(state: RequestState, ctx: FetchContext, credentials: boolean): CookieDecision {
  const { login, host, siteForCookies, notStored } = ctx.cookies;
  return cookieDecision({
    notStored,
    login, credentials: state.request.credentials, credentialsFlag: credentials,
    cookieHost: state.url.host === host, sameSite: siteForCookies !== null && siteOf(state.url.origin) === siteForCookies,
  });
}

// https://fetch.spec.whatwg.org/#concept-http-fetch
function httpFetch(state: RequestState, ctx: FetchContext): FetchOutcome | 'redirected' {
  // Chromium sends a ReadableStream body only over HTTP/2 or later: over HTTP/1.1 the request never leaves.
  if (state.request.streamBody) {
    ctx.trace.push(step('stream-upload', 'fail'));
    return networkError('stream-upload-http1');
  }
  const headers = actualHeaders(state, ctx);
  const credentials = credentialsFlag(state);
  const cookie = cookieFor(state, ctx, credentials);
  const send = (lines: HeaderList): OutgoingResponse => {
    ctx.requests.push({ kind: 'actual', method: state.request.method, url: state.url.href, headers: lines, credentials, cookie });
    const origin = lines.find(([n]) => n === 'Origin')?.[1] ?? '';
    ctx.trace.push(step('actual-send', 'info', { method: state.request.method, url: state.url.href, origin, credentials: credentials ? 'yes' : 'no', cookie: cookie.reason }));
    if (state.request.referrerPolicy !== undefined || state.request.referrer !== undefined) traceReferer(state, lines, ctx);
    return ctx.serve({ method: state.request.method, url: state.url.href, headers: lines }, ctx.requests);
  };
  // The HTTP cache sits beneath CORS: what it hands back, stored or fresh, is checked the same way.
  const fetched = httpCacheFetch(state, ctx, headers, send);
  if (fetched.kind === 'only-if-cached-miss') return networkError('only-if-cached-miss');
  ctx.httpCache = fetched.source;
  const raw = fetched.response;
  const response = { ...raw, headers: parsedResponseHeaders(raw.headers) };
  ctx.lastStatus = response.status;
  ctx.lastAnsweredBy = raw.answeredBy;
  ctx.lastHeaders = response.headers;
  // 4.3. If tainting is "cors" and a CORS check for request and response fails: network error (redirects too).
  if (state.tainting === 'cors') {
    const failure = corsCheck({ origin: serializedOrigin(state, ctx), credentialsInclude: credentialsInclude(state) }, response.headers);
    const status = String(response.status);
    if (failure) {
      const detail = failedParameterOf(failure);
      ctx.trace.push(step('cors-check', 'fail', { status, why: explainCorsError(failure.name, detail) }));
      if (fetched.source !== 'network') ctx.trace.push(step('http-cache-cors', 'fail', { source: fetched.source }));
      fetched.commit(false);
      return { kind: 'cors-error', failure, detail, lastUrl: state.url.href };
    }
    ctx.trace.push(step('cors-check', 'pass', { status }));
    if (fetched.source !== 'network') ctx.trace.push(step('http-cache-cors', 'pass', { source: fetched.source }));
  }
  fetched.commit(true);
  if (!isRedirect(response.status, response.headers)) {
    return { kind: 'response', type: state.tainting, status: response.status, headers: response.headers, body: response.body };
  }
  // 8. Redirect status: switch on request's redirect mode.
  if (state.request.redirect === 'error') {
    ctx.trace.push(step('redirect-mode', 'fail'));
    return networkError('redirect-mode-error');
  }
  if (state.request.redirect === 'manual') {
    ctx.trace.push(step('redirect-mode', 'info'));
    return { kind: 'response', type: 'opaqueredirect', status: 0, headers: [], body: '' };
  }
  return httpRedirectFetch(state, ctx, response.status, response.headers);
}

// https://fetch.spec.whatwg.org/#concept-http-redirect-fetch
function httpRedirectFetch(state: RequestState, ctx: FetchContext, status: number, headers: HeaderList): FetchOutcome | 'redirected' {
  // 3. Let locationURL be actualResponse's location URL; failure is a network error.
  const location = resolveLocation(getAll(headers, 'Location')[0] ?? '', state.url);
  if (!location) {
    ctx.trace.push(step('redirect-location', 'fail', { why: 'The Location header is not an http(s) URL the browser can follow.' }));
    return networkError('invalid-redirect');
  }
  // 6. If request's redirect count is 20, return a network error.
  if (state.redirectCount === MAX_REDIRECTS) {
    ctx.trace.push(step('redirect-location', 'fail', { why: 'More than 20 redirects: the browser gives up (net::ERR_TOO_MANY_REDIRECTS).' }));
    return networkError('too-many-redirects');
  }
  // 7. Increase request's redirect count by 1.
  state.redirectCount += 1;
  // 8–9. In cors mode, a Location with credentials to another origin (or any, once CORS applies) is refused.
  const crossOrigin = state.tainted || location.origin !== ctx.pageOrigin;
  if (location.userinfo && state.request.mode === 'cors' && (crossOrigin || state.tainting === 'cors')) {
    ctx.trace.push(step('redirect-location', 'fail', { why: 'The redirect points at a URL with a user name and password.' }));
    return { kind: 'cors-error', failure: { name: 'RedirectContainsCredentials', location: location.href }, detail: location.href, lastUrl: state.url.href };
  }
  // 12. 301/302 turn POST into GET; 303 turns anything but GET/HEAD into GET. The body and its headers go.
  const method = state.request.method;
  const toGet = ((status === 301 || status === 302) && method === 'POST') || (status === 303 && method !== 'GET' && method !== 'HEAD');
  let request = state.request;
  if (toGet) request = { ...request, method: 'GET', hasBody: false, headers: withoutHeaders(request.headers, REQUEST_BODY_HEADERS) };
  // 13. A redirect to another origin drops Authorization.
  if (location.origin !== state.url.origin) request = { ...request, headers: withoutHeaders(request.headers, ['Authorization']) };
  // Taint: the hop leaves an origin that was not the request's own.
  const taints = location.origin !== state.url.origin && (state.tainted || state.url.origin !== ctx.pageOrigin);
  if (taints) state.tainted = true;
  ctx.trace.push(step('redirect-follow', 'info', { status: String(status), url: location.href, method: toGet ? 'GET' : '', tainted: taints ? 'yes' : 'no', preflightOrigin: ctx.rules.preflightOriginAfterRedirect }));
  state.request = request;
  state.url = location;
  return 'redirected';
}
