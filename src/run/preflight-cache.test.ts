import { describe, expect, it } from 'vitest';
import type { PreflightCache } from '../engine/types.ts';
import { loadStoredCache, parseStoredCache, storeCache } from './preflight-cache.ts';

const entry = { origin: 'http://app.playground.localhost:5173', url: 'http://api.playground.localhost:8787/s/x/1a/api', credentials: false, methods: ['PUT'], headers: ['content-type'], expiresAt: 5000 };
const cache: PreflightCache = { entries: [entry] };

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('the tab’s stored preflight cache', () => {
  it('starts empty and survives a reload through its storage, as the browser’s own cache does', () => {
    const storage = memoryStorage();
    expect(loadStoredCache(storage)).toEqual({ entries: [] });
    storeCache(storage, cache);
    expect(loadStoredCache(storage)).toEqual(cache);
  });

  it('works without storage, and with a storage that refuses to write', () => {
    expect(loadStoredCache(null)).toEqual({ entries: [] });
    expect(() => storeCache(null, cache)).not.toThrow();
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => storeCache(full, cache)).not.toThrow();
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
  it('keeps the HTTP cache\'s stored answers with it, and drops them when unreadable', () => {
    const stored = { partition: 'http://playground.localhost', url: entry.url, status: 200, headers: [['Cache-Control', 'max-age=600']] as [string, string][], body: '{}', vary: [], storedAt: 5 };
    expect(parseStoredCache(JSON.stringify({ ...cache, http: [stored] }))).toEqual({ ...cache, http: [stored] });
    expect(parseStoredCache(JSON.stringify({ ...cache, http: [{ ...stored, status: '200' }] }))).toEqual(cache);
  });
});
