// new Request(url, init) as Chromium builds it from the scenario's fetch()
// call: the TypeErrors it throws, the headers it silently drops, the
// Content-Type it adds for the body.
import type { AddressSpace, CacheMode, CredentialsMode, HeaderList, RedirectMode, ReferrerPolicyValue, RequestMode, ScenarioRequest } from '../scenario/types.ts';
import { isToken } from './http.ts';
import { bodyContentType, streamBodyTypeError } from './bodies.ts';
import type { TypeErrorStep } from './decision.ts';
import type { BrowserEngine } from './types.ts';
import { isCorsSafelistedMethod, isForbiddenMethod, isForbiddenRequestHeader, isNoCorsSafelistedRequestHeader, normalizeMethod } from './safelist.ts';

/** The request after construction: what the network layer gets. */
export interface BrowserRequest {
  method: string;
  /** Author headers after the guard, one line per name, duplicates joined with ", ". */
  headers: HeaderList;
  /** Header lines the guard dropped without an error, with why. */
  dropped: Array<{ name: string; value: string; reason: 'forbidden' | 'no-cors' }>;
  /** The Content-Type the browser added for the body, if it did. */
  addedContentType: string | null;
  hasBody: boolean;
  mode: RequestMode;
  credentials: CredentialsMode;
  cache: CacheMode;
  redirect: RedirectMode;
  /** The body is a ReadableStream: the use-CORS-preflight flag is set, and Chromium sends it only over HTTP/2+. */
  streamBody: boolean;
  /** The body's bytes when keepalive is set (null without keepalive): at most 64 KiB may be in flight. Set by predict(). */
  keepaliveBytes: number | null;
  referrerPolicy: ReferrerPolicyValue | undefined;
  /** request.referrer as the scenario sets it (absent: "about:client"). */
  referrer: string | undefined;
  /** fetch()'s targetAddressSpace (Local Network Access); undefined when not given. */
  targetAddressSpace: AddressSpace | undefined;
}

export type Construction = { ok: true; request: BrowserRequest } | { ok: false; message: string; step: TypeErrorStep };

/** Chromium's prefix for every TypeError fetch() throws from a Window. */
export const FETCH_TYPE_ERROR_PREFIX = "Failed to execute 'fetch' on 'Window': ";

// The body's Content-Type and the boundary live with the other body rules (bodies.ts).
export { bodyContentType, MULTIPART_BOUNDARY } from './bodies.ts';

