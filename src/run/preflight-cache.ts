// The engine's copy of the browser's preflight cache for this tab, as plain
// state: the app owns it (useTabPreflightCache), hands it to every run and to
// the live prediction, and takes back the cache each run returns. Chromium
// keeps one cache per browser context, shared by every runner frame and role,
// and a reload does not clear it; the session id (and so every request URL)
// survives a reload too, so this copy is kept in sessionStorage beside it.
import { useCallback, useState } from 'react';
import type { PreflightCache, PreflightCacheEntry, StoredResponse } from '../engine/types.ts';

const KEY = 'cors-playground:engine-preflight-cache';
export const EMPTY_PREFLIGHT_CACHE: PreflightCache = { entries: [] };

function isEntry(x: unknown): x is PreflightCacheEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  return typeof e.origin === 'string' && typeof e.url === 'string' && typeof e.credentials === 'boolean'
    && strings(e.methods) && strings(e.headers) && typeof e.expiresAt === 'number';
}

/** A stored answer as the engine wrote it (its fields' types; the engine reads nothing else). */
const isStoredResponse = (x: unknown): x is StoredResponse =>
  typeof x === 'object' && x !== null && ['partition', 'url', 'body'].every((k) => typeof (x as Record<string, unknown>)[k] === 'string')
  && ['status', 'storedAt'].every((k) => typeof (x as Record<string, unknown>)[k] === 'number')
  && ['headers', 'vary'].every((k) => Array.isArray((x as Record<string, unknown>)[k]));

/** Reads a stored cache; anything unreadable counts as empty (a cold cache is the honest default). */
export function parseStoredCache(text: string | null): PreflightCache {
  if (!text) return EMPTY_PREFLIGHT_CACHE;
  try {
    const value: unknown = JSON.parse(text);
    const { entries, http } = value as { entries?: unknown; http?: unknown };
    if (!Array.isArray(entries) || !entries.every(isEntry)) return EMPTY_PREFLIGHT_CACHE;
    // The HTTP cache's stored answers travel with it (engine/http-cache.ts); unreadable ones count as none.
    return Array.isArray(http) && http.every(isStoredResponse) ? { entries, http } : { entries };
  } catch {
    return EMPTY_PREFLIGHT_CACHE;
  }
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

export function loadStoredCache(storage: Storage | null): PreflightCache {
  return parseStoredCache(storage?.getItem(KEY) ?? null);
}

export function storeCache(storage: Storage | null, cache: PreflightCache): void {
  try {
    storage?.setItem(KEY, JSON.stringify(cache));
  } catch {
    // A full or disabled storage only costs the copy across reloads.
  }
}

const tabStorage = (): Storage | null => (typeof sessionStorage === 'undefined' ? null : sessionStorage);

/** The tab's cache as react state, kept across reloads; the app calls this once and hands it down. */
export function useTabPreflightCache(): [PreflightCache, (cache: PreflightCache) => void] {
  const [cache, setState] = useState(() => loadStoredCache(tabStorage()));
  const set = useCallback((next: PreflightCache) => {
    storeCache(tabStorage(), next);
    setState(next);
  }, []);
  return [cache, set];
}
