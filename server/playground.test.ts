// Both listeners over real loopback sockets: what the log says was written
// is byte for byte what the client received.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogAnswer } from '../src/scenario/log-types.ts';
import { DEFAULT_POLICY } from '../src/scenario/defaults.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { startPlayground, type Playground } from './playground.ts';
import { makeStaticDir, parseRawResponse, rawExchange } from './test-helpers.ts';

let playground: Playground;
/** Issued by this playground (its key is made when it starts), as the page gets it. */
let SESSION = '';
beforeAll(async () => {
  const config = { host: '127.0.0.1', appPort: 0, appPublicPort: null, apiPort: 0, site: 'playground.localhost', staticDir: makeStaticDir() };
  playground = await startPlayground(config);
  const answer = await getOnApp(playground.appPort, '/__session', new URL(playground.deps.deployment.app).host);
  SESSION = (JSON.parse(answer.body) as { session: string }).session;
});
afterAll(() => playground.close(100));

/** GET on the app port with the Host the browser sends for the app origin (the env and the log answer only that host). */
async function getOnApp(port: number, target: string, host: string): Promise<{ status: number; body: string }> {
  const raw = await rawExchange(port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
  return parseRawResponse(raw);
}

async function readLog(after = 0): Promise<LogAnswer> {
  const host = new URL(playground.deps.deployment.app).host;
  const response = await getOnApp(playground.appPort, `/__log/${SESSION}?after=${after}`, host);
  return JSON.parse(response.body) as LogAnswer;
}

describe('the playground on loopback', () => {
  it('answers "patch" on the API port and records exactly the lines it wrote', async () => {
    const { deployment } = playground.deps;
    const config = await encodeServerSide({
      type: 'raw',
      preflight: { status: 204, headers: [] },
      actual: { status: 200, headers: [['Access-Control-Allow-Origin', '{origin}'], ['Access-Control-Allow-Origin', '*']] },
    });
    const host = new URL(deployment.api).host;
    const raw = await rawExchange(
      playground.apiPort,
      `patch /s/${SESSION}/${config}/items/1 HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${deployment.app}\r\n` +
        'Content-Length: 4\r\nConnection: close\r\n\r\nbody',
    );
    const written = parseRawResponse(raw);
    expect(written.status).toBe(200);
    expect(written.headers.slice(1, 3)).toEqual([
      ['Access-Control-Allow-Origin', deployment.app],
      ['Access-Control-Allow-Origin', '*'],
    ]);
    expect(written.headers.at(-1)).toEqual(['Connection', 'close']);

    const log = await readLog();
    expect(log.entries).toHaveLength(1);
    const entry = log.entries[0]!;
    expect(entry).toMatchObject({ method: 'patch', host, path: '/items/1', bodyBytes: 4, bodyText: 'body', kind: 'actual' });
    expect(entry.response).toEqual({ status: written.status, headers: written.headers });
  });

  it('answers experiments on the app port too, and serves the page and env there', async () => {
    const config = await encodeServerSide({ type: 'policy', policy: DEFAULT_POLICY });
    const before = await readLog();
    const experiment = await fetch(`http://127.0.0.1:${playground.appPort}/s/${SESSION}/${config}/same`);
    expect(experiment.status).toBe(200);
    const after = await readLog(before.lastSeq);
    expect(after.entries.map((e) => e.path)).toEqual(['/same']);

    const page = await fetch(`http://127.0.0.1:${playground.appPort}/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const env = JSON.parse((await getOnApp(playground.appPort, '/__env', new URL(playground.deps.deployment.app).host)).body) as {
      deployment: { api: string };
    };
    expect(env.deployment.api).toBe(`http://api.playground.localhost:${playground.apiPort}`);
  });

  it('answers the ping on the API port but never the page', async () => {
    const ping = await fetch(`http://127.0.0.1:${playground.apiPort}/__ping`);
    expect(ping.status).toBe(204);
    expect(ping.headers.get('access-control-allow-origin')).toBe('*');
    const page = await fetch(`http://127.0.0.1:${playground.apiPort}/`);
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toBe('application/json');
  });
});

describe('behind a dev server', () => {
  it('tells the page the public app port, not the port it listens on', async () => {
    const config = { host: '127.0.0.1', appPort: 0, appPublicPort: 5999, apiPort: 0, site: 'dev.localhost', staticDir: makeStaticDir() };
    const behind = await startPlayground(config);
    try {
      // The dev server forwards the browser's Host (the public port) unchanged.
      const env = JSON.parse((await getOnApp(behind.appPort, '/__env', 'app.dev.localhost:5999')).body) as { deployment: { app: string } };
      expect(env.deployment.app).toBe('http://app.dev.localhost:5999');
      expect((await getOnApp(behind.appPort, '/__env', `app.dev.localhost:${behind.appPort}`)).status).toBe(403);
    } finally {
      await behind.close(100);
    }
  });
});
