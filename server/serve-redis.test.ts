// Two playgrounds in this process sharing one real redis-server and one
// SESSION_SECRET, as two instances behind a proxy: a tab's id, its login and
// its record work whichever instance answers each request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startRedis, type LocalRedis } from '../scripts/cluster/local.mjs';
import { DEFAULT_POLICY } from '../src/scenario/defaults.ts';
import type { LogAnswer } from '../src/scenario/log-types.ts';
import { VICTIM_USER } from '../src/scenario/victim.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { startPlayground, type Playground } from './playground.ts';
import { makeStaticDir, parseRawResponse, rawExchange } from './test-helpers.ts';

let redis: LocalRedis;
let a: Playground;
let b: Playground;
beforeAll(async () => {
  redis = await startRedis({ port: await freePort(9500, 9599), dir: fs.mkdtempSync(path.join(os.tmpdir(), 'pg-serve-redis-')) });
  const config = {
    host: '127.0.0.1', appPort: 0, apiPort: 0, appPublicPort: 9591, apiPublicPort: 9592, site: 'playground.localhost',
    staticDir: makeStaticDir(), redisUrl: redis.url, sessionSecret: 's'.repeat(40),
  };
  [a, b] = [await startPlayground(config), await startPlayground(config)];
}, 30_000);
afterAll(async () => {
  await Promise.all([a?.close(100), b?.close(100)]);
  await redis?.stop();
});

const appHost = 'app.playground.localhost:9591';
const apiHost = 'api.playground.localhost:9592';

async function exchange(port: number, method: string, target: string, host: string, extra = '') {
  return parseRawResponse(await rawExchange(port, `${method} ${target} HTTP/1.1\r\nHost: ${host}\r\n${extra}Connection: close\r\n\r\n`));
}

describe('two instances sharing Redis and a session secret', () => {
  it('accept each other\'s tab ids, share its login and record its requests in one numbered record', async () => {
    const session = (JSON.parse((await exchange(a.appPort, 'GET', '/__session', appHost)).body) as { session: string }).session;
    // The id b did not issue verifies there: b hands it back.
    expect(JSON.parse((await exchange(b.appPort, 'GET', `/__session?current=${session}`, appHost)).body)).toEqual({ session });

    const login = await exchange(a.apiPort, 'POST', `/login/${session}`, apiHost, `Origin: http://${appHost}\r\nContent-Length: 0\r\n`);
    const cookie = /pg_session=([^;]+)/.exec(login.headers.find(([n]) => n === 'Set-Cookie')![1])![1]!;

    const config = await encodeServerSide({ type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'reflect' }, allowCredentials: true, allowMethods: { type: 'list', values: ['PUT'] } } });
    const origin = `Origin: http://${appHost}\r\n`;
    await exchange(a.apiPort, 'OPTIONS', `/s/${session}/${config}/me`, apiHost, `${origin}Access-Control-Request-Method: PUT\r\n`);
    const actual = await exchange(b.apiPort, 'PUT', `/s/${session}/${config}/me`, apiHost, `${origin}Cookie: pg_session=${cookie}\r\nContent-Length: 0\r\n`);
    // b knows the cookie a issued: the answer carries the user's private data.
    expect(actual.body).toContain(VICTIM_USER.email);

    for (const instance of [a, b]) {
      const log = JSON.parse((await exchange(instance.appPort, 'GET', `/__log/${session}?after=0`, appHost)).body) as LogAnswer;
      expect(log.entries.map((e) => `${e.seq} ${e.method}`)).toEqual(['1 OPTIONS', '2 PUT']);
      expect(log).toMatchObject({ lastSeq: 2, cookie, sameSite: 'Lax' });
    }
  });
});
