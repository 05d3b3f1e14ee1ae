// The API's other channels over real loopback sockets: the event stream an
// EventSource reads, the image and the script an <img> and a <script> load, and
// the WebSocket endpoint (RFC 6455 by hand: a masked client frame, the
// server's frames), with its Origin check and its bounds.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../src/scenario/defaults.ts';
import type { Policy } from '../src/scenario/types.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { startPlayground, type Playground } from './playground.ts';
import { makeStaticDir, parseRawResponse, rawExchange } from './test-helpers.ts';
import { parseFrame, WS_LIMITS } from './websocket.ts';
import type { LogAnswer } from '../src/scenario/log-types.ts';

let playground: Playground;
let SESSION = '';
let apiHost = '';
let appHost = '';

async function getOnApp(target: string): Promise<{ status: number; body: string }> {
  return parseRawResponse(await rawExchange(playground.appPort, `GET ${target} HTTP/1.1\r\nHost: ${appHost}\r\nConnection: close\r\n\r\n`));
}

beforeAll(async () => {
  const config = { host: '127.0.0.1', appPort: 0, appPublicPort: null, apiPort: 0, site: 'playground.localhost', staticDir: makeStaticDir() };
  playground = await startPlayground(config);
  apiHost = new URL(playground.deps.deployment.api).host;
  appHost = new URL(playground.deps.deployment.app).host;
  SESSION = (JSON.parse((await getOnApp('/__session')).body) as { session: string }).session;
});
afterAll(() => playground.close(100));

async function target(policy: Partial<Policy>, path = '/api/data'): Promise<string> {
  return `/s/${SESSION}/${await encodeServerSide({ type: 'policy', policy: { ...DEFAULT_POLICY, ...policy } })}${path}`;
}

async function get(path: string, headers: string[]): Promise<{ status: number; headers: [string, string][]; body: string }> {
  const head = [`GET ${path} HTTP/1.1`, `Host: ${apiHost}`, 'Connection: close', ...headers, '', ''].join('\r\n');
  return parseRawResponse(await rawExchange(playground.apiPort, head));
}

const header = (lines: [string, string][], name: string) => lines.find(([n]) => n.toLowerCase() === name)?.[1];
const app = () => playground.deps.deployment.app;

describe('what each kind of request gets back', () => {
  it('an EventSource gets a text/event-stream of three events, under the same CORS headers', async () => {
    const path = await target({ allowOrigin: { type: 'list', origins: [app()] } });
    const answer = await get(path, [`Origin: ${app()}`, 'Accept: text/event-stream', 'Cache-Control: no-cache']);
    expect(answer.status).toBe(200);
    expect(header(answer.headers, 'content-type')).toBe('text/event-stream');
    expect(header(answer.headers, 'access-control-allow-origin')).toBe(app());
    const events = answer.body.split('\n\n').filter((e) => e.startsWith('data: '));
    expect(events).toHaveLength(3);
    expect(JSON.parse(events[2]!.slice('data: '.length))).toMatchObject({ event: 3, path: '/api/data' });
    expect(answer.body.startsWith('retry: 60000')).toBe(true);
  });

  it('an <img> gets an SVG image 40 wide, a <script> gets JavaScript, a form post and fetch() get JSON', async () => {
    const path = await target({});
    const image = await get(path, ['Sec-Fetch-Dest: image', 'Accept: image/avif,image/webp,*/*;q=0.8']);
    expect(header(image.headers, 'content-type')).toBe('image/svg+xml');
    expect(image.body).toMatch(/^<svg [^>]*width="40"/);
    const script = await get(path, ['Sec-Fetch-Dest: script', 'Accept: */*']);
    expect(header(script.headers, 'content-type')).toBe('text/javascript');
    const frame = await get(path, ['Sec-Fetch-Dest: iframe', 'Accept: text/html']);
    expect(header(frame.headers, 'content-type')).toBe('application/json');
    expect(header(frame.headers, 'x-content-type-options')).toBe('nosniff');
  });
});

