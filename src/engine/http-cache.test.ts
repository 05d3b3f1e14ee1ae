// The HTTP cache model's rules, each against RFC 9111 / Fetch and what Chromium was seen to do.
import { describe, expect, it } from 'vitest';
import type { HeaderList } from '../scenario/types.ts';
import { freshnessLifetime, isFresh, MAX_STORED, mergeNotModified, planFetch, store, storable, type CacheKey } from './http-cache.ts';

const URL_A = 'http://api.playground.localhost:8787/s/x/1a/data';
const key = (patch: Partial<CacheKey> = {}): CacheKey => ({
  partition: 'http://playground.localhost', url: URL_A, method: 'GET', headers: [['Origin', 'http://app.playground.localhost:5173']], mode: 'default', ...patch,
});
const answer = (headers: HeaderList, status = 200) => ({ status, headers, body: '{}' });
const NOW = Date.parse('2026-11-29T00:00:00Z');

describe('freshness', () => {
  it('reads max-age, then Expires, then 10% of the time since Last-Modified', () => {
    expect(freshnessLifetime({ status: 200, storedAt: NOW, headers: [['Cache-Control', 'public, max-age=60']] })).toBe(60_000);
    expect(freshnessLifetime({ status: 200, storedAt: NOW, headers: [['Expires', new Date(NOW + 30_000).toUTCString()]] })).toBe(30_000);
    expect(freshnessLifetime({ status: 200, storedAt: NOW, headers: [['Last-Modified', new Date(NOW - 100_000).toUTCString()]] })).toBe(10_000);
    expect(freshnessLifetime({ status: 200, storedAt: NOW, headers: [] })).toBe(0);
  });
  it('is stale once its age (Age header included) reaches the lifetime, and always with no-cache', () => {
    const [entry] = store([], key(), answer([['Cache-Control', 'max-age=60'], ['Age', '50']]), NOW);
    expect(isFresh(entry!, NOW + 9_000)).toBe(true);
    expect(isFresh(entry!, NOW + 10_000)).toBe(false);
    const [noCache] = store([], key(), answer([['Cache-Control', 'no-cache, max-age=600']]), NOW);
    expect(isFresh(noCache!, NOW)).toBe(false);
  });
});

describe('planFetch', () => {
  const fresh = store([], key(), answer([['Cache-Control', 'max-age=600'], ['ETag', '"v1"']]), NOW);
  it('uses a fresh answer, and asks the network when nothing is stored', () => {
    expect(planFetch(fresh, key(), NOW).kind).toBe('hit');
    expect(planFetch([], key(), NOW)).toEqual({ kind: 'network', extraHeaders: [], store: true });
  });
  it('revalidates with the stored validators when stale, when Vary does not match, and in no-cache mode', () => {
    const stale = planFetch(fresh, key(), NOW + 601_000);
    expect(stale).toMatchObject({ kind: 'revalidate', why: 'stale', extraHeaders: [['If-None-Match', '"v1"']] });
    const varied = store([], key(), answer([['Cache-Control', 'max-age=600'], ['ETag', '"v1"'], ['Vary', 'Origin']]), NOW);
    expect(planFetch(varied, key({ headers: [['Origin', 'http://admin.playground.localhost:5173']] }), NOW)).toMatchObject({ kind: 'revalidate', why: 'vary' });
    expect(planFetch(fresh, key({ mode: 'no-cache' }), NOW)).toMatchObject({ kind: 'revalidate', extraHeaders: [['Cache-Control', 'max-age=0'], ['If-None-Match', '"v1"']] });
  });
  it('follows each cache mode', () => {
    expect(planFetch(fresh, key({ mode: 'reload' }), NOW)).toEqual({ kind: 'network', extraHeaders: [['Pragma', 'no-cache'], ['Cache-Control', 'no-cache']], store: true });
    expect(planFetch(fresh, key({ mode: 'no-store' }), NOW)).toMatchObject({ kind: 'network', store: false });
    expect(planFetch(fresh, key({ mode: 'force-cache' }), NOW + 10_000_000)).toMatchObject({ kind: 'hit', why: 'force-cache' });
    expect(planFetch(fresh, key({ mode: 'only-if-cached' }), NOW)).toMatchObject({ kind: 'hit', why: 'only-if-cached' });
    expect(planFetch([], key({ mode: 'only-if-cached' }), NOW)).toEqual({ kind: 'only-if-cached-miss' });
  });
  it('keeps partitions, methods and opaque frames apart; a conditional header from script bypasses the cache', () => {
    expect(planFetch(fresh, key({ partition: 'http://evil.localhost' }), NOW).kind).toBe('network');
    expect(planFetch(fresh, key({ method: 'POST' }), NOW)).toMatchObject({ kind: 'network', store: false });
    expect(planFetch(fresh, key({ partition: null }), NOW)).toMatchObject({ kind: 'network', store: false });
    expect(planFetch(fresh, key({ headers: [['If-None-Match', '"v1"']] }), NOW)).toMatchObject({ kind: 'network', store: false });
  });
});

describe('storage and 304 updates', () => {
  it('stores GET answers that are not no-store, redirects or partial', () => {
    expect(storable('GET', 200, [])).toBe(true);
    expect(storable('GET', 200, [['Cache-Control', 'no-store']])).toBe(false);
    expect(storable('GET', 302, [])).toBe(false);
    expect(storable('POST', 200, [])).toBe(false);
  });
  it('merges a 304: its headers replace the stored ones of that name, the others (ACAO) stay', () => {
    const [entry] = store([], key(), answer([['Access-Control-Allow-Origin', 'http://app.playground.localhost:5173'], ['Cache-Control', 'no-cache'], ['ETag', '"v1"']]), NOW);
    const merged = mergeNotModified(entry!, [['Cache-Control', 'max-age=5'], ['ETag', '"v2"']], key(), NOW + 1);
    expect(merged.headers).toEqual([['Access-Control-Allow-Origin', 'http://app.playground.localhost:5173'], ['ETag', '"v1"'], ['Cache-Control', 'max-age=5']]);
    expect(merged.status).toBe(200);
    const withCors = mergeNotModified(entry!, [['Access-Control-Allow-Origin', 'http://admin.playground.localhost:5173']], key(), NOW + 1);
    expect(withCors.headers[withCors.headers.length - 1]).toEqual(['Access-Control-Allow-Origin', 'http://admin.playground.localhost:5173']);
  });
  it('keeps at most MAX_STORED answers, the newest', () => {
    let responses = store([], key(), answer([]), NOW);
    for (let i = 0; i < MAX_STORED + 5; i++) responses = store(responses, key({ url: `${URL_A}?${i}` }), answer([]), NOW);
    expect(responses).toHaveLength(MAX_STORED);
    expect(responses.some((r) => r.url === URL_A)).toBe(false);
  });
});
