// The engine's copy of the browser's preflight cache for this tab. Chromium
// keeps one cache per browser context, shared by every runner frame and role,
// and a reload does not clear it; the session id (and so every request URL)
// survives a reload too, so this copy lives in sessionStorage beside it.
import type { PreflightCache, PreflightCacheEntry } from '../engine/types.ts';

const KEY = 'cors-playground:engine-preflight-cache';
const EMPTY: PreflightCache = { entries: [] };

function isEntry(x: unknown): x is PreflightCacheEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  return typeof e.origin === 'string' && typeof e.url === 'string' && typeof e.credentials === 'boolean'
    && strings(e.methods) && strings(e.headers) && typeof e.expiresAt === 'number';
}

/** Reads a stored cache; anything unreadable counts as empty (a cold cache is the honest default). */
export function parseStoredCache(text: string | null): PreflightCache {
  if (!text) return EMPTY;
  try {
    const value: unknown = JSON.parse(text);
    const entries = (value as { entries?: unknown }).entries;
    return Array.isArray(entries) && entries.every(isEntry) ? { entries } : EMPTY;
  } catch {
    return EMPTY;
  }
}

export interface PreflightCacheStore {
  get: () => PreflightCache;
  set: (cache: PreflightCache) => void;
  subscribe: (listener: () => void) => () => void;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

export function createPreflightCacheStore(storage: Storage | null): PreflightCacheStore {
  let current = parseStoredCache(storage?.getItem(KEY) ?? null);
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (cache) => {
      current = cache;
      try {
        storage?.setItem(KEY, JSON.stringify(cache));
      } catch {
        // A full or disabled storage only costs the copy across reloads.
      }
      listeners.forEach((l) => l());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const tabPreflightCache = createPreflightCacheStore(typeof sessionStorage === 'undefined' ? null : sessionStorage);