/** A WebSocket client on a raw socket: the handshake's answer, then every server frame's text until close. */
function openWebSocket(path: string, origin: string, send: string[] = []): Promise<{ head: string; messages: string[]; closeCode: number | null }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(playground.apiPort, '127.0.0.1');
    let data = Buffer.alloc(0);
    let head: string | null = null;
    const messages: string[] = [];
    let closeCode: number | null = null;
    socket.on('connect', () => {
      socket.write([`GET ${path} HTTP/1.1`, `Host: ${apiHost}`, 'Upgrade: websocket', 'Connection: Upgrade',
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Version: 13', `Origin: ${origin}`, '', ''].join('\r\n'));
    });
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      if (head === null) {
        const end = data.indexOf('\r\n\r\n');
        if (end < 0) return;
        head = data.subarray(0, end).toString('latin1');
        data = data.subarray(end + 4);
        if (!head.startsWith('HTTP/1.1 101')) return void socket.end();
        for (const text of send) socket.write(maskedText(text));
      }
      for (;;) {
        const f = parseFrame(data, 1 << 16);
        if ('incomplete' in f || 'tooLarge' in f) return;
        data = data.subarray(f.size);
        if (f.opcode === 0x1) messages.push(f.payload.toString('utf8'));
        if (f.opcode === 0x8) {
          closeCode = f.payload.readUInt16BE(0);
          socket.end();
        }
      }
    });
    socket.on('close', () => resolve({ head: head ?? '', messages, closeCode }));
    socket.on('error', reject);
    socket.setTimeout(WS_LIMITS.lifetimeMs + 3000, () => socket.destroy(new Error('no close')));
  });
}

function maskedText(text: string): Buffer {
  const payload = Buffer.from(text);
  const mask = Buffer.from([1, 2, 3, 4]);
  const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  const length = payload.length < 126 ? [0x80 | payload.length] : [0x80 | 126, payload.length >> 8, payload.length & 0xff];
  return Buffer.concat([Buffer.from([0x81, ...length]), mask, masked]);
}

function closeSoon(text = 'bye'): string[] {
  // 17 messages: one past the bound, so the server closes with 1008 without waiting for its lifetime.
  return Array.from({ length: WS_LIMITS.messages + 1 }, () => text);
}

describe('the WebSocket endpoint', () => {
  it('opens for any Origin by default (the browser checks nothing), answers each message, and is recorded', async () => {
    const evil = playground.deps.deployment.crossSite;
    const ws = await openWebSocket(await target({}), evil, closeSoon());
    expect(ws.head).toMatch(/^HTTP\/1\.1 101/);
    // RFC 6455 1.3's own example key and accept value.
    expect(ws.head).toContain('Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
    expect(JSON.parse(ws.messages[0]!)).toEqual({ type: 'welcome', path: '/api/data' });
    expect(JSON.parse(ws.messages[1]!)).toEqual({ type: 'reply', path: '/api/data', received: 'bye' });
    expect(ws.messages).toHaveLength(1 + WS_LIMITS.messages);
    expect(ws.closeCode).toBe(1008);
    const log = JSON.parse((await getOnApp(`/__log/${SESSION}`)).body) as LogAnswer;
    const last = log.entries.at(-1)!;
    expect(last.response.status).toBe(101);
    expect(last.headers).toContainEqual(['Origin', evil]);
  });

  it('with wsCheckOrigin, refuses an Origin its allowOrigin does not allow (403) and opens for one it does', async () => {
    const path = await target({ wsCheckOrigin: true, allowOrigin: { type: 'list', origins: [app()] } });
    const refused = await openWebSocket(path, playground.deps.deployment.crossSite);
    expect(refused.head).toMatch(/^HTTP\/1\.1 403/);
    const opened = await openWebSocket(path, app(), closeSoon());
    expect(opened.head).toMatch(/^HTTP\/1\.1 101/);
  });

  it('closes with 1009 on a message over the size bound', async () => {
    const ws = await openWebSocket(await target({}), app(), ['x'.repeat(WS_LIMITS.messageBytes + 1)]);
    expect(ws.closeCode).toBe(1009);
  });

  it('refuses a bad handshake with 400, and a fifth socket of one session with 429, while other requests are answered', async () => {
    const path = await target({});
    const bad = await get(path, ['Upgrade: websocket', 'Connection: Upgrade', 'Sec-WebSocket-Version: 8']);
    expect(bad.status).toBe(400);
    const held = Array.from({ length: WS_LIMITS.perSession }, () => openWebSocket(path, app()));
    await new Promise((r) => setTimeout(r, 300));
    const fifth = await openWebSocket(path, app());
    expect(fifth.head).toMatch(/^HTTP\/1\.1 429/);
    expect((await get(path, [])).status).toBe(200);
    await Promise.all(held);
  }, WS_LIMITS.lifetimeMs + 5000);
});