// https://fetch.spec.whatwg.org/#concept-header-value-normalize
function normalizeHeaderValue(value: string): string {
  return value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function findLine(headers: HeaderList, name: string): [string, string] | undefined {
  return headers.find(([n]) => n.toLowerCase() === name.toLowerCase());
}

// https://fetch.spec.whatwg.org/#concept-headers-append (guard "request" or "request-no-cors")
function appendHeaders(input: HeaderList, noCors: boolean, out: BrowserRequest, engine: BrowserEngine): 'header-name-invalid' | 'header-value-invalid' | null {
  for (const [name, rawValue] of input) {
    // 1. Normalize value.
    const value = normalizeHeaderValue(rawValue);
    // 2. If name is not a header name or value is not a header value, throw a TypeError.
    if (!isToken(name)) return 'header-name-invalid';
    if (/[\0\r\n]/.test(value)) return 'header-value-invalid';
    // 3. Guard "request" and a forbidden request-header: return (silently).
    if (isForbiddenRequestHeader(name, value, engine)) {
      out.dropped.push({ name, value, reason: 'forbidden' });
      continue;
    }
    const existing = findLine(out.headers, name);
    const joined = existing ? `${existing[1]}, ${value}` : value;
    // 4. Guard "request-no-cors": if (name, the value it would have) is not no-CORS-safelisted, return.
    if (noCors && !isNoCorsSafelistedRequestHeader(name, joined)) {
      out.dropped.push({ name, value, reason: 'no-cors' });
      continue;
    }
    // 5. Append; Blink joins duplicate names with ", " when it sends them.
    if (existing) existing[1] = joined;
    else out.headers.push([name, value]);
  }
  return null;
}

type MethodTypeError = 'method-not-a-token' | 'method-forbidden' | 'method-not-allowed-in-no-cors';

const METHOD_MESSAGES: Record<MethodTypeError, (method: string) => string> = {
  'method-not-a-token': (m) => `'${m}' is not a valid HTTP method.`,
  'method-forbidden': (m) => `'${m}' HTTP method is unsupported.`,
  'method-not-allowed-in-no-cors': (m) => `'${m}' is unsupported in no-cors mode.`,
};

/** Whether new Request() throws for this method, and at which step (the request notes read this too). */
export function methodTypeError(method: string, mode: RequestMode): MethodTypeError | null {
  // 30. Method: a token, not forbidden, then normalized.
  if (!isToken(method)) return 'method-not-a-token';
  if (isForbiddenMethod(method)) return 'method-forbidden';
  // 32. no-cors: the method must be CORS-safelisted; the guard becomes "request-no-cors".
  if (mode === 'no-cors' && !isCorsSafelistedMethod(normalizeMethod(method))) return 'method-not-allowed-in-no-cors';
  return null;
}

// https://fetch.spec.whatwg.org/#dom-request (the steps that can fail or change the request)
export function constructRequest(req: ScenarioRequest, engine: BrowserEngine = 'chromium'): Construction {
  const fail = (step: TypeErrorStep, message: string): Construction => ({ ok: false, step, message: FETCH_TYPE_ERROR_PREFIX + message });
  // 25. only-if-cached needs mode "same-origin".
  if (req.cache === 'only-if-cached' && req.mode !== 'same-origin') {
    return fail('only-if-cached-needs-same-origin', "'only-if-cached' can be set only with 'same-origin' mode");
  }
  const methodError = methodTypeError(req.method, req.mode);
  const method = normalizeMethod(req.method);
  if (methodError) return fail(methodError, METHOD_MESSAGES[methodError](methodError === 'method-not-allowed-in-no-cors' ? method : req.method));
  const noCors = req.mode === 'no-cors';
  const out: BrowserRequest = {
    method, headers: [], dropped: [], addedContentType: null, hasBody: req.body.type !== 'none',
    mode: req.mode, credentials: req.credentials, cache: req.cache, redirect: req.redirect,
    streamBody: req.body.type === 'stream', keepaliveBytes: null, referrerPolicy: req.referrerPolicy, referrer: req.referrer, targetAddressSpace: req.targetAddressSpace,
  };
  // 33. Fill the headers (invalid ones throw, forbidden ones vanish).
  const headerError = appendHeaders(req.headers, noCors, out, engine);
  if (headerError) return fail(headerError, headerError === 'header-name-invalid' ? 'Invalid name' : 'Invalid value');
  // 34. A body on GET or HEAD throws.
  if (out.hasBody && (method === 'GET' || method === 'HEAD')) return fail('body-with-get-or-head', 'Request with GET/HEAD method cannot have body.');
  // 36–39. A ReadableStream body: not with keepalive, only in cors or same-origin mode.
  const streamError = streamBodyTypeError(req.body, req.mode, req.keepalive === true);
  if (streamError) return fail(streamError.step, streamError.message);
  // 36/37. Extracting the body gives a Content-Type, used when the author set none.
  const type = bodyContentType(req.body);
  // The append goes through the guard too: in no-cors mode a Blob's application/json is dropped (observed).
  if (type && !findLine(out.headers, 'content-type') && noCors && !isNoCorsSafelistedRequestHeader('Content-Type', type)) {
    out.dropped.push({ name: 'Content-Type', value: type, reason: 'no-cors' });
  } else if (type && !findLine(out.headers, 'content-type')) {
    out.headers.push(['Content-Type', type]);
    out.addedContentType = type;
  }
  return { ok: true, request: out };
}
