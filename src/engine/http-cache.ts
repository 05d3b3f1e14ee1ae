// The browser's HTTP cache for actual responses, as Chromium runs it for
// fetch() (net/http/http_cache_transaction.cc, RFC 9111, Fetch's "HTTP-network-
// or-cache fetch"): what is stored, when a stored answer is fresh, when it is
// revalidated (If-None-Match / If-Modified-Since) and how a 304 updates it,
// and what each cache mode does. Pure: the cache goes in and a new one comes
// out, like the preflight cache, and travels with it (PreflightCache.http).
// Keyed by the frame's site (Chromium partitions its cache: the runner frames
// all sit in the app's page, so the frame's site decides) and the URL,
// honouring Vary. The CORS check runs on what this returns, cached or not.
import type { CacheMode, HeaderList } from '../scenario/types.ts';
import { getAll, getJoined } from '../scenario/http-syntax.ts';
import { ENGINE_RULES, type HttpCacheRules } from './engine-differences.ts';

/** One stored answer. */
export interface StoredResponse {
  /** The frame's site: Chromium's cache partition (an opaque origin gets none: nothing stored). */
  partition: string;
  url: string;
  status: number;
  headers: HeaderList;
  body: string;
  /** The storing request's values of the names its Vary lists (lower-case name, value or null). */
  vary: Array<[string, string | null]>;
  /** When it was received or last revalidated (ms). */
  storedAt: number;
}

/** What a fetch needs to look the cache up and store into it. */
export interface CacheKey {
  /** null: an opaque frame (sandboxed, origin "null"): Chromium's cache key is transient, nothing is stored or read. */
  partition: string | null;
  url: string;
  method: string;
  /** The request's header lines as sent (Vary compares them). */
  headers: HeaderList;
  mode: CacheMode;
}

export type CachePlan =
  /** No usable entry: to the network; `store` says whether the answer may be kept. */
  | { kind: 'network'; extraHeaders: HeaderList; store: boolean }
  /** A stored answer is used as is: nothing reaches the server. */
  | { kind: 'hit'; entry: StoredResponse; why: 'fresh' | 'force-cache' | 'only-if-cached' }
  /** A stored answer with validators: a conditional request; a 304 keeps it. */
  | { kind: 'revalidate'; entry: StoredResponse; extraHeaders: HeaderList; why: 'stale' | 'no-cache-directive' | 'no-cache-mode' | 'vary' }
  /** only-if-cached and nothing stored: a network error. */
  | { kind: 'only-if-cached-miss' };

const CONDITIONAL_REQUEST_HEADERS = ['if-modified-since', 'if-none-match', 'if-unmodified-since', 'if-match', 'if-range'];

/** Cache-Control directives, lower-case names; a value without quotes. */
export function cacheDirectives(headers: HeaderList): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (getJoined(headers, 'cache-control') ?? '').split(',')) {
    const [name, ...rest] = part.split('=');
    const key = name!.trim().toLowerCase();
    if (key !== '' && !out.has(key)) out.set(key, rest.join('=').trim().replace(/^"(.*)"$/, '$1'));
  }
  return out;
}

const seconds = (text: string | undefined): number | null => (text !== undefined && /^\d+$/.test(text) ? Number(text) : null);

/**
 * How long the answer stays fresh, in ms (RFC 9111 §4.2.1): max-age, else
 * Expires minus the response time (this server sends no Date), else 10% of
 * the time since Last-Modified (the heuristic Chromium applies to a 200).
 */
export function freshnessLifetime(entry: Pick<StoredResponse, 'headers' | 'status' | 'storedAt'>): number {
  const cc = cacheDirectives(entry.headers);
  const maxAge = seconds(cc.get('max-age'));
  if (maxAge !== null) return maxAge * 1000;
  const expires = getJoined(entry.headers, 'expires');
  if (expires !== null) {
    const at = Date.parse(expires);
    return Number.isNaN(at) ? 0 : Math.max(0, at - entry.storedAt);
  }
  const lastModified = getJoined(entry.headers, 'last-modified');
  if (lastModified !== null && entry.status === 200) {
    const at = Date.parse(lastModified);
    return Number.isNaN(at) ? 0 : Math.max(0, (entry.storedAt - at) / 10);
  }
  return 0;
}

/** The answer's age now (RFC 9111 §4.2.3): its Age header plus the time it has been stored. */
function currentAge(entry: StoredResponse, now: number): number {
  return (seconds(getJoined(entry.headers, 'age') ?? undefined) ?? 0) * 1000 + Math.max(0, now - entry.storedAt);
}

export function isFresh(entry: StoredResponse, now: number): boolean {
  if (cacheDirectives(entry.headers).has('no-cache')) return false;
  return freshnessLifetime(entry) > currentAge(entry, now);
}

function validators(entry: StoredResponse): HeaderList {
  const out: HeaderList = [];
  const etag = getJoined(entry.headers, 'etag');
  const lastModified = getJoined(entry.headers, 'last-modified');
  if (etag !== null) out.push(['If-None-Match', etag]);
  if (lastModified !== null) out.push(['If-Modified-Since', lastModified]);
  return out;
}

function varyNames(headers: HeaderList): string[] {
  return getAll(headers, 'vary').flatMap((v) => v.split(',')).map((n) => n.trim().toLowerCase()).filter(Boolean);
}

/** Whether the request carries the same values the stored one did for every name Vary lists (Vary: * never matches). */
function varyMatches(entry: StoredResponse, requestHeaders: HeaderList): boolean {
  return entry.vary.every(([name, value]) => name !== '*' && getJoined(requestHeaders, name) === value);
}

