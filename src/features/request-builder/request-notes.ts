// Parts of the request the browser will not honour as written, each with the
// reason the learner should read next to the control. Rules and wording follow
// /work/shared/reference/chromium-cors.md §1.2, 1.4 and 1.6.
import type { ScenarioRequest } from '../../scenario/types.ts';

// https://fetch.spec.whatwg.org/#forbidden-request-header, plus User-Agent,
// which Chromium still drops (crbug.com/571722).
const FORBIDDEN_NAMES = new Set([
  'accept-charset', 'accept-encoding', 'access-control-request-headers', 'access-control-request-method',
  'connection', 'content-length', 'cookie', 'cookie2', 'date', 'dnt', 'expect', 'host', 'keep-alive',
  'origin', 'referer', 'set-cookie', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'via', 'user-agent',
]);
const METHOD_OVERRIDES = new Set(['x-http-method', 'x-http-method-override', 'x-method-override']);
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
const NORMALIZED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const NO_CORS_METHODS = new Set(['GET', 'HEAD', 'POST']);
const NO_CORS_HEADERS = new Set(['accept', 'accept-language', 'content-language', 'content-type']);
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Why the browser silently drops this header line, or null. */
export function droppedHeaderReason(name: string, value: string, mode: ScenarioRequest['mode']): string | null {
  const n = name.toLowerCase();
  if (FORBIDDEN_NAMES.has(n) || n.startsWith('proxy-') || n.startsWith('sec-')) {
    return `${name} is a forbidden request header: the browser sets it itself and silently drops yours.`;
  }
  if (METHOD_OVERRIDES.has(n) && value.split(',').some((m) => FORBIDDEN_METHODS.has(m.trim().toUpperCase()))) {
    return `${name} naming CONNECT, TRACE or TRACK is forbidden: the browser silently drops it.`;
  }
  if (mode === 'no-cors') {
    return NO_CORS_HEADERS.has(n)
      ? null
      : `In no-cors mode only Accept, Accept-Language, Content-Language and Content-Type (with a safelisted value) are kept: ${name} is dropped.`;
  }
  return null;
}

/** What the browser does with the method as typed, or why fetch() refuses it. */
export function methodNote(method: string, mode: ScenarioRequest['mode']): string | null {
  const upper = method.toUpperCase();
  if (!TOKEN.test(method)) return `'${method}' is not a valid HTTP method: fetch() throws a TypeError.`;
  if (FORBIDDEN_METHODS.has(upper)) return `'${method}' HTTP method is unsupported: fetch() throws a TypeError.`;
  const sent = NORMALIZED_METHODS.has(upper) ? upper : method;
  if (mode === 'no-cors' && !NO_CORS_METHODS.has(sent)) return `'${sent}' is unsupported in no-cors mode: fetch() throws a TypeError.`;
  if (sent !== method) return `Sent as ${sent}: the browser upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT.`;
  if (upper !== method && !NORMALIZED_METHODS.has(upper)) {
    return `Sent exactly as ${method}: only DELETE, GET, HEAD, OPTIONS, POST and PUT are upper-cased, so ${method} and ${upper} are different methods.`;
  }
  return null;
}

export function bodyNote(request: ScenarioRequest): string | null {
  const m = request.method.toUpperCase();
  if (request.body.type !== 'none' && (m === 'GET' || m === 'HEAD')) {
    return `A ${m} request cannot have a body: fetch() throws a TypeError.`;
  }
  const hasContentType = request.headers.some(([n]) => n.toLowerCase() === 'content-type');
  if (request.body.type === 'json' && !hasContentType) {
    return 'fetch() does not label JSON: without a Content-Type header this body goes out as text/plain;charset=UTF-8.';
  }
  return null;
}

export function redirectNote(request: ScenarioRequest): string | null {
  if (request.mode === 'no-cors' && request.redirect !== 'follow') {
    return 'In no-cors mode the redirect mode must be "follow": the browser fails the request with a network error.';
  }
  return null;
}
