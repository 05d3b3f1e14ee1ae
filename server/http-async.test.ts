// The socket adapter with answers that come later (the shared record is read
// first) and with a streamed answer (the record's live events), over real
// loopback connections; and the live stream of a playground in memory.
import { afterEach, describe, expect, it } from 'vitest';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { createHttpServer, DEFAULT_HTTP_OPTIONS, type HttpServer } from './http.ts';
import type { HandlerRequest, HandlerResponse } from './messages.ts';
import { startPlayground, type Playground } from './playground.ts';
import { makeStaticDir, rawExchange } from './test-helpers.ts';
import net from 'node:net';

let running: HttpServer | null = null;
let playground: Playground | null = null;
afterEach(async () => {
  await running?.close(100);
  await playground?.close(100);
  running = playground = null;
});

/** Connects, writes `text`, and resolves with what arrived once `until` matches it. */
function receiveUntil(port: number, text: string, until: RegExp, then?: (received: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    let done = false;
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      then?.(received);
      if (!done && until.test(received)) {
        done = true;
        socket.destroy();
        resolve(received);
      }
    });
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error(`timed out; received:\n${received}`)));
  });
}

describe('answers that come later', () => {
  it('writes pipelined answers in request order, whichever resolves first', async () => {
    const delays: Record<string, number> = { '/slow': 80, '/fast': 0 };
    const handler = (request: HandlerRequest): Promise<HandlerResponse> =>
      new Promise((resolve) => setTimeout(() => resolve({ status: 200, headers: [], body: request.target }), delays[request.target] ?? 0));
    running = createHttpServer(handler, DEFAULT_HTTP_OPTIONS);
    const port = await running.listen(0, '127.0.0.1');
    const raw = await rawExchange(port, 'GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(raw.match(/\r\n\r\n\/(slow|fast)/g)).toEqual(['\r\n\r\n/slow', '\r\n\r\n/fast']);
  });

  it('answers 500 when a later answer fails, and a streamed answer goes on until the connection closes', async () => {
    let stopped = false;
    const handler = (request: HandlerRequest): HandlerResponse | Promise<HandlerResponse> => {
      if (request.target === '/fail') return Promise.reject(new Error('boom'));
      return {
        status: 200, headers: [['Content-Type', 'text/event-stream']], body: '',
        stream: (send) => {
          send('data: 1\n\n');
          setTimeout(() => send('data: 2\n\n'), 30);
          return () => (stopped = true);
        },
      };
    };
    running = createHttpServer(handler, DEFAULT_HTTP_OPTIONS);
    const port = await running.listen(0, '127.0.0.1');
    expect(await rawExchange(port, 'GET /fail HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(/^HTTP\/1\.1 500 [^]*boom/);
    const streamed = await receiveUntil(port, 'GET /events HTTP/1.1\r\nHost: x\r\n\r\n', /data: 2\n\n/);
    expect(streamed).not.toMatch(/Content-Length/i);
    expect(streamed).toMatch(/Connection: close\r\n\r\ndata: 1\n\ndata: 2\n\n$/);
    await expect.poll(() => stopped).toBe(true);
  });
});

describe('the record\'s live stream (memory)', () => {
  it('tells the page of each entry of its session as it is recorded', async () => {
    playground = await startPlayground({ host: '127.0.0.1', appPort: 0, apiPort: 0, appPublicPort: null, apiPublicPort: null, site: 'playground.localhost', staticDir: makeStaticDir() });
    const appHost = new URL(playground.deps.deployment.app).host;
    const apiHost = new URL(playground.deps.deployment.api).host;
    const session = playground.deps.sessions.issue();
    const config = await encodeServerSide({ type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 200, headers: [] } });
    let sent = false;
    const events = await receiveUntil(playground.appPort, `GET /__log/${session}/stream HTTP/1.1\r\nHost: ${appHost}\r\n\r\n`, /event: entry\ndata: \{"type":"entry","seq":2\}/, (received) => {
      if (sent || !received.includes('retry: 1000')) return;
      sent = true;
      const experiment = `OPTIONS /s/${session}/${config}/a HTTP/1.1\r\nHost: ${apiHost}\r\n\r\nPUT /s/${session}/${config}/a HTTP/1.1\r\nHost: ${apiHost}\r\nConnection: close\r\n\r\n`;
      void rawExchange(playground!.apiPort, experiment);
    });
    expect(events).toMatch(/^HTTP\/1\.1 200 OK\r\nContent-Type: text\/event-stream\r\n/);
    expect(events).toContain('event: entry\ndata: {"type":"entry","seq":1}\n\n');
    // A made-up session gets no stream.
    const forged = await rawExchange(playground.appPort, `GET /__log/${'x'.repeat(44)}/stream HTTP/1.1\r\nHost: ${appHost}\r\nConnection: close\r\n\r\n`);
    expect(forged).toMatch(/^HTTP\/1\.1 400 [^]*bad-session/);
  });
});