const sameKey = (e: StoredResponse, partition: string, url: string) => e.partition === partition && e.url === url;

/** The lines the browser itself adds for a cache mode (observed in Chromium: not author headers, so no preflight). */
function modeHeaders(mode: CacheMode): HeaderList {
  if (mode === 'no-cache') return [['Cache-Control', 'max-age=0']];
  if (mode === 'reload' || mode === 'no-store') return [['Pragma', 'no-cache'], ['Cache-Control', 'no-cache']];
  return [];
}

// https://fetch.spec.whatwg.org/#http-network-or-cache-fetch steps 8.22–8.25 and the cache mode table
export function planFetch(
  responses: readonly StoredResponse[], key: CacheKey, now: number,
  rules: Pick<HttpCacheRules, 'revalidatesVaryMismatch' | 'onlyIfCachedMissFails'> = ENGINE_RULES.chromium.httpCache,
): CachePlan {
  let mode = key.mode;
  // A conditional header the page set itself: the spec turns "default" into "no-store".
  if (mode === 'default' && key.headers.some(([n]) => CONDITIONAL_REQUEST_HEADERS.includes(n.toLowerCase()))) mode = 'no-store';
  const cacheable = key.partition !== null && (key.method === 'GET' || key.method === 'HEAD');
  const entry = cacheable ? responses.find((e) => sameKey(e, key.partition!, key.url)) : undefined;
  const extraHeaders = modeHeaders(mode);
  if (mode === 'only-if-cached' && entry) return { kind: 'hit', entry, why: 'only-if-cached' };
  if (mode === 'only-if-cached' && rules.onlyIfCachedMissFails) return { kind: 'only-if-cached-miss' };
  if (mode === 'no-store' || mode === 'reload' || !entry) return { kind: 'network', extraHeaders, store: cacheable && mode !== 'no-store' };
  const vary = varyMatches(entry, key.headers);
  // force-cache takes a stale answer without asking, but only one whose Vary fits (observed in
  // Chromium 156: the admin front end is not given the app's stored answer under Vary: Origin).
  if (mode === 'force-cache') return vary ? { kind: 'hit', entry, why: 'force-cache' } : { kind: 'network', extraHeaders, store: true };
  if (mode === 'default' && vary && isFresh(entry, now)) return { kind: 'hit', entry, why: 'fresh' };
  if (validators(entry).length === 0 || (!vary && !rules.revalidatesVaryMismatch)) return { kind: 'network', extraHeaders, store: true };
  const why = mode === 'no-cache' ? 'no-cache-mode' : !vary ? 'vary' : cacheDirectives(entry.headers).has('no-cache') ? 'no-cache-directive' : 'stale';
  return { kind: 'revalidate', entry, extraHeaders: [...extraHeaders, ...validators(entry)], why };
}

/** Whether a network answer may be stored (RFC 9111 §3): GET, not no-store, not a redirect or a partial answer. */
export function storable(method: string, status: number, headers: HeaderList): boolean {
  if (method !== 'GET' || status === 206 || (status >= 300 && status < 400) || status === 304) return false;
  return !cacheDirectives(headers).has('no-store');
}

/** Replaces (or adds) the key's entry with a new answer. */
export function store(responses: readonly StoredResponse[], key: CacheKey, answer: { status: number; headers: HeaderList; body: string }, now: number): StoredResponse[] {
  if (key.partition === null) return [...responses];
  const vary: Array<[string, string | null]> = varyNames(answer.headers).map((n) => [n, n === '*' ? null : getJoined(key.headers, n)]);
  const entry: StoredResponse = { partition: key.partition, url: key.url, ...answer, vary, storedAt: now };
  return [...responses.filter((e) => !sameKey(e, key.partition!, key.url)), entry].slice(-MAX_STORED);
}

/** The model keeps the most recent answers only (the tab's copy lives in sessionStorage); older ones are evicted. */
export const MAX_STORED = 64;

/** Header names a 304 never replaces in the stored answer (Chromium: HttpResponseHeaders::Update). */
const NOT_UPDATED = new Set([
  'connection', 'proxy-connection', 'keep-alive', 'www-authenticate', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer',
  'transfer-encoding', 'upgrade', 'content-location', 'content-md5', 'etag', 'content-encoding', 'content-range', 'content-type', 'content-length',
  'x-frame-options', 'x-xss-protection',
]);
const updatable = (name: string) => !NOT_UPDATED.has(name) && !name.startsWith('x-content-') && !name.startsWith('x-webkit-');

/**
 * A 304 updates the stored answer (RFC 9111 §4.3.4): each header it carries
 * replaces the stored lines of that name; a header it leaves out, such as
 * Access-Control-Allow-Origin, keeps its stored value. The status stays 200.
 */
export function mergeNotModified(entry: StoredResponse, notModified: HeaderList, key: CacheKey, now: number): StoredResponse {
  const names = new Set(notModified.map(([n]) => n.toLowerCase()).filter(updatable));
  const headers: HeaderList = [...entry.headers.filter(([n]) => !names.has(n.toLowerCase())), ...notModified.filter(([n]) => names.has(n.toLowerCase()))];
  const vary: Array<[string, string | null]> = varyNames(headers).map((n) => [n, n === '*' ? null : getJoined(key.headers, n)]);
  return { ...entry, headers, vary, storedAt: now };
}

export function replaceEntry(responses: readonly StoredResponse[], entry: StoredResponse): StoredResponse[] {
  return [...responses.filter((e) => !sameKey(e, entry.partition, entry.url)), entry];
}
