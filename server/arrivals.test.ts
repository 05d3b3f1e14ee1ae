// Answers that change on a later arrival (scenario version 2): the server
// counts the arrivals from the session's record, in memory and in Redis
// shared by two instances, per config, kind and path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerSide } from '../src/scenario/types.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { handle } from './handler.ts';
import { API_HOST, parseRawResponse, rawExchange, request, SESSION, startRedisPair, testDeps } from './test-helpers.ts';

const ACAO: [string, string] = ['Access-Control-Allow-Origin', '*'];
/** First arrival: 201 with ACAO; second: 202; later ones: the actual lines (200, no ACAO). A preflight has its own count. */
const server: ServerSide = {
  type: 'raw',
  preflight: { status: 204, headers: [] },
  actual: { status: 200, headers: [] },
  answers: [
    { when: { kind: 'actual', arrival: 1 }, response: { status: 201, headers: [ACAO] } },
    { when: { kind: 'actual', arrival: 2 }, response: { status: 202, headers: [ACAO] } },
    { when: { kind: 'preflight', arrival: 1 }, response: { status: 299, headers: [ACAO] } },
  ],
};
const origin: [string, string] = ['Origin', 'http://app.playground.localhost:5173'];

describe('arrivals counted from the record in memory', () => {
  it('answer the first, second and later GETs differently, per path, and preflights apart', async () => {
    const deps = testDeps();
    const config = await encodeServerSide(server);
    const get = (p: string) => handle('api', request('GET', `/s/${SESSION}/${config}${p}`, [['Host', API_HOST], origin]), deps).status;
    const preflight = (p: string) => handle('api', request('OPTIONS', `/s/${SESSION}/${config}${p}`, [['Host', API_HOST], origin, ['Access-Control-Request-Method', 'PUT']]), deps).status;
    expect([get('/a'), get('/a?x=1'), get('/a'), get('/b'), preflight('/a'), preflight('/a'), get('/b')]).toEqual([201, 202, 200, 201, 299, 204, 202]);
    // Another config (another server side) counts on its own.
    const other = await encodeServerSide({ ...server, preflight: { status: 200, headers: [] } });
    expect(handle('api', request('GET', `/s/${SESSION}/${other}/a`, [['Host', API_HOST], origin]), deps).status).toBe(201);
  });

  it('count a redirect target (/r/) at its path like any arrival', async () => {
    const deps = testDeps();
    const config = await encodeServerSide(server);
    const at = (prefix: string) => handle('api', request('GET', `/${prefix}/${SESSION}/${config}/a`, [['Host', API_HOST], origin]), deps).status;
    expect([at('s'), at('r'), at('r')]).toEqual([201, 202, 200]);
  });
});

describe('arrivals counted from the record in Redis, two instances', () => {
  let pair: Awaited<ReturnType<typeof startRedisPair>> | undefined;
  beforeAll(async () => {
    pair = await startRedisPair(9593, 9594, 'arrivals-redis');
  }, 30_000);
  afterAll(async () => {
    await pair?.stop();
  });

  it('the second arrival is second whichever instance answers it', async () => {
    const appHost = 'app.playground.localhost:9593';
    const apiHost = 'api.playground.localhost:9594';
    const exchange = async (port: number, target: string, host: string) =>
      parseRawResponse(await rawExchange(port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nOrigin: http://${appHost}\r\nConnection: close\r\n\r\n`));
    const session = (JSON.parse((await exchange(pair!.a.appPort, '/__session', appHost)).body) as { session: string }).session;
    const config = await encodeServerSide(server);
    const statuses = [];
    const { a, b } = pair!;
    for (const instance of [a, b, a]) statuses.push((await exchange(instance.apiPort, `/s/${session}/${config}/a`, apiHost)).status);
    expect(statuses).toEqual([201, 202, 200]);
  });
});
