// The curl export, checked against the real playground server on loopback:
// run as generated, its requests arrive with the request line and header lines
// the engine predicts the browser sends (the server's own record says what
// arrived). Host and Content-Length are framing both clients add; the Cookie
// line is the placeholder the export asks the user to fill in.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { predict } from '../src/engine/predict.ts';
import { generateExport, EXPORT_TARGETS } from '../src/export/targets.ts';
import { requestUrl } from '../src/lib/request-url.ts';
import { serverModel } from '../src/policy/model.ts';
import { DEFAULT_REQUEST, PRESETS } from '../src/scenario/defaults.ts';
import type { LogAnswer } from '../src/scenario/log-types.ts';
import type { Scenario, ScenarioRequest } from '../src/scenario/types.ts';
import { startPlayground, type Playground } from '../server/playground.ts';
import { send } from './probe-http.ts';

/** Issued by the playground started below: the server refuses a session id it did not sign. */
let SESSION = '';
const FRAMING = new Set(['host', 'content-length', 'cookie']);
const preset = (id: string) => PRESETS.find((p) => p.id === id)!.policy;

const SCENARIOS: Array<{ label: string; request: ScenarioRequest; policy: string }> = [
  { label: 'a simple GET', request: DEFAULT_REQUEST, policy: 'open-public-api' },
  {
    label: 'PUT with JSON and credentials (preflight first)',
    request: { ...DEFAULT_REQUEST, method: 'PUT', credentials: 'include', headers: [['Content-Type', 'application/json'], ['Authorization', 'Bearer t']], body: { type: 'json', text: '{"a":"it\'s"}' } },
    policy: 'frontend-admin-credentials',
  },
  { label: 'a form POST from an attacker', request: { ...DEFAULT_REQUEST, from: 'cross-site', method: 'POST', body: { type: 'urlencoded', fields: [['q', 'a b&c']] } }, policy: 'single-frontend' },
  { label: 'a text POST with a custom header', request: { ...DEFAULT_REQUEST, method: 'POST', path: '/api/items?x=1', headers: [['X-Trace', '1']], body: { type: 'text', text: 'hi' } }, policy: 'reflect-with-credentials' },
];

let playground: Playground;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'curl-export-'));
  playground = await startPlayground({ host: '127.0.0.1', appPort: 0, appPublicPort: null, apiPort: 0, site: 'playground.localhost', staticDir: dir });
  const issued = await send(playground.appPort, 'GET', '/__session', [['Host', new URL(playground.deps.deployment.app).host]]);
  SESSION = (JSON.parse(issued.body) as { session: string }).session;
});
afterAll(() => playground.close(100));

async function logAfter(after: number): Promise<LogAnswer> {
  const host = new URL(playground.deps.deployment.app).host;
  const answer = await send(playground.appPort, 'GET', `/__log/${SESSION}?after=${after}`, [['Host', host]]);
  expect(answer.status).toBe(200);
  return JSON.parse(answer.body) as LogAnswer;
}

describe('curl export against the real server', () => {
  it.each(SCENARIOS)('$label: the server records what the engine says the browser sends', async ({ request, policy }) => {
    const d = playground.deps.deployment;
    const scenario: Scenario = { version: 1, request, server: { type: 'policy', policy: preset(policy) } };
    const url = await requestUrl(scenario, d, SESSION);
    const requests = predict({ scenario, deployment: d, requestUrl: url, serve: serverModel(scenario.server, d), cookie: null }).requests;
    expect(requests.length).toBeGreaterThan(0);
    const curl = EXPORT_TARGETS.find((t) => t.id === 'curl')!;
    const code = generateExport(curl, { scenario, deployment: d, requestUrl: url, requests, port: 0, name: 'x' }).code;

    const before = (await logAfter(0)).lastSeq;
    // Asynchronously: the server answering curl runs in this process.
    await promisify(execFile)('bash', ['-euc', code], { timeout: 20_000 });
    const entries = (await logAfter(before)).entries;

    const arrived = entries.map((e) => ({ method: e.method, url: `${d.api}${e.target}`, headers: e.headers.filter(([n]) => !FRAMING.has(n.toLowerCase())) }));
    expect(arrived).toEqual(requests.map((r) => ({ method: r.method, url: r.url, headers: r.headers })));
  });
});
