// POST /__check and /__audit on a real playground over loopback sockets: the
// answers, every refusal (located, never a 500), and public mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult, CheckRefusal, CheckResult } from '../../src/check/types.ts';
import { DEFAULT_POLICY } from '../../src/scenario/defaults.ts';
import { encodeServerSide } from '../../src/scenario/wire.ts';
import type { ServerConfig } from '../config.ts';
import { startPlayground, type Playground } from '../playground.ts';
import { makeStaticDir, parseRawResponse, rawExchange } from '../test-helpers.ts';
import { startExpress, TRUSTED, type Running } from './test-servers.ts';

const config = (publicMode: boolean): ServerConfig => ({
  host: '127.0.0.1', appPort: 0, appPublicPort: null, apiPort: 0, site: 'playground.localhost', staticDir: makeStaticDir(), ...(publicMode ? { publicMode } : {}),
});
let local: Playground;
let shared: Playground;
let express: Running;

beforeAll(async () => {
  [local, shared, express] = await Promise.all([startPlayground(config(false)), startPlayground(config(true)), startExpress('correct', 9630)]);
});
afterAll(async () => {
  await Promise.all([local.close(100), shared.close(100), express.close()]);
});

const appHost = (p: Playground) => new URL(p.deps.deployment.app).host;

async function post(p: Playground, path: string, body: string, headers: string[] = ['Content-Type: application/json'], method = 'POST') {
  const head = [`${method} ${path} HTTP/1.1`, `Host: ${appHost(p)}`, ...headers, `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close'];
  const answer = parseRawResponse(await rawExchange(p.appPort, head.join('\r\n') + '\r\n\r\n' + body));
  return { ...answer, json: JSON.parse(answer.body) as unknown };
}

describe('POST /__check', () => {
  it('checks an Express + cors API from a trusted origin: readable, no preflight, Express recognised', async () => {
    const answer = await post(local, '/__check', JSON.stringify({ url: express.url, origin: TRUSTED, credentials: 'include' }));
    expect(answer.status).toBe(200);
    const result = answer.json as CheckResult;
    expect(result.prediction.verdict).toBe('ok');
    expect(result.exchanges.map((e) => e.kind)).toEqual(['actual']);
    expect(result.framework?.id).toBe('express');
    expect(answer.headers.some(([n]) => /^access-control-/i.test(n))).toBe(false);
  });

  it('checks our own policy server: a PUT from the app is preflighted, and a policy that lists GET, HEAD, POST refuses it', async () => {
    const { deployment } = local.deps;
    const session = (JSON.parse(parseRawResponse(await rawExchange(local.appPort, `GET /__session HTTP/1.1\r\nHost: ${appHost(local)}\r\nConnection: close\r\n\r\n`)).body) as { session: string }).session;
    const url = `http://api.playground.localhost:${local.apiPort}/s/${session}/${await encodeServerSide({ type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'list', origins: [deployment.app] }, allowHeaders: { type: 'list', values: ['Content-Type'] } } })}/data`;
    const answer = await post(local, '/__check', JSON.stringify({ url, origin: deployment.app, method: 'PUT', headers: [['Content-Type', 'application/json']] }));
    const result = answer.json as CheckResult;
    expect(result.exchanges[0]!.kind).toBe('preflight');
    expect(result.exchanges[0]!.request.headers).toContainEqual(['Access-Control-Request-Method', 'PUT']);
    expect(result.exchanges[0]!.request.headers).toContainEqual(['Access-Control-Request-Headers', 'content-type']);
    expect(result.prediction.corsError).toBe('MethodDisallowedByPreflightResponse');
    expect(result.lesson).toBe('method-not-allowed');
  });

  it.each<[string, string, string[] | undefined, string, number, CheckRefusal['error'], string | undefined]>([
    ['not JSON', '{url', undefined, 'POST', 400, 'bad-json', '(body)'],
    ['no url', '{"origin":"http://localhost:3000"}', undefined, 'POST', 400, 'bad-url', 'url'],
    ['an ftp: URL', '{"url":"ftp://example.com/","origin":"http://localhost:3000"}', undefined, 'POST', 400, 'bad-url', 'url'],
    ['an origin with a path', '{"url":"http://127.0.0.1:9/","origin":"http://localhost:3000/app"}', undefined, 'POST', 400, 'bad-input', 'origin'],
    ['a header that is not a pair', '{"url":"http://127.0.0.1:9/","origin":"null","headers":[["X-A"]]}', undefined, 'POST', 400, 'bad-input', 'headers[0]'],
    ['a credentials mode that does not exist', '{"url":"http://127.0.0.1:9/","origin":"null","credentials":"always"}', undefined, 'POST', 400, 'bad-input', 'credentials'],
    ['a form post (text/plain)', '{}', ['Content-Type: text/plain'], 'POST', 415, 'bad-content-type', undefined],
    ['a page on another origin', '{}', ['Content-Type: application/json', 'Origin: http://evil.localhost:5173'], 'POST', 403, 'forbidden-origin', undefined],
    ['a GET', '', ['Content-Type: application/json'], 'GET', 405, 'method-not-allowed', undefined],
  ])('refuses %s, located', async (_what, body, headers, method, status, error, field) => {
    const answer = await post(local, '/__check', body, headers, method);
    expect(answer.status).toBe(status);
    expect((answer.json as CheckRefusal).error).toBe(error);
    expect((answer.json as CheckRefusal).field).toBe(field);
  });

  it('answers only for the app origin\'s Host', async () => {
    const raw = await rawExchange(local.appPort, 'POST /__check HTTP/1.1\r\nHost: evil.localhost:5173\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}');
    expect(parseRawResponse(raw).status).toBe(403);
  });

  it('a refused connection is a network error, named as Chromium names it', async () => {
    const answer = await post(local, '/__check', JSON.stringify({ url: 'http://127.0.0.1:9649/', origin: TRUSTED }));
    const result = answer.json as CheckResult;
    expect(result.error?.kind).toBe('refused');
    expect(result.prediction.verdict).toBe('network-error');
    expect(result.prediction.consoleMessage).toBe('GET http://127.0.0.1:9649/ net::ERR_CONNECTION_REFUSED');
  });
});

