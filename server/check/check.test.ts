// The check against real servers on loopback: what goes on the wire (exactly
// the engine's requests), how the engine explains what came back, the
// redirects, the limits, public mode through a redirect, and the scenario
// that reproduces it in the playground.
import express from 'express';
import net from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { predict } from '../../src/engine/predict.ts';
import { serverModel } from '../../src/policy/model.ts';
import { validateServerSide } from '../../src/policy/validate.ts';
import { apiUrl } from '../../src/scenario/api-path.ts';
import { makeDeployment, resolveTokens } from '../../src/scenario/origins.ts';
import { runCheck } from './check.ts';
import { nginxServerBlock, startExpress, startNginx, TRUSTED, type Running } from './test-servers.ts';

const FRONT = 'http://localhost:3000';
const local = { publicMode: false };
const servers: Record<string, Running> = {};
const raw: { server: net.Server | null; received: string[] } = { server: null, received: [] };
let hopper: Server;

beforeAll(async () => {
  Object.assign(servers, {
    noCors: await startExpress('no-cors', 9601),
    redirect: await startExpress('redirect-then-cors', 9603),
    nginx: await startNginx(nginxServerBlock(9604, TRUSTED), 9604),
  });
  // A server that records the bytes it gets and answers a fixed CORS answer (a preflight passes for TRUSTED).
  raw.server = net.createServer((socket) => {
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if (!text.includes('\r\n\r\n')) return;
      raw.received.push(text);
      const line = text.slice(0, text.indexOf('\r\n'));
      const head = line.includes(' /SLOW ') ? null : line.includes(' /BIG ') ? `HTTP/1.1 200 OK\r\nX-Big: ${'x'.repeat(70_000)}\r\n\r\n` : [
        'HTTP/1.1 200 OK', `Access-Control-Allow-Origin: ${TRUSTED}`, 'Access-Control-Allow-Credentials: true',
        'Access-Control-Allow-Methods: patch', 'Access-Control-Allow-Headers: x-a, x-b, content-type', 'Content-Length: 100000', '', 'x'.repeat(100_000),
      ].join('\r\n');
      if (head) socket.end(head);
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((r) => raw.server!.listen(9605, '127.0.0.1', () => r()));
  // On 127.0.0.2 (a stand-in for a public address): a redirect to 127.0.0.1 (the stand-in for an internal one).
  const app = express();
  app.get('/go', (_req, res) => res.set('Access-Control-Allow-Origin', '*').redirect(302, 'http://127.0.0.1:9601/data'));
  hopper = await new Promise((r) => { const s = app.listen(9606, '127.0.0.2', () => r(s)); });
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
  raw.server?.close();
  hopper.closeAllConnections();
  hopper.close();
});

describe('what the check sends', () => {
  it('a simple GET to a server with no CORS: one request with Origin, MissingAllowOriginHeader, no typed cookie without credentials', async () => {
    const result = await runCheck({ url: servers.noCors!.url, origin: FRONT, typedCredentials: { cookie: 'sid=1' } }, local);
    expect(result.exchanges).toHaveLength(1);
    expect(result.exchanges[0]!.request.headers).toContainEqual(['Origin', FRONT]);
    expect(result.exchanges[0]!.request.headers.some(([n]) => n === 'Cookie')).toBe(false);
    expect(result.prediction.corsError).toBe('MissingAllowOriginHeader');
    expect(result.prediction.consoleMessage).toBe(`Access to fetch at '${servers.noCors!.url}' from origin '${FRONT}' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.`);
    expect(result.lesson).toBe('missing-allow-origin');
  });

  it('the bytes on the wire are the engine\'s requests: "patch" as typed, sorted lower-case request headers, cookie only on the actual request', async () => {
    raw.received.length = 0;
    const result = await runCheck({
      url: 'http://127.0.0.1:9605/x?y=1', origin: TRUSTED, method: 'patch', headers: [['X-B', '1'], ['X-A', '2']],
      body: { type: 'json', text: '{"a":1}' }, credentials: 'include', typedCredentials: { cookie: 'sid=secret' },
    }, local);
    expect(raw.received).toHaveLength(2);
    const [preflight, actual] = raw.received.map((t) => t.split('\r\n\r\n')[0]!.split('\r\n'));
    expect(preflight![0]).toBe('OPTIONS /x?y=1 HTTP/1.1');
    expect(preflight).toContain('Access-Control-Request-Method: patch');
    // A string body is text/plain (safelisted): only the two custom headers are asked about.
    expect(preflight).toContain('Access-Control-Request-Headers: x-a,x-b');
    expect(preflight!.some((l) => l.startsWith('Cookie'))).toBe(false);
    expect(actual![0]).toBe('patch /x?y=1 HTTP/1.1');
    expect(actual).toContain('Cookie: sid=secret');
    expect(raw.received[1]!.endsWith('\r\n\r\n{"a":1}')).toBe(true);
    // Every line the engine computed is on the wire, in its order.
    for (const [i, sent] of result.prediction.requests.entries()) {
      const wire = raw.received[i]!.split('\r\n');
      const positions = sent.headers.map(([n, v]) => wire.indexOf(`${n}: ${v}`));
      expect(positions.every((p) => p > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
    expect(result.prediction.verdict).toBe('ok');
    expect(JSON.stringify(result)).not.toContain('sid=secret');
    expect(result.exchanges[1]!.response!.bodyTruncated).toBe(true);
    expect(result.exchanges[1]!.response!.bodyBytes).toBe(100_000);
  });

  it('follows a redirect hop by hop as the browser would', async () => {
    const url = servers.redirect!.url.replace('/data', '/old');
    const result = await runCheck({ url, origin: FRONT }, local);
    expect(result.exchanges.map((e) => [e.kind, e.hop, e.response?.status])).toEqual([['actual', 0, 302], ['actual', 1, 200]]);
    expect(result.exchanges[1]!.request.url).toBe(servers.redirect!.url);
    expect(result.prediction.verdict).toBe('ok');
  });
});

describe('nginx from Debian, answering the preflight itself', () => {
  it('a PUT with JSON from the trusted origin: preflight, then the request; nginx recognised', async () => {
    const result = await runCheck({ url: servers.nginx!.url, origin: TRUSTED, method: 'PUT', headers: [['Content-Type', 'application/json']], body: { type: 'json', text: '{}' } }, local);
    expect(result.exchanges.map((e) => [e.kind, e.response?.status])).toEqual([['preflight', 204], ['actual', 200]]);
    expect(result.prediction.verdict).toBe('ok');
    expect(result.framework?.id).toBe('nginx');
  });

  it('from another origin: the preflight fails, the request is never sent', async () => {
    const result = await runCheck({ url: servers.nginx!.url, origin: FRONT, method: 'PUT', headers: [['Content-Type', 'application/json']] }, local);
    expect(result.exchanges.map((e) => e.kind)).toEqual(['preflight']);
    expect(result.prediction.corsError).toBe('PreflightAllowOriginMismatch');
  });
});

describe('limits and failures', () => {
  it('a server that never answers: a timeout, as a network error', async () => {
    const result = await runCheck({ url: 'http://127.0.0.1:9605/SLOW', origin: TRUSTED }, { ...local, limits: { timeoutMs: 300 } });
    expect(result.error?.kind).toBe('timeout');
    expect(result.prediction.verdict).toBe('network-error');
  });

  it('a head over the limit: too-big', async () => {
    const result = await runCheck({ url: 'http://127.0.0.1:9605/BIG', origin: TRUSTED }, local);
    expect(result.error?.kind).toBe('too-big');
  });

  it('a DNS name that does not resolve', async () => {
    const result = await runCheck({ url: 'http://no-such-host.invalid/', origin: TRUSTED }, local);
    expect(result.error?.kind).toBe('dns');
    expect(result.prediction.consoleMessage).toBe('GET http://no-such-host.invalid/ net::ERR_NAME_NOT_RESOLVED');
  });
});

describe('public mode through a redirect and a DNS name', () => {
  // 127.0.0.1 stands for every internal address here; 127.0.0.2 for the internet.
  const policy = { publicMode: true, isInternal: (a: string) => a === '127.0.0.1' };

  it('the first hop goes out; the redirect to an internal address is refused before connecting', async () => {
    const result = await runCheck({ url: 'http://127.0.0.2:9606/go', origin: FRONT }, policy);
    expect(result.exchanges.map((e) => [e.hop, e.response?.status ?? e.error?.kind])).toEqual([[0, 302], [1, 'forbidden-address']]);
    expect(result.exchanges[1]!.address).toBeNull();
  });

  it('a name that resolves to an internal address is refused, and the address checked is the one connected to', async () => {
    const asked: string[] = [];
    const resolver = async (host: string) => {
      asked.push(host);
      return host === 'inside.test' ? ['127.0.0.1'] : ['127.0.0.2'];
    };
    const refused = await runCheck({ url: 'http://inside.test:9601/data', origin: FRONT }, { ...policy, resolver });
    expect(refused.error?.kind).toBe('forbidden-address');
    const allowed = await runCheck({ url: 'http://outside.test:9606/go', origin: FRONT }, { ...policy, resolver });
    expect(allowed.exchanges[0]!.address).toBe('127.0.0.2:9606');
    expect(asked.filter((h) => h === 'outside.test')).toHaveLength(1);
  });
});

describe('open in playground', () => {
  it('the recorded answers as a raw scenario the playground serves, failing the same way (and its fix passes)', async () => {
    const result = await runCheck({ url: servers.nginx!.url, origin: FRONT, method: 'PUT', headers: [['Content-Type', 'application/json']] }, local);
    const scenario = result.scenario;
    expect(scenario.server.type).toBe('raw');
    expect(validateServerSide(scenario.server)).toEqual([]);
    const d = makeDeployment();
    const model = (s: typeof scenario) => predict({
      scenario: s, deployment: d, requestUrl: apiUrl(d.api, 'open-in-playground-01', 'c', s.request.path),
      serve: serverModel(JSON.parse(resolveTokens(JSON.stringify(s.server), d)), d), cookie: null,
    });
    expect([model(scenario).verdict, model(scenario).corsError]).toEqual([result.prediction.verdict, result.prediction.corsError]);
    expect(result.prediction.fix).not.toBeNull();
    expect(model(result.prediction.fix!.scenario).verdict).toBe('ok');
    // The same fix as a configuration, for nginx's export (nginx was recognised).
    expect(result.policyFix?.exportTarget).toBe('nginx');
    expect(result.policyFix!.scenario.server.type).toBe('policy');
    expect(model(result.policyFix!.scenario).verdict).toBe('ok');
  });
});
