import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { apiUrl, fromBase64Url, parseApiPath, toBase64Url } from './api-path.ts';
import { encodeServerSide } from './wire.ts';
import { decodeServerSide } from './wire-decode.ts';
import { DEFAULT_POLICY, PRESETS } from './defaults.ts';
import type { ServerSide } from './types.ts';

const inflate = (bytes: Uint8Array, max: number) => inflateRawSync(bytes, { maxOutputLength: max });

describe('base64url', () => {
  it('matches Node for every length modulo 3', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', '\u00ff\u00fe\u00fd?>']) {
      const bytes = new TextEncoder().encode(text);
      expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      expect(Array.from(fromBase64Url(toBase64Url(bytes))!)).toEqual(Array.from(bytes));
    }
  });
  it('refuses characters outside the alphabet', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('a')).toBeNull();
  });
});

describe('server side in the URL', () => {
  it('round-trips every preset and stays short', async () => {
    for (const preset of PRESETS) {
      const server: ServerSide = { type: 'policy', policy: preset.policy };
      const text = await encodeServerSide(server);
      expect(text.length).toBeLessThan(400);
      expect(decodeServerSide(text, inflate)).toEqual({ ok: true, server });
    }
  });
  it('round-trips raw lines verbatim, duplicates and bad values included', async () => {
    const server: ServerSide = {
      type: 'raw',
      preflight: { status: 200, headers: [['Access-Control-Allow-Methods', 'Bad method name'], ['access-control-allow-origin', '{origin}']] },
      actual: { status: 200, headers: [['Access-Control-Allow-Origin', '*'], ['Access-Control-Allow-Origin', '*'], ['Access-Control-Allow-Credentials', 'True']] },
    };
    expect(decodeServerSide(await encodeServerSide(server), inflate)).toEqual({ ok: true, server });
  });
  it('explains what is wrong with a malformed config', async () => {
    expect(decodeServerSide('9abc', inflate)).toMatchObject({ ok: false, error: expect.stringContaining('version') });
    expect(decodeServerSide('1***', inflate)).toMatchObject({ ok: false, error: expect.stringContaining('base64url') });
    expect(decodeServerSide('1' + toBase64Url(new Uint8Array([1, 2, 3])), inflate)).toMatchObject({ ok: false });
    const wrongShape = await encodeServerSide({ type: 'policy', policy: { ...DEFAULT_POLICY, maxAge: 'ten' } } as unknown as ServerSide);
    expect(decodeServerSide(wrongShape, inflate)).toMatchObject({ ok: false, error: expect.stringContaining('server.policy.maxAge') });
  });
  it('reads the shape only: what the server may not send is refused by the server (server/handler.test.ts)', async () => {
    const refused: ServerSide = { type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 200, headers: [['Set-Cookie', 'a=b']] } };
    expect(decodeServerSide(await encodeServerSide(refused), inflate)).toEqual({ ok: true, server: refused });
  });
  it('bounds the inflated size (no zip bombs)', async () => {
    const huge = await encodeServerSide({ type: 'policy', policy: { ...DEFAULT_POLICY, exposeHeaders: ['x'.repeat(100_000)] } });
    expect(decodeServerSide(huge, inflate)).toMatchObject({ ok: false, error: expect.stringContaining('could not be read') });
  });
});

describe('API URL layout', () => {
  const session = 'abcdefghijklmnop';
  it('splits what apiUrl joins', () => {
    const url = apiUrl('http://api.x.localhost:8787', session, '1abc', '/api/data?x=1');
    expect(url).toBe('http://api.x.localhost:8787/s/abcdefghijklmnop/1abc/api/data?x=1');
    expect(parseApiPath(url.slice('http://api.x.localhost:8787'.length))).toEqual({ session, config: '1abc', path: '/api/data?x=1', redirected: false });
    expect(parseApiPath(`/r/${session}/1abc?q`)).toEqual({ session, config: '1abc', path: '/?q', redirected: true });
  });
  it('refuses short or odd session ids and other paths', () => {
    expect(parseApiPath('/s/short/1abc/x')).toBeNull();
    expect(parseApiPath('/s/abc%2Fdefghijklmnopq/1abc/x')).toBeNull();
    expect(parseApiPath('/__log/abcdefghijklmnop')).toBeNull();
  });
});
