// The socket adapter over real loopback connections.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, DEFAULT_HTTP_OPTIONS, type HttpOptions, type HttpServer, type RequestHandler } from './http.ts';

const echo: RequestHandler = (request) => ({
  status: 200,
  headers: [
    ['X-Method', request.method],
    ['X-Dup', 'one'],
    ['x-dup', 'two'],
  ],
  body: `${request.method} ${request.target} ${Buffer.from(request.body).toString()}`,
});

let running: HttpServer | null = null;
afterEach(async () => {
  await running?.close(100);
  running = null;
});

async function start(handler: RequestHandler = echo, options: Partial<HttpOptions> = {}): Promise<number> {
  running = createHttpServer(handler, { ...DEFAULT_HTTP_OPTIONS, ...options });
  return running.listen(0, '127.0.0.1');
}

/** A raw client: what it received, and whether the server closed the connection. */
class RawClient {
  received = '';
  closed = false;
  private readonly socket: net.Socket;
  private waiters: (() => void)[] = [];

  constructor(port: number) {
    this.socket = net.connect(port, '127.0.0.1');
    this.socket.on('data', (chunk) => {
      this.received += chunk.toString('latin1');
      this.notify();
    });
    this.socket.on('close', () => {
      this.closed = true;
      this.notify();
    });
    this.socket.on('error', () => {});
  }

  send(text: string | Buffer): this {
    this.socket.write(text);
    return this;
  }

  /** Resolves once `done` holds (checked on every chunk and on close). */
  waitFor(done: (client: RawClient) => boolean, ms = 3000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out; received:\n${this.received}`)), ms);
      const check = () => {
        if (!done(this)) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== check);
        resolve();
      };
      this.waiters.push(check);
      check();
    });
  }

  responses(): number {
    return this.received.split('HTTP/1.1 ').length - 1;
  }

  destroy(): void {
    this.socket.destroy();
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

describe('the HTTP adapter on loopback', () => {
  it('answers sequential requests on one kept-alive connection, any method token, lines verbatim', async () => {
    const client = new RawClient(await start());
    client.send('patch /one HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi');
    await client.waitFor((c) => c.received.endsWith('patch /one hi'));
    client.send('chicken /two HTTP/1.1\r\nHost: a\r\n\r\n');
    await client.waitFor((c) => c.received.endsWith('chicken /two '));
    expect(client.closed).toBe(false);
    expect(client.received).toBe(
      'HTTP/1.1 200 OK\r\nX-Method: patch\r\nX-Dup: one\r\nx-dup: two\r\nContent-Length: 13\r\nConnection: keep-alive\r\n\r\npatch /one hi' +
        'HTTP/1.1 200 OK\r\nX-Method: chicken\r\nX-Dup: one\r\nx-dup: two\r\nContent-Length: 13\r\nConnection: keep-alive\r\n\r\nchicken /two ',
    );
    client.destroy();
  });

  it('answers pipelined requests in order and closes after Connection: close', async () => {
    const client = new RawClient(await start());
    client.send('GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    await client.waitFor((c) => c.closed);
    expect(client.responses()).toBe(2);
    expect(client.received.indexOf('GET /a')).toBeLessThan(client.received.indexOf('GET /b'));
    expect(client.received).toContain('Connection: close\r\n\r\nGET /b ');
  });

  it('answers a HEAD request with Content-Length and no body', async () => {
    const client = new RawClient(await start());
    client.send('HEAD /h HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    await client.waitFor((c) => c.closed);
    expect(client.received).toMatch(/Content-Length: 8\r\nConnection: close\r\n\r\n$/);
  });

  it.each([
    ['malformed input', 'GET / HTTP/1.1\r\nHost: a\r\nbroken line\r\n\r\n', '400 Bad Request', 'bad-request'],
    ['a head over 32 KiB', `GET / HTTP/1.1\r\nHost: a\r\nX: ${'a'.repeat(33 * 1024)}\r\n\r\n`, '431 ', 'head-too-large'],
    ['a body over 1 MiB', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2000000\r\n\r\n', '413 ', 'body-too-large'],
    ['an unsupported transfer coding', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n', '501 ', 'not-implemented'],
  ])('answers %s with an error and closes, and keeps serving others', async (_name, text, status, code) => {
    const port = await start();
    const client = new RawClient(port);
    client.send(text);
    await client.waitFor((c) => c.closed);
    expect(client.received.startsWith(`HTTP/1.1 ${status}`)).toBe(true);
    expect(client.received).toContain('Connection: close');
    expect(client.received).toContain(`"error":"${code}"`);

    const next = new RawClient(port).send('GET /still HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    await next.waitFor((c) => c.closed);
    expect(next.received).toContain('GET /still');
  });

  it('reads a chunked body', async () => {
    const client = new RawClient(await start());
    client.send('POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n');
    client.send('4\r\nabcd\r\n');
    client.send('2\r\nef\r\n0\r\n\r\n');
    await client.waitFor((c) => c.closed);
    expect(client.received).toMatch(/POST \/c abcdef$/);
  });

  it('sends 100 Continue to a client that waits for it', async () => {
    const client = new RawClient(await start());
    client.send('PUT /e HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 3\r\nConnection: close\r\n\r\n');
    await client.waitFor((c) => c.received.includes('100 Continue'));
    client.send('xyz');
    await client.waitFor((c) => c.closed);
    expect(client.received).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n[^]*PUT \/e xyz$/);
  });

  it('answers 408 to a head that never ends, and closes an idle connection', async () => {
    const port = await start(echo, { headersTimeoutMs: 150, idleTimeoutMs: 150 });
    const slow = new RawClient(port).send('GET / HTTP/1.1\r\nHost: a\r\n');
    await slow.waitFor((c) => c.closed);
    expect(slow.received.startsWith('HTTP/1.1 408 ')).toBe(true);

    const idle = new RawClient(port);
    await idle.waitFor((c) => c.closed);
    expect(idle.received).toBe('');
  });

  it('refuses to write a header value with CR or LF: a 500 instead, no injected line', async () => {
    const port = await start(() => ({ status: 200, headers: [['X-Bad', 'a\r\nSet-Cookie: x=1']], body: '' }));
    const client = new RawClient(port).send('GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    await client.waitFor((c) => c.closed);
    expect(client.received.startsWith('HTTP/1.1 500 ')).toBe(true);
    expect(client.received).not.toContain('Set-Cookie');
  });

  it('answers 500 when the handler throws, and keeps the connection usable', async () => {
    const port = await start((request) => {
      if (request.target === '/throw') throw new Error('boom');
      return echo(request);
    });
    const client = new RawClient(port).send('GET /throw HTTP/1.1\r\nHost: a\r\n\r\nGET /ok HTTP/1.1\r\nHost: a\r\n\r\n');
    await client.waitFor((c) => c.received.endsWith('GET /ok '));
    expect(client.received.startsWith('HTTP/1.1 500 ')).toBe(true);
    client.destroy();
  });

  it('is understood by an ordinary HTTP client', async () => {
    const port = await start();
    const response = await fetch(`http://127.0.0.1:${port}/via-fetch`, { method: 'POST', body: 'b' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-dup')).toBe('one, two');
    expect(await response.text()).toBe('POST /via-fetch b');
  });

  it('closes idle kept-alive connections on shutdown', async () => {
    const port = await start();
    const client = new RawClient(port).send('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
    await client.waitFor((c) => c.responses() === 1);
    const closing = running!.close(5000);
    await client.waitFor((c) => c.closed, 1000);
    await closing;
    running = null;
  });
});

