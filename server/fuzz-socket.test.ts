// Property-based fuzzing of the connection adapter over real loopback
// sockets: pipelined requests (good and bad mixed), bad framing (both
// Content-Length and Transfer-Encoding, broken chunks, HTTP/1.0 + chunked),
// huge header counts, every method token, random bytes. Whatever arrives, the
// bytes sent back are a sequence of well-formed HTTP/1.1 answers (never a
// server failure), and the server keeps answering others.
import { deflateRawSync } from 'node:zlib';
import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, expect } from 'vitest';
import { toBase64Url } from '../src/scenario/api-path.ts';
import { handle } from './handler.ts';
import { createHttpServer, DEFAULT_HTTP_OPTIONS, type HttpServer } from './http.ts';
import net from 'node:net';
import { API_HOST, SESSION, testDeps } from './test-helpers.ts';

/**
 * Sends the bytes and resolves with everything received until the server
 * closes. A reset counts as a close: closing after an error answer while the
 * client is still sending makes the kernel reset the connection, and what was
 * received before it is still checked.
 */
function rawExchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text, 'latin1'));
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('close', () => resolve(received));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve(received) : reject(error)));
    socket.setTimeout(5000, () => socket.destroy(new Error(`no close; received:\n${received}`)));
  });
}

// Short deadlines: an incomplete request is answered 408 (or an idle one closed) quickly; not so short
// that a busy event loop (timers run before reads) closes the follow-up ping before reading it.
let server: HttpServer;
let port = 0;
beforeAll(async () => {
  const deps = testDeps();
  server = createHttpServer((request) => handle('api', request, deps), { ...DEFAULT_HTTP_OPTIONS, idleTimeoutMs: 120, headersTimeoutMs: 120, requestTimeoutMs: 120 });
  port = await server.listen(0, '127.0.0.1');
});
afterAll(() => server.close(100));

const config = '1' + toBase64Url(deflateRawSync(Buffer.from(JSON.stringify({ type: 'raw', preflight: { status: 204, headers: [['Access-Control-Allow-Origin', '{origin}']] }, actual: { status: 200, headers: [['Access-Control-Allow-Origin', '*'], ['X-Echo', '{origin}']] } }))));
const target = `/s/${SESSION}/${config}/data`;

const method = fc.oneof(fc.constantFrom('GET', 'HEAD', 'POST', 'OPTIONS', 'patch'), fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,10}$/));
const headerLine = fc.oneof(
  fc.constantFrom('Origin: http://app.playground.localhost:5173', 'Expect: 100-continue', 'Connection: close', 'Connection: keep-alive', 'Transfer-Encoding: chunked', 'Transfer-Encoding: gzip, chunked', 'Content-Length: 5', 'Content-Length: 5, 6', 'Content-Length: -1', 'Access-Control-Request-Method: PUT', 'X-Bad\x00: v', 'X: \x7f', ' folded', 'Origin: ÿé'),
  fc.tuple(fc.stringMatching(/^[A-Za-z-]{1,12}$/), fc.string({ maxLength: 30 })).map(([n, v]) => `${n}: ${v.replace(/[\r\n]/g, '')}`),
  fc.nat({ max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => `X-H${i}: ${i}`).join('\r\n')),
);
const body = fc.oneof(fc.constant(''), fc.constant('hello'), fc.constant('5\r\nhello\r\n0\r\n\r\n'), fc.constant('zz\r\nbad\r\n'), fc.string({ maxLength: 20 }));
const oneRequest = fc.record({ method, version: fc.constantFrom('1.1', '1.1', '1.0', '2.0', '1.1 '), lines: fc.array(headerLine, { maxLength: 5 }), body, path: fc.constantFrom(target, '/__ping', '/nowhere', '*', target + '?' + 'q'.repeat(40_000)) })
  .map((r) => `${r.method} ${r.path} HTTP/${r.version}\r\nHost: ${API_HOST}\r\n${r.lines.map((l) => l + '\r\n').join('')}\r\n${r.body}`);
const stream = fc.oneof(
  { weight: 4, arbitrary: fc.array(oneRequest, { minLength: 1, maxLength: 4 }).map((rs) => rs.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')) },
);

/** Splits what came back into answers, checking each one's syntax and framing. */
function answersIn(received: string): number[] {
  const statuses: number[] = [];
  let rest = received;
  while (rest.length > 0) {
    const end = rest.indexOf('\r\n\r\n');
    expect(end, `an unterminated head: ${JSON.stringify(rest.slice(0, 200))}`).toBeGreaterThan(0);
    const [statusLine = '', ...lines] = rest.slice(0, end).split('\r\n');
    const status = /^HTTP\/1\.1 (\d{3}) [^\r\n]*$/.exec(statusLine);
    expect(status, statusLine).not.toBeNull();
    let length = 0;
    for (const line of lines) {
      expect(line).toMatch(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+: [\t\x20-\x7e\x80-\xff]*$/);
      if (/^content-length:/i.test(line)) length = Number(line.slice(line.indexOf(':') + 1));
    }
    statuses.push(Number(status![1]));
    const code = Number(status![1]);
    // 1xx, 204, 304 and answers to HEAD carry no body (their Content-Length describes a GET's).
    const bodyless = code < 200 || code === 204 || code === 304 || rest.indexOf('HTTP/1.1 ', end) === end + 4 || end + 4 === rest.length;
    rest = rest.slice(end + 4 + (bodyless ? 0 : length));
  }
  return statuses;
}

test.prop([stream], { numRuns: 250 })(
  'any bytes on a connection get well-formed answers, never a server failure, and the server stays up',
  async (bytes) => {
    const received = await rawExchange(port, bytes);
    for (const status of answersIn(received)) expect(status).not.toBe(500);
    const next = await rawExchange(port, `GET /__ping HTTP/1.1\r\nHost: ${API_HOST}\r\nConnection: close\r\n\r\n`);
    expect(next.startsWith('HTTP/1.1 204 ')).toBe(true);
  },
  120_000,
);
