import { describe, expect, it } from 'vitest';
import type { RunResult } from '../runner/protocol.ts';
import { isLeak, privateFieldsIn } from './leak.ts';

const resolved = (body: string): RunResult => ({
  settled: 'resolved', status: 200, statusText: 'OK', type: 'cors', url: '', redirected: false, headers: [], body, bodyTruncated: false,
});
// The body the API really sends a request that carries the login cookie (server/victim.test.ts checks the server side).
const withUser = resolved('{"ok":true,"method":"GET","path":"/data","redirected":false,"user":{"name":"Alice Example","email":"alice@bank.example","balance":"€ 12,345.67"}}');
const withoutUser = resolved('{"ok":true,"method":"GET","path":"/data","redirected":false}');

describe('isLeak', () => {
  it('flags an untrusted origin that read the private data', () => {
    for (const from of ['sibling', 'cross-site', 'null'] as const) expect(isLeak({ from, result: withUser })).toBe(true);
  });

  it('does not flag the trusted front ends reading their own user’s data', () => {
    for (const from of ['app', 'admin', 'same-origin'] as const) expect(isLeak({ from, result: withUser })).toBe(false);
  });

  it('does not flag an answer without the data, a blocked run, or an opaque one', () => {
    expect(isLeak({ from: 'sibling', result: withoutUser })).toBe(false);
    expect(isLeak({ from: 'sibling', result: { settled: 'rejected', name: 'TypeError', message: 'Failed to fetch' } })).toBe(false);
    expect(isLeak({ from: 'sibling', result: { ...withUser, type: 'opaque', status: 0, body: '' } as RunResult })).toBe(false);
    expect(isLeak({ from: 'sibling', result: null })).toBe(false);
  });

  it('names the private fields found', () => {
    expect(privateFieldsIn((withUser as { body: string }).body)).toEqual(['name', 'email', 'balance']);
  });
});
