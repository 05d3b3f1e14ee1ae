// Which response headers script can read through response.headers.
import type { HeaderList } from '../scenario/types.ts';
import { getJoined, utf8Length } from './http.ts';
import { parseAllowList } from './preflight.ts';

// https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name
const SAFELISTED_RESPONSE = ['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma'];

// https://fetch.spec.whatwg.org/#forbidden-response-header-name
const NEVER_EXPOSED = ['set-cookie', 'set-cookie2'];

/**
 * The header list as script iterates it: lower-case names, sorted, repeated
 * names joined with ", ". The server adapter adds Content-Length itself.
 */
function asIterated(headers: HeaderList, body: string): HeaderList {
  const all: HeaderList = [...headers, ['Content-Length', String(utf8Length(body))]];
  const names = [...new Set(all.map(([n]) => n.toLowerCase()))].sort();
  return names.map((n) => [n, getJoined(all, n)!]);
}

// https://fetch.spec.whatwg.org/#concept-response-cors-exposed-header-name-list
// Blink drops the whole Access-Control-Expose-Headers list when one element is not a token.
export function exposedHeaderNames(headers: HeaderList, credentialsInclude: boolean): { all: boolean; names: string[] } {
  const list = parseAllowList(getJoined(headers, 'Access-Control-Expose-Headers'));
  const names = list.ok ? list.items.map((n) => n.toLowerCase()) : [];
  // `*` exposes everything only when the request has no credentials; otherwise it is a header named "*".
  return { all: names.includes('*') && !credentialsInclude, names };
}

export type ResponseType = 'basic' | 'cors' | 'opaque' | 'opaqueredirect';

// https://fetch.spec.whatwg.org/#concept-filtered-response
export function readableHeaders(type: ResponseType, headers: HeaderList, body: string, credentialsInclude: boolean): HeaderList {
  if (type === 'opaque' || type === 'opaqueredirect') return [];
  const iterated = asIterated(headers, body).filter(([n]) => !NEVER_EXPOSED.includes(n));
  if (type === 'basic') return iterated;
  const exposed = exposedHeaderNames(headers, credentialsInclude);
  return iterated.filter(([n]) => exposed.all || SAFELISTED_RESPONSE.includes(n) || exposed.names.includes(n));
}
