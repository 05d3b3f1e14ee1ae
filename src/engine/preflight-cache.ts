// Chromium's preflight cache (preflight_cache.cc): one result per (origin,
// URL) in a browser context, replaced by each new preflight. Pure: the cache
// goes in and a new one comes out.
import type { CacheMode } from '../scenario/types.ts';
import type { PreflightCache, PreflightCacheEntry } from './types.ts';
import { disallowedHeaders, methodAllowed, type PreflightResult } from './preflight.ts';

export const EMPTY_CACHE: PreflightCache = { entries: [] };

/** Chromium never caches a preflight for a URL this long or longer. */
export const MAX_CACHED_URL_LENGTH = 1024;

/** cache: no-store / no-cache / reload set load flags that skip the lookup (RetrieveCacheFlags). */
export function bypassesPreflightCache(mode: CacheMode): boolean {
  return mode === 'no-store' || mode === 'no-cache' || mode === 'reload';
}

/** cache: no-store also keeps the new result out of the cache (LOAD_DISABLE_CACHE). */
export function storesInPreflightCache(mode: CacheMode, url: string): boolean {
  return mode !== 'no-store' && url.length < MAX_CACHED_URL_LENGTH;
}

export type Lookup =
  | { kind: 'hit'; entry: PreflightCacheEntry }
  | { kind: 'miss' }
  | { kind: 'expired' }
  | { kind: 'hit-and-fail'; cache: PreflightCache };

export interface LookupRequest {
  origin: string;
  url: string;
  method: string;
  unsafeNames: string[];
  credentialsInclude: boolean;
}

/** PreflightResult::EnsureAllowedRequest: credentials, method and every header, from this one entry. */
function entryCovers(entry: PreflightCacheEntry, req: LookupRequest): boolean {
  if (req.credentialsInclude && !entry.credentials) return false;
  if (!methodAllowed(entry.methods, req.method, req.credentialsInclude)) return false;
  return disallowedHeaders(entry.headers, req.unsafeNames, req.credentialsInclude).length === 0;
}

const sameKey = (e: PreflightCacheEntry, origin: string, url: string) => e.origin === origin && e.url === url;

// https://fetch.spec.whatwg.org/#concept-cache-match (Chromium: CheckIfRequestCanSkipPreflight)
export function lookupPreflight(cache: PreflightCache, req: LookupRequest, now: number): Lookup {
  const entry = cache.entries.find((e) => sameKey(e, req.origin, req.url));
  if (!entry) return { kind: 'miss' };
  if (entry.expiresAt <= now) return { kind: 'expired' };
  if (entryCovers(entry, req)) return { kind: 'hit', entry };
  // A hit that does not cover the request is erased, and a new preflight goes out.
  return { kind: 'hit-and-fail', cache: { ...cache, entries: cache.entries.filter((e) => e !== entry) } };
}

// https://fetch.spec.whatwg.org/#concept-cache-create-entry (Chromium: AppendEntry replaces the key's result)
export function storePreflight(
  cache: PreflightCache,
  key: { origin: string; url: string; credentials: boolean },
  result: PreflightResult,
  now: number,
): PreflightCache {
  const entry: PreflightCacheEntry = {
    origin: key.origin,
    url: key.url,
    credentials: key.credentials,
    methods: result.methods,
    headers: result.headers,
    expiresAt: now + result.maxAgeSeconds * 1000,
  };
  return { ...cache, entries: [...cache.entries.filter((e) => !sameKey(e, key.origin, key.url)), entry] };
}
