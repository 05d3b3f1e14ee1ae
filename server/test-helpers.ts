// Shared set-up for the handler tests: real dependencies (a real log, real
// zlib, real files in a temporary directory), a fixed deployment, and a
// builder for requests as the socket adapter would pass them.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { makeDeployment, makeFallbackDeployment } from '../src/scenario/origins.ts';
import type { HeaderList } from '../src/scenario/types.ts';
import type { HandlerDeps } from './handler.ts';
import { ConfigCache } from './config-cache.ts';
import { inflateRaw } from './inflate.ts';
import type { HandlerRequest } from './messages.ts';
import { MemoryRecord } from './record.ts';
import { RequestLog } from './request-log.ts';
import { createStaticFiles } from './static-files.ts';
import { createSessionIds } from './session-ids.ts';

/** One key for every test: SESSION verifies in testDeps(), an id made up does not. */
export const testSessions = createSessionIds(new Uint8Array(32).fill(7));
export const SESSION = testSessions.issue();
export const deployment = makeDeployment('playground.localhost', 5173, 8787);
export const fallback = makeFallbackDeployment(5173, 8787);
export const API_HOST = 'api.playground.localhost:8787';
export const APP_HOST = 'app.playground.localhost:5173';
/** The content of a file just outside STATIC_DIR, which must never be served. */
export const SECRET_CONTENT = 'do-not-serve-this';

/** A STATIC_DIR with an index, the runner, a hashed asset, and a secret just outside it. */
export function makeStaticDir(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-static-'));
  const root = path.join(parent, 'dist');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(root, 'runner.html'), '<!doctype html><title>runner</title>');
  fs.writeFileSync(path.join(root, 'assets', 'main-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'main-abc123.css'), 'body{}');
  fs.writeFileSync(path.join(parent, 'secret.txt'), SECRET_CONTENT);
  fs.symlinkSync(path.join(parent, 'secret.txt'), path.join(root, 'link.txt'));
  return root;
}

/** The log is this process's own (tests read it directly); `live` is a separate record for the stream's tests. */
export function testDeps(staticDir = makeStaticDir()): HandlerDeps & { log: RequestLog } {
  let cookies = 0;
  return {
    deployment,
    fallback,
    log: new RequestLog(),
    live: new MemoryRecord(),
    sessions: testSessions,
    inflateRaw,
    configs: new ConfigCache(),
    newCookieValue: () => `cookie-${++cookies}`,
    staticFiles: createStaticFiles(staticDir),
  };
}

export function request(
  method: string,
  target: string,
  headers: HeaderList = [['Host', API_HOST]],
  body = '',
  keepAlive = true,
): HandlerRequest {
  return { method, target, headers, body: new TextEncoder().encode(body), keepAlive };
}

export function jsonOf(body: string | Uint8Array): unknown {
  return JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
}

/** Sends raw bytes on a fresh loopback connection and resolves with everything received until the server closes it. */
export function rawExchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error(`no close; received:\n${received}`)));
  });
}

/** Status, header lines in order, and body of one raw HTTP/1.1 response. */
export function parseRawResponse(raw: string): { status: number; headers: HeaderList; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = raw.slice(0, split).split('\r\n');
  const headers = lines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon), line.slice(colon + 2)];
  });
  return { status: Number(statusLine.split(' ')[1]), headers, body: raw.slice(split + 4) };
}

/** Two playgrounds in this process sharing one real redis-server and one SESSION_SECRET, as two instances behind a proxy. */
export async function startRedisPair(appPublicPort: number, apiPublicPort: number, name: string) {
  const { freePort, startRedis } = await import('../scripts/cluster/local.mjs');
  const { startPlayground } = await import('./playground.ts');
  const redis = await startRedis({ port: await freePort(9500, 9599), dir: fs.mkdtempSync(path.join(os.tmpdir(), `pg-${name}-`)) });
  const config = {
    host: '127.0.0.1', appPort: 0, apiPort: 0, appPublicPort, apiPublicPort, site: 'playground.localhost',
    staticDir: makeStaticDir(), redisUrl: redis.url, sessionSecret: 's'.repeat(40),
  };
  const [a, b] = [await startPlayground(config), await startPlayground(config)];
  return { redis, a, b, stop: () => Promise.all([a.close(100), b.close(100)]).then(() => redis.stop()) };
}
