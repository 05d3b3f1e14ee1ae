import { describe, expect, it } from 'vitest';
import { framedHeaders, serializeResponse, unwritableReason } from './http-write.ts';

describe('framing', () => {
  it('adds Content-Length in bytes, then Connection, after the handler’s own lines', () => {
    const response = { status: 200, headers: [['X-A', '1']] as [string, string][], body: 'é✓' };
    expect(framedHeaders(response, true)).toEqual([
      ['X-A', '1'],
      ['Content-Length', '5'],
      ['Connection', 'keep-alive'],
    ]);
  });

  it('gives 204 and 304 no Content-Length', () => {
    for (const status of [204, 304]) {
      expect(framedHeaders({ status, headers: [], body: '' }, false)).toEqual([['Connection', 'close']]);
    }
  });
});

describe('what may be written', () => {
  it.each([
    [101, [], 'status'],
    [1000, [], 'status'],
    [200.5, [], 'status'],
    [200, [['Bad Name', 'x']], 'not a token'],
    [200, [['X-A', 'a\r\nSet-Cookie: x=1']], 'CR, LF'],
    [200, [['X-A', 'a\nb']], 'CR, LF'],
    [200, [['X-A', 'a\0b']], 'CR, LF'],
    [200, [['X-A', 'check ✓']], 'Latin-1'],
  ] as const)('refuses status %s with %j', (status, headers, reason) => {
    const lines = headers.map(([n, v]) => [n, v] as [string, string]);
    expect(unwritableReason({ status, headers: lines, body: '' })).toContain(reason);
  });

  it('accepts broken-but-safe CORS lines and Latin-1 text', () => {
    const headers: [string, string][] = [
      ['Access-Control-Allow-Origin', ''],
      ['access-control-allow-credentials', 'True'],
      ['X-Name', 'café'],
    ];
    expect(unwritableReason({ status: 599, headers, body: '' })).toBeNull();
  });
});

describe('serialization', () => {
  it('writes the status line, the lines in order as Latin-1, and the body', () => {
    const bytes = serializeResponse({ status: 418, headers: [], body: 'tea' }, [['X-Name', 'café'], ['x-name', 'b']], 'GET');
    expect(bytes.toString('latin1')).toBe("HTTP/1.1 418 I'm a Teapot\r\nX-Name: café\r\nx-name: b\r\n\r\ntea");
    expect(bytes.indexOf(0xe9)).toBeGreaterThan(0);
  });

  it('leaves the body out for HEAD and for 204', () => {
    expect(serializeResponse({ status: 200, headers: [], body: 'abc' }, [['Content-Length', '3']], 'HEAD').toString()).toBe(
      'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n',
    );
    expect(serializeResponse({ status: 204, headers: [], body: 'abc' }, [], 'GET').toString()).toBe('HTTP/1.1 204 No Content\r\n\r\n');
  });

  it('puts a Latin-1 head and a UTF-8 or byte body into one buffer, byte for byte', () => {
    const text = serializeResponse({ status: 200, headers: [], body: 'é✓' }, [['X-Name', 'café']], 'GET');
    expect([...text]).toEqual([...Buffer.from('HTTP/1.1 200 OK\r\nX-Name: caf\xe9\r\n\r\n', 'latin1'), ...Buffer.from('é✓', 'utf8')]);
    const bytes = serializeResponse({ status: 200, headers: [], body: new Uint8Array([0, 255, 10]) }, [], 'GET');
    expect([...bytes.subarray(-3)]).toEqual([0, 255, 10]);
    expect(bytes.length).toBe('HTTP/1.1 200 OK\r\n\r\n'.length + 3);
  });

  it('writes an empty reason phrase for a status without a name', () => {
    expect(serializeResponse({ status: 299, headers: [], body: '' }, [], 'GET').toString()).toBe('HTTP/1.1 299 \r\n\r\n');
  });
});
