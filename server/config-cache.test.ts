// The decoded-configuration cache: bounded, least recently used first, frozen
// values, and through the handler: one decode per segment, refusals included.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../src/scenario/defaults.ts';
import type { ServerSide } from '../src/scenario/types.ts';
import { encodeServerSide, type DecodeResult } from '../src/scenario/wire.ts';
import { ConfigCache } from './config-cache.ts';
import { handle } from './handler.ts';
import { inflateRaw } from './inflate.ts';
import { API_HOST, deployment, request, SESSION, testDeps } from './test-helpers.ts';

const server: ServerSide = { type: 'policy', policy: DEFAULT_POLICY };
const ok = (): DecodeResult => ({ ok: true, server: structuredClone(server) });

describe('ConfigCache', () => {
  it('reads a key once, then answers from the cache', () => {
    const cache = new ConfigCache();
    let reads = 0;
    const read = () => (reads++, ok());
    const first = cache.get('a', read);
    expect(cache.get('a', read)).toBe(first);
    expect(reads).toBe(1);
  });

  it('drops the least recently used entry beyond its entry limit', () => {
    const cache = new ConfigCache({ entries: 2, bytes: 1e9 });
    const reads: string[] = [];
    const get = (key: string) => cache.get(key, () => (reads.push(key), ok()));
    get('a');
    get('b');
    get('a'); // a is now the most recently used
    get('c'); // evicts b
    get('a');
    get('b');
    expect(reads).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.size).toBe(2);
  });

  it('keeps its rough byte size within the limit, and does not keep an entry larger than all of it', () => {
    const oneEntry = 2 * ('k0'.length + JSON.stringify(ok()).length);
    const cache = new ConfigCache({ entries: 100, bytes: oneEntry * 3 });
    for (let i = 0; i < 10; i++) cache.get(`k${i}`, ok);
    expect(cache.size).toBe(3);
    expect(cache.bytes).toBeLessThanOrEqual(oneEntry * 3);
    const huge = `h${'x'.repeat(oneEntry * 3)}`;
    let reads = 0;
    cache.get(huge, () => (reads++, ok()));
    cache.get(huge, () => (reads++, ok()));
    expect(reads).toBe(2);
    expect(cache.size).toBe(3);
  });

  it('freezes what it keeps, deeply', () => {
    const result = new ConfigCache().get('a', ok);
    const kept = result.ok ? result.server : null;
    if (kept?.type !== 'policy') throw new Error('expected a policy');
    expect(() => kept.policy.exposeHeaders.push('X-Changed')).toThrow(TypeError);
    expect(Object.isFrozen(kept.policy.allowOrigin)).toBe(true);
  });
});

describe('the handler with the cache', () => {
  it('inflates a config segment once for a preflight and many actual requests, and refuses a bad one every time', async () => {
    let inflations = 0;
    const deps = { ...testDeps(), inflateRaw: (bytes: Uint8Array, max: number) => (inflations++, inflateRaw(bytes, max)) };
    const allowing: ServerSide = { type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'any' } } };
    const target = `/s/${SESSION}/${await encodeServerSide(allowing)}/data`;
    const headers: [string, string][] = [['Host', API_HOST], ['Origin', deployment.app]];
    const preflight = handle('api', request('OPTIONS', target, [...headers, ['Access-Control-Request-Method', 'PUT']]), deps);
    expect(preflight.status).toBe(204);
    for (let i = 0; i < 5; i++) expect(handle('api', request('GET', target, headers), deps).headers).toContainEqual(['Access-Control-Allow-Origin', '*']);
    expect(inflations).toBe(1);

    const bad = `/s/${SESSION}/1AAAA/data`;
    const answers = [1, 2].map(() => handle('api', request('GET', bad, headers), deps));
    expect(answers.map((a) => a.status)).toEqual([400, 400]);
    expect(answers[1]!.body).toBe(answers[0]!.body);
    expect(deps.log.read(SESSION).lastSeq).toBe(8);
  });
});