describe('HTTP/1.x framing edges (RFC 9112)', () => {
  it('closes the connection after an HTTP/1.0 request with Transfer-Encoding (§6.1), even with keep-alive asked', async () => {
    const client = new RawClient(await start());
    client.send('POST /old HTTP/1.0\r\nHost: a\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n');
    await client.waitFor((c) => c.closed);
    expect(client.responses()).toBe(1);
    expect(client.received).toContain('Connection: close\r\n');
  });

  it('sends no 100 Continue to an HTTP/1.0 client (§9.3: it would not understand it)', async () => {
    const client = new RawClient(await start());
    client.send('PUT /e HTTP/1.0\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(client.received).toBe('');
    client.send('xyz');
    await client.waitFor((c) => c.closed);
    expect(client.received).toMatch(/^HTTP\/1\.1 200 OK\r\n[^]*PUT \/e xyz$/);
  });

  it.each([
    ['a body over 1 MiB (413)', 'HEAD /h HTTP/1.1\r\nHost: a\r\nContent-Length: 2000000\r\n\r\n', '413 '],
    ['an unsupported transfer coding (501)', 'HEAD /h HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n', '501 '],
    ['a malformed header line (400)', 'HEAD /h HTTP/1.1\r\nHost: a\r\nbroken line\r\n\r\n', '400 '],
  ])('answers HEAD with %s without a body', async (_name, text, status) => {
    const client = new RawClient(await start());
    client.send(text);
    await client.waitFor((c) => c.closed);
    expect(client.received.startsWith(`HTTP/1.1 ${status}`)).toBe(true);
    expect(client.received).toMatch(/\r\n\r\n$/);
  });

  it('answers a HEAD whose body never arrives with a 408 without a body', async () => {
    const client = new RawClient(await start(echo, { requestTimeoutMs: 100 }));
    client.send('HEAD /h HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc');
    await client.waitFor((c) => c.closed);
    expect(client.received.startsWith('HTTP/1.1 408 ')).toBe(true);
    expect(client.received).toMatch(/\r\n\r\n$/);
  });
});
