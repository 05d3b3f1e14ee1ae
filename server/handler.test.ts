// The experiment routes (/s/ and /r/) through the pure handler, no sockets.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../src/scenario/defaults.ts';
import type { HeaderList, Policy, ServerSide } from '../src/scenario/types.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { handle } from './handler.ts';
import { API_HOST, APP_HOST, deployment, fallback, jsonOf, request, SESSION, testDeps } from './test-helpers.ts';

const APP = deployment.app;
const policy = (p: Partial<Policy>): ServerSide => ({ type: 'policy', policy: { ...DEFAULT_POLICY, ...p } });
const experiment = async (server: ServerSide, path = '/data', kind = 's') =>
  `/${kind}/${SESSION}/${await encodeServerSide(server)}${path}`;
const fromApp = (host = API_HOST, more: HeaderList = []): HeaderList => [['Host', host], ['Origin', APP], ...more];

describe('policy mode', () => {
  const server = policy({
    allowOrigin: { type: 'list', origins: [APP] },
    allowMethods: { type: 'list', values: ['patch'] },
    allowHeaders: { type: 'list', values: ['Content-Type'] },
    allowCredentials: true,
    maxAge: 60,
  });

  it('answers a preflight for "patch" and the patch itself, and records both', async () => {
    const deps = testDeps();
    const target = await experiment(server);
    const preflightHeaders = fromApp(API_HOST, [
      ['Access-Control-Request-Method', 'patch'],
      ['Access-Control-Request-Headers', 'content-type'],
    ]);
    const preflight = handle('api', request('OPTIONS', target, preflightHeaders), deps);
    expect(preflight.status).toBe(204);
    expect(preflight.headers).toEqual(
      expect.arrayContaining([
        ['Access-Control-Allow-Origin', APP],
        ['Access-Control-Allow-Credentials', 'true'],
        ['Access-Control-Allow-Methods', 'patch'],
        ['Access-Control-Allow-Headers', 'Content-Type'],
        ['Access-Control-Max-Age', '60'],
        ['X-Content-Type-Options', 'nosniff'],
      ]),
    );

    const body = '{"n":1}';
    const actual = handle('api', request('patch', target, fromApp(API_HOST, [['Content-Type', 'application/json']]), body), deps);
    expect(actual.status).toBe(200);
    expect(jsonOf(actual.body)).toMatchObject({ method: 'patch', path: '/data' });

    const { entries, lastSeq } = deps.log.read(SESSION);
    expect(lastSeq).toBe(2);
    expect(entries.map((e) => [e.seq, e.kind, e.method, e.path, e.host, e.redirected])).toEqual([
      [1, 'preflight', 'OPTIONS', '/data', API_HOST, false],
      [2, 'actual', 'patch', '/data', API_HOST, false],
    ]);
    expect(entries[0]!.headers).toEqual(preflightHeaders);
    expect(entries[0]!.response).toEqual({ status: 204, headers: [...preflight.headers, ['Connection', 'keep-alive']] });
    expect(entries[1]!).toMatchObject({ bodyBytes: 7, bodyText: body, target });
    expect(entries[1]!.response.headers.slice(-2)).toEqual([
      ['Content-Length', String(Buffer.byteLength(actual.body))],
      ['Connection', 'keep-alive'],
    ]);
  });

  it('records Connection: close when the connection will close', async () => {
    const deps = testDeps();
    handle('api', request('GET', await experiment(server), fromApp(), '', false), deps);
    expect(deps.log.read(SESSION).entries[0]!.response.headers.at(-1)).toEqual(['Connection', 'close']);
  });

  it('answers a same-origin experiment on the app port too', async () => {
    const deps = testDeps();
    const answer = handle('app', request('GET', await experiment(policy({})), [['Host', APP_HOST]]), deps);
    expect(answer.status).toBe(200);
    expect(deps.log.read(SESSION).entries[0]!.host).toBe(APP_HOST);
  });
});

describe('raw mode', () => {
  const raw: ServerSide = {
    type: 'raw',
    preflight: {
      status: 200,
      headers: [
        ['Access-Control-Allow-Origin', '{origin}'],
        ['access-control-allow-origin', 'http://other.localhost:5173'],
        ['Access-Control-Allow-Methods', 'PUT;DELETE'],
      ],
    },
    actual: { status: 200, headers: [['Access-Control-Allow-Origin', '{origin}'], ['Access-Control-Allow-Credentials', 'True']] },
  };

  it('sends broken lines verbatim, duplicates and order kept', async () => {
    const deps = testDeps();
    const target = await experiment(raw);
    const preflight = handle('api', request('OPTIONS', target, fromApp(API_HOST, [['Access-Control-Request-Method', 'PUT']])), deps);
    expect(preflight.status).toBe(200);
    expect(preflight.headers).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Access-Control-Allow-Origin', APP],
      ['access-control-allow-origin', 'http://other.localhost:5173'],
      ['Access-Control-Allow-Methods', 'PUT;DELETE'],
      ['Content-Type', 'application/json'],
    ]);
    const actual = handle('api', request('PUT', target, fromApp()), deps);
    expect(actual.headers.slice(1, 3)).toEqual([
      ['Access-Control-Allow-Origin', APP],
      ['Access-Control-Allow-Credentials', 'True'],
    ]);
  });

  it('answers 400 naming the field (and records it) for a value that cannot be written as one byte per character', async () => {
    const deps = testDeps();
    const server: ServerSide = { ...raw, actual: { status: 200, headers: [['X-Note', 'check ✓']] } } as ServerSide;
    const answer = handle('api', request('GET', await experiment(server), fromApp()), deps);
    expect(answer.status).toBe(400);
    expect(jsonOf(answer.body)).toMatchObject({ error: 'bad-config', detail: expect.stringMatching(/^actual\.headers\.0\.value: /) });
    expect(deps.log.read(SESSION).entries[0]!.response.status).toBe(400);
  });

  it.each([
    ['Set-Cookie', ['Set-Cookie', 'a=1']],
    ['Content-Type', ['Content-Type', 'text/html']],
    ['Location', ['Location', 'http://evil.localhost:5173/steal']],
  ])('refuses a raw %s line with 400 JSON naming it', async (name, line) => {
    const deps = testDeps();
    const server: ServerSide = { type: 'raw', preflight: raw.preflight, actual: { status: 302, headers: [line as [string, string]] } };
    const answer = handle('api', request('GET', await experiment(server), fromApp()), deps);
    expect(answer.status).toBe(400);
    expect(answer.headers).toContainEqual(['X-Content-Type-Options', 'nosniff']);
    const error = jsonOf(answer.body) as { error: string; detail: string };
    expect(error.error).toBe('bad-config');
    expect(error.detail).toContain(name);
    expect(deps.log.read(SESSION).entries[0]!.response.status).toBe(400);
  });
});

