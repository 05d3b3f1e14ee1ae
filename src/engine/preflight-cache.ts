// The preflight cache (Chromium: preflight_cache.cc, one result per (origin,
// URL) in a browser context, replaced by each new preflight). Where Gecko and
// WebKit keep theirs otherwise, the engine's row of engine-differences.ts
// says how. Pure: the cache goes in and a new one comes out.
import type { CacheMode } from '../scenario/types.ts';
import type { PreflightCache, PreflightCacheEntry } from './types.ts';
import { disallowedHeaders, type PreflightResult } from './preflight.ts';
import { ENGINE_RULES, type PreflightCacheRules } from './engine-differences.ts';

export const EMPTY_CACHE: PreflightCache = { entries: [] };

const CHROMIUM_CACHE = ENGINE_RULES.chromium.preflightCache;

/** Chromium never caches a preflight for a URL this long or longer. */
export const MAX_CACHED_URL_LENGTH = 1024;

/** Whether this cache mode skips the lookup (Chromium: no-store / no-cache / reload set load flags, RetrieveCacheFlags). */
export function bypassesPreflightCache(mode: CacheMode, rules: PreflightCacheRules = CHROMIUM_CACHE): boolean {
  return rules.skipLookup.includes(mode);
}

/** Whether a new answer is stored (Chromium: not under no-store, LOAD_DISABLE_CACHE; not for a long URL). */
export function storesInPreflightCache(mode: CacheMode, url: string, rules: PreflightCacheRules = CHROMIUM_CACHE): boolean {
  return !rules.skipStore.includes(mode) && url.length < MAX_CACHED_URL_LENGTH;
}

export type Lookup =
  | { kind: 'hit'; entry: PreflightCacheEntry }
  | { kind: 'miss' }
  | { kind: 'expired' }
  /** Gecko: an entry that does not cover the request stays, beside the new answer. */
  | { kind: 'not-covered' }
  | { kind: 'hit-and-fail'; cache: PreflightCache };

export interface LookupRequest {
  origin: string;
  url: string;
  method: string;
  unsafeNames: string[];
  credentialsInclude: boolean;
}

/** Whether one entry's methods let this method through (a cached "*" and the always-covered methods per engine). */
function methodCovered(entry: PreflightCacheEntry, req: LookupRequest, rules: PreflightCacheRules): boolean {
  if (entry.methods.includes(req.method) || rules.methodsCovered.includes(req.method)) return true;
  return rules.wildcardCovers && entry.methods.includes('*') && !req.credentialsInclude;
}

/** Chromium: PreflightResult::EnsureAllowedRequest: credentials, method and every header, from this one entry. */
function entryCovers(entry: PreflightCacheEntry, req: LookupRequest, rules: PreflightCacheRules): boolean {
  if (req.credentialsInclude && !entry.credentials) return false;
  if (!methodCovered(entry, req, rules)) return false;
  const headers = rules.wildcardCovers ? entry.headers : entry.headers.filter((h) => h !== '*');
  return disallowedHeaders(headers, req.unsafeNames, req.credentialsInclude).length === 0;
}

/** The entry a request may use: Chromium's key is (origin, URL); Gecko's also holds the credentials mode. */
function keyMatches(e: PreflightCacheEntry, key: { origin: string; url: string; credentials: boolean }, rules: PreflightCacheRules): boolean {
  if (e.origin !== key.origin || e.url !== key.url) return false;
  return rules.credentialedServesAll || e.credentials === key.credentials;
}

// https://fetch.spec.whatwg.org/#concept-cache-match (Chromium: CheckIfRequestCanSkipPreflight)
export function lookupPreflight(cache: PreflightCache, req: LookupRequest, now: number, rules: PreflightCacheRules = CHROMIUM_CACHE): Lookup {
  const entry = cache.entries.find((e) => keyMatches(e, { origin: req.origin, url: req.url, credentials: req.credentialsInclude }, rules));
  if (!entry) return { kind: 'miss' };
  if (entry.expiresAt <= now) return { kind: 'expired' };
  if (entryCovers(entry, req, rules)) return { kind: 'hit', entry };
  // Chromium: a hit that does not cover the request is erased, and a new preflight goes out.
  // Gecko, WebKit ≠ Chromium: the entry stays until a new answer joins it (Gecko) or replaces it (WebKit).
  if (!rules.erasesOnMiss) return { kind: 'not-covered' };
  return { kind: 'hit-and-fail', cache: { ...cache, entries: cache.entries.filter((e) => e !== entry) } };
}

// https://fetch.spec.whatwg.org/#concept-cache-create-entry (Chromium: AppendEntry replaces the key's result)
export function storePreflight(
  cache: PreflightCache,
  key: { origin: string; url: string; credentials: boolean },
  result: PreflightResult,
  now: number,
  rules: PreflightCacheRules = CHROMIUM_CACHE,
): PreflightCache {
  const expiresAt = now + result.maxAgeSeconds * 1000;
  const old = cache.entries.find((e) => keyMatches(e, key, rules));
  const entry: PreflightCacheEntry = { origin: key.origin, url: key.url, credentials: key.credentials, methods: result.methods, headers: result.headers, expiresAt };
  // Gecko ≠ Chromium: the new tokens join the unexpired entry's (nsCORSPreflightListener::AddResultToCache).
  // Gecko keeps an expiry per token; here the entry takes the new one, which is the later for one URL's answers.
  if (rules.merges && old && old.expiresAt > now) {
    entry.methods = [...new Set([...old.methods, ...result.methods])];
    entry.headers = [...new Set([...old.headers, ...result.headers])];
  }
  return { ...cache, entries: [...cache.entries.filter((e) => e !== old), entry] };
}