describe('POST /__audit', () => {
  it('audits the correct Express configuration: no finding', async () => {
    const answer = await post(local, '/__audit', JSON.stringify({ url: express.url, trusted: [TRUSTED] }));
    expect(answer.status).toBe(200);
    expect((answer.json as AuditResult).findings).toEqual([]);
  });

  it('refuses "null" as a trusted origin, located', async () => {
    const answer = await post(local, '/__audit', JSON.stringify({ url: express.url, trusted: [TRUSTED, 'null'] }));
    expect(answer.status).toBe(400);
    expect((answer.json as CheckRefusal).field).toBe('trusted[1]');
  });
});

describe('public mode (PUBLIC=1)', () => {
  it.each([
    ['loopback by address', 'http://127.0.0.1:9630/data'],
    ['loopback by *.localhost name', 'http://api.localhost:9630/data'],
    ['private', 'http://10.1.2.3/'],
    ['link-local (cloud metadata)', 'http://169.254.169.254/latest/meta-data/'],
  ])('refuses %s targets before sending anything', async (_what, url) => {
    const answer = await post(shared, '/__check', JSON.stringify({ url, origin: TRUSTED }));
    expect(answer.status).toBe(403);
    expect((answer.json as CheckRefusal).error).toBe('forbidden-address');
  });

  it('rate-limits each client: the 21st check in a minute gets 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await post(shared, '/__check', JSON.stringify({ url: 'http://10.0.0.1/', origin: TRUSTED }))).status);
    const last = await post(shared, '/__check', JSON.stringify({ url: 'http://10.0.0.1/', origin: TRUSTED }));
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(last.status).toBe(429);
    expect(Number(last.headers.find(([n]) => n === 'Retry-After')?.[1])).toBeGreaterThan(0);
  });
});