describe('redirects', () => {
  const redirecting = (to: 'same-origin' | 'other-origin') =>
    policy({ allowOrigin: { type: 'any' }, redirect: { status: 307, to, path: '/moved' } });
  const locationOf = (headers: HeaderList) => headers.find(([n]) => n === 'Location')?.[1];

  it.each([
    ['other-origin', API_HOST, deployment.api2],
    ['other-origin', 'api2.playground.localhost:8787', deployment.api],
    ['other-origin', '127.0.0.1:8787', fallback.api2],
    ['other-origin', 'localhost:8787', fallback.api],
    ['same-origin', API_HOST, deployment.api],
    ['same-origin', APP_HOST, deployment.app],
  ] as const)('sends a %s redirect from %s to %s/r/…', async (to, host, origin) => {
    const server = redirecting(to);
    const config = await encodeServerSide(server);
    const answer = handle('api', request('GET', `/s/${SESSION}/${config}/data`, fromApp(host)), testDeps());
    expect(answer.status).toBe(307);
    expect(locationOf(answer.headers)).toBe(`${origin}/r/${SESSION}/${config}/moved`);
  });

  it('answers the redirect target without redirecting again, and records it as redirected', async () => {
    const deps = testDeps();
    const target = await experiment(redirecting('other-origin'), '/moved', 'r');
    const answer = handle('api', request('GET', target, fromApp('api2.playground.localhost:8787')), deps);
    expect(answer.status).toBe(200);
    expect(locationOf(answer.headers)).toBeUndefined();
    expect(deps.log.read(SESSION).entries[0]).toMatchObject({ redirected: true, path: '/moved' });
  });

  it('points a raw Location back at this experiment', async () => {
    const server: ServerSide = {
      type: 'raw',
      preflight: { status: 204, headers: [] },
      actual: { status: 302, headers: [['Location', `${deployment.api2}/next?x=1`]] },
    };
    const config = await encodeServerSide(server);
    const answer = handle('api', request('GET', `/s/${SESSION}/${config}/data`, fromApp()), testDeps());
    expect(locationOf(answer.headers)).toBe(`${deployment.api2}/r/${SESSION}/${config}/next?x=1`);
    const relative: ServerSide = { ...server, actual: { status: 302, headers: [['Location', '/next']] } };
    const relativeConfig = await encodeServerSide(relative);
    const relativeAnswer = handle('api', request('GET', `/s/${SESSION}/${relativeConfig}/data`, fromApp()), testDeps());
    expect(locationOf(relativeAnswer.headers)).toBe(`/r/${SESSION}/${relativeConfig}/next`);
  });
});

describe('malformed experiments', () => {
  const deflated = (text: string) => '1' + deflateRawSync(Buffer.from(text)).toString('base64url');

  it.each([
    ['an unknown version', '9abc'],
    ['bad base64url', '1!!!'],
    ['bytes that do not inflate', '1AAAA'],
    ['JSON that is not a server side', deflated('{"type":"nonsense"}')],
    ['a config longer than the bound', '1' + 'A'.repeat(7000)],
    ['a small config that inflates past the bound', deflated(`{"type":"raw","x":"${'a'.repeat(200_000)}"}`)],
  ])('answers %s with 400 JSON and records it', (_name, config) => {
    const deps = testDeps();
    const answer = handle('api', request('GET', `/s/${SESSION}/${config}/data`, fromApp()), deps);
    expect(answer.status).toBe(400);
    expect((jsonOf(answer.body) as { error: string }).error).toBe('bad-config');
    expect(deps.log.read(SESSION).entries).toHaveLength(1);
  });

  it('refuses a session id of the wrong shape, recording nothing', () => {
    const deps = testDeps();
    const answer = handle('api', request('GET', '/s/short/1abc/data', fromApp()), deps);
    expect(answer.status).toBe(400);
    expect(deps.log.read('short').entries).toEqual([]);
  });

  it.each([
    ['a Host that is not host[:port]', 'GET', `/s/${SESSION}/1abc/x`, [['Host', 'evil.com/x']]],
    ['an asterisk target', 'OPTIONS', '*', [['Host', API_HOST]]],
    ['an absolute-form target', 'GET', 'http://api.playground.localhost:8787/', [['Host', API_HOST]]],
  ] as const)('refuses %s with 400', (_name, method, target, headers) => {
    const answer = handle('api', request(method, target, headers.map(([n, v]) => [n, v])), testDeps());
    expect(answer.status).toBe(400);
  });
});
