// new Request(url, init) as Chromium builds it from the scenario's fetch()
// call: the TypeErrors it throws, the headers it silently drops, the
// Content-Type it adds for the body.
import type { CacheMode, CredentialsMode, HeaderList, RedirectMode, RequestMode, ScenarioRequest } from '../scenario/types.ts';
import { isToken } from './http.ts';
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
}

export type Construction = { ok: true; request: BrowserRequest } | { ok: false; message: string; step: TypeErrorStep };

/** Chromium's prefix for every TypeError fetch() throws from a Window. */
export const FETCH_TYPE_ERROR_PREFIX = "Failed to execute 'fetch' on 'Window': ";

/** A stand-in for the random multipart boundary (Chromium: ----WebKitFormBoundary + 16 random characters). */
export const MULTIPART_BOUNDARY = '----WebKitFormBoundaryPlaygroundXYZ012';

// https://fetch.spec.whatwg.org/#concept-bodyinit-extract (the type part only)
export function bodyContentType(body: ScenarioRequest['body']): string | null {
  switch (body.type) {
    case 'none':
      return null;
    case 'text':
    case 'json':
      return 'text/plain;charset=UTF-8';
    case 'urlencoded':
      return 'application/x-www-form-urlencoded;charset=UTF-8';
    case 'multipart':
      return `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`;
  }
}

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
  };
  // 33. Fill the headers (invalid ones throw, forbidden ones vanish).
  const headerError = appendHeaders(req.headers, noCors, out, engine);
  if (headerError) return fail(headerError, headerError === 'header-name-invalid' ? 'Invalid name' : 'Invalid value');
  // 34. A body on GET or HEAD throws.
  if (out.hasBody && (method === 'GET' || method === 'HEAD')) return fail('body-with-get-or-head', 'Request with GET/HEAD method cannot have body.');
  // 36/37. Extracting the body gives a Content-Type, used when the author set none.
  const type = bodyContentType(req.body);
  if (type && !findLine(out.headers, 'content-type')) {
    out.headers.push(['Content-Type', type]);
    out.addedContentType = type;
  }
  return { ok: true, request: out };
}
