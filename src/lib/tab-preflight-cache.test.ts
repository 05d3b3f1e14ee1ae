import { describe, expect, it, vi } from 'vitest';
import type { PreflightCache } from '../engine/types.ts';
import { createPreflightCacheStore, parseStoredCache } from './tab-preflight-cache.ts';

const entry = { origin: 'http://app.playground.localhost:5173', url: 'http://api.playground.localhost:8787/s/x/1a/api', credentials: false, methods: ['PUT'], headers: ['content-type'], expiresAt: 5000 };
const cache: PreflightCache = { entries: [entry] };

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('the tab’s preflight cache store', () => {
  it('starts empty, keeps what it is given and tells subscribers', () => {
    const store = createPreflightCacheStore(memoryStorage());
    expect(store.get()).toEqual({ entries: [] });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set(cache);
    expect(store.get()).toBe(cache);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.set({ entries: [] });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('survives a reload through its storage, as the browser’s own cache does', () => {
    const storage = memoryStorage();
    createPreflightCacheStore(storage).set(cache);
    expect(createPreflightCacheStore(storage).get()).toEqual(cache);
  });

  it('works without storage', () => {
    const store = createPreflightCacheStore(null);
    store.set(cache);
    expect(store.get()).toBe(cache);
  });
});

describe('parseStoredCache', () => {
  it('reads a stored cache back', () => {
    expect(parseStoredCache(JSON.stringify(cache))).toEqual(cache);
  });
  it('treats anything unreadable as an empty (cold) cache', () => {
    for (const text of [null, '', '{not json', '[]', '{"entries":[{"origin":1}]}', '{"entries":"x"}']) {
      expect(parseStoredCache(text)).toEqual({ entries: [] });
    }
  });
});
