// Debian's nginx with deploy/nginx.conf.template in front of a playground
// (in this process): what it changes on the way, checked byte for byte. The
// answer's lines come through as the instance wrote them (duplicates, odd
// casing, empty values, in their order) except that nginx writes its own
// Server, Date, Content-Type/Content-Length and Connection lines first; the
// request's lines reach the instance as sent (underscores included), but for
// Connection; a method that is not upper case is refused by nginx itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startNginx, type LocalNginx } from '../scripts/cluster/local.mjs';
import type { LogAnswer } from '../src/scenario/log-types.ts';
import type { HeaderList } from '../src/scenario/types.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { startPlayground, type Playground } from './playground.ts';
import { makeStaticDir, parseRawResponse, rawExchange } from './test-helpers.ts';

let playground: Playground;
let nginx: LocalNginx;
let session = '';
let appHost = '';
let apiHost = '';

beforeAll(async () => {
  const taken = new Set<number>();
  const [appPort, apiPort] = [await freePort(9500, 9599, taken), await freePort(9500, 9599, taken)];
  playground = await startPlayground({
    host: '127.0.0.1', appPort: 0, apiPort: 0, appPublicPort: appPort, apiPublicPort: apiPort, site: 'playground.localhost', staticDir: makeStaticDir(),
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-nginx-test-'));
  nginx = await startNginx({ dir, appPort, apiPort, instances: [{ appPort: playground.appPort, apiPort: playground.apiPort }] });
  appHost = new URL(playground.deps.deployment.app).host;
  apiHost = new URL(playground.deps.deployment.api).host;
  session = (JSON.parse((await get(nginx.appPort, '/__session')).body) as { session: string }).session;
}, 30_000);
afterAll(async () => {
  await nginx?.stop();
  await playground?.close(100);
});

async function get(port: number, target: string) {
  return parseRawResponse(await rawExchange(port, `GET ${target} HTTP/1.1\r\nHost: ${appHost}\r\nConnection: close\r\n\r\n`));
}

async function record(): Promise<LogAnswer> {
  return JSON.parse((await get(nginx.appPort, `/__log/${session}?after=0`)).body) as LogAnswer;
}

const OWN = ['server', 'date', 'content-type', 'content-length', 'connection'];
const withoutOwn = (lines: HeaderList) => lines.filter(([name]) => !OWN.includes(name.toLowerCase()));

describe('nginx in front of the playground', () => {
  it('passes the policy server\'s lines through verbatim, after a head of its own', async () => {
    const lines: HeaderList = [
      ['Access-Control-Allow-Origin', '{origin}'], ['Access-Control-Allow-Origin', '*'], ['access-control-ALLOW-credentials', 'true'],
      ['x-odd-Case', 'a'], ['X-Dup', '1'], ['X-Dup', '2'], ['X-Empty', ''], ['Vary', 'Origin'], ['vary', 'Cookie'],
    ];
    const config = await encodeServerSide({ type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 200, headers: lines } });
    const raw = await rawExchange(nginx.apiPort, `GET /s/${session}/${config}/data HTTP/1.1\r\nHost: ${apiHost}\r\nOrigin: ${playground.deps.deployment.app}\r\nConnection: close\r\n\r\n`);
    const received = parseRawResponse(raw);
    const written = (await record()).entries.at(-1)!.response;
    expect(received.status).toBe(written.status);
    expect(withoutOwn(received.headers)).toEqual(withoutOwn(written.headers));
    expect(withoutOwn(received.headers).slice(1)).toEqual(lines.map(([n, v]) => [n, v === '{origin}' ? playground.deps.deployment.app : v]));
    // What nginx does write itself, first: Server and Date, then the framing lines.
    expect(received.headers.slice(0, 2).map(([n]) => n)).toEqual(['Server', 'Date']);
    expect(received.headers.slice(2, 4)).toEqual([['Content-Type', 'application/json'], ['Content-Length', String(received.body.length)]]);
  });

  it('passes the request\'s lines to the instance as sent, underscores and duplicates included', async () => {
    const config = await encodeServerSide({ type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 200, headers: [] } });
    await rawExchange(
      nginx.apiPort,
      `GET /s/${session}/${config}/req HTTP/1.1\r\nHost: ${apiHost}\r\nx_under_score: 1\r\nX-Dup: a\r\nX-Dup: b\r\nx-ODD: c\r\nConnection: close\r\n\r\n`,
    );
    const entry = (await record()).entries.at(-1)!;
    expect(entry.path).toBe('/req');
    expect(entry.headers.filter(([n]) => n !== 'Connection')).toEqual([['Host', apiHost], ['x_under_score', '1'], ['X-Dup', 'a'], ['X-Dup', 'b'], ['x-ODD', 'c']]);
  });

  it('refuses a lower-case method itself (400), so "patch" never reaches the policy server behind it', async () => {
    const before = (await record()).lastSeq;
    const config = await encodeServerSide({ type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 200, headers: [] } });
    const answer = parseRawResponse(await rawExchange(nginx.apiPort, `patch /s/${session}/${config}/data HTTP/1.1\r\nHost: ${apiHost}\r\nConnection: close\r\n\r\n`));
    expect(answer.status).toBe(400);
    // As JSON: the API origin never serves HTML.
    expect(answer.headers).toContainEqual(['Content-Type', 'application/json']);
    expect(answer.headers).toContainEqual(['X-Content-Type-Options', 'nosniff']);
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'refused-by-proxy' });
    expect((await record()).lastSeq).toBe(before);
    // Directly, the policy server answers it.
    const direct = parseRawResponse(await rawExchange(playground.apiPort, `patch /s/${session}/${config}/data HTTP/1.1\r\nHost: ${apiHost}\r\nConnection: close\r\n\r\n`));
    expect(direct.status).toBe(200);
  });
});
