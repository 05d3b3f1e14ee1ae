// Whole scenarios through the handler, the way the browser sends them: the
// preflight when one is needed, then the actual request. Each answer must be
// what the pure policy server says plus only the adapter's framing lines, and
// the record must hold exactly the requests sent. The scenarios are every step
// of the shared case table, plus the presets crossed with a few requests.
import { describe, expect, it } from 'vitest';
import { respond, type IncomingRequest } from '../src/policy/respond.ts';
import { countsArrivals } from '../src/policy/answers.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST, PRESETS } from '../src/scenario/defaults.ts';
import { pageOrigin, resolveTokens, targetOrigin } from '../src/scenario/origins.ts';
import { resolveServerSide } from '../src/scenario/resolve.ts';
import type { HeaderList, Scenario, ScenarioRequest, ServerSide } from '../src/scenario/types.ts';
import { apiUrl } from '../src/scenario/api-path.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { CASES } from '../src/scenario/cases/index.ts';
import { handle } from './handler.ts';
import { deployment, request, SESSION, testDeps } from './test-helpers.ts';

const REQUESTS: ScenarioRequest[] = [
  DEFAULT_REQUEST,
  { ...DEFAULT_REQUEST, method: 'PUT', headers: [['Content-Type', 'application/json']], body: { type: 'json', text: '{"a":1}' } },
  { ...DEFAULT_REQUEST, method: 'patch', headers: [['X-Trace', '1'], ['Accept', 'text/plain']], body: { type: 'text', text: 'hi' } },
  { ...DEFAULT_REQUEST, from: 'sibling', credentials: 'include', path: '/api/me?x=1' },
  { ...DEFAULT_REQUEST, from: 'null', method: 'delete' },
  { ...DEFAULT_REQUEST, from: 'same-origin', method: 'PUT', headers: [['X-Trace', '1']] },
];

const SERVERS: ServerSide[] = [
  { type: 'policy', policy: DEFAULT_POLICY },
  ...PRESETS.map((preset): ServerSide => ({ type: 'policy', policy: preset.policy })),
  {
    type: 'policy',
    policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'any' }, redirect: { status: 302, to: 'other-origin', path: '/moved' } },
  },
  {
    type: 'raw',
    preflight: { status: 200, headers: [['Access-Control-Allow-Origin', '{origin}'], ['Access-Control-Allow-Methods', 'PUT, patch, DELETE']] },
    actual: { status: 201, headers: [['Access-Control-Allow-Origin', '{app}'], ['Access-Control-Allow-Origin', '{origin}'], ['X-Extra', 'y']] },
  },
];

interface Run {
  label: string;
  scenario: Scenario;
  /** Whether the browser sends a preflight first: from the case table, or a simple rule. */
  preflight: boolean;
}

const PRESET_RUNS: Run[] = SERVERS.flatMap((server, s) =>
  REQUESTS.map((req, r): Run => {
    const scenario: Scenario = { version: 1, request: req, server };
    return { label: `preset ${s}.${r}`, scenario, preflight: needsPreflight(req, normalizeMethod(req.method)) };
  }),
);

// Steps where fetch() throws never reach a server.
const CASE_RUNS: Run[] = CASES.flatMap((c) =>
  c.steps
    .filter((step) => step.expect.verdict !== 'type-error')
    .map((step, i): Run => ({ label: `${c.id} #${i + 1}`, scenario: step.scenario, preflight: step.expect.preflight })),
);

/** The browser's normalization: only these six methods are upper-cased (Fetch §2.2.1). */
function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  return ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'].includes(upper) ? upper : method;
}

/** A deliberately simple rule for the presets (the engine has the real one): unusual method, or any header but Accept. */
function needsPreflight(req: ScenarioRequest, method: string): boolean {
  if (req.from === 'same-origin') return false;
  return !['GET', 'HEAD', 'POST'].includes(method) || req.headers.some(([name]) => name.toLowerCase() !== 'accept');
}

function bodyText(req: ScenarioRequest): string {
  return req.body.type === 'text' || req.body.type === 'json' ? req.body.text : '';
}

interface Sent {
  method: string;
  headers: HeaderList;
  body: string;
}

function browserRequests(req: ScenarioRequest, preflight: boolean): Sent[] {
  const method = normalizeMethod(req.method);
  const origin: HeaderList = req.from === 'same-origin' ? [] : [['Origin', pageOrigin(req.from, deployment)]];
  const actual: Sent = { method, headers: [...origin, ...req.headers], body: bodyText(req) };
  if (!preflight) return [actual];
  // Close enough for these checks: the answer is compared with respond() for the same request.
  const requested = req.headers.map(([n]) => n.toLowerCase()).filter((n) => n !== 'accept').sort();
  const preflightHeaders: HeaderList = [...origin, ['Access-Control-Request-Method', method]];
  if (requested.length > 0) preflightHeaders.push(['Access-Control-Request-Headers', requested.join(',')]);
  return [{ method: 'OPTIONS', headers: preflightHeaders, body: '' }, actual];
}

/** What a raw Location must become: the same place, as this experiment's /r/ URL. */
function expectedLocation(value: string, config: string): string {
  if (value.startsWith('/')) return `/r/${SESSION}/${config}${value}`;
  for (const api of [deployment.api, deployment.api2, deployment.app]) {
    if (value.startsWith(api + '/')) return `${api}/r/${SESSION}/${config}${value.slice(api.length)}`;
    // With user-info (http://user:pass@host/…), which must reach the browser unchanged.
    const host = api.slice('http://'.length);
    const at = value.indexOf(`@${host}/`);
    if (value.startsWith('http://') && at > 0) return `${value.slice(0, at + 1 + host.length)}/r/${SESSION}/${config}${value.slice(at + 1 + host.length)}`;
  }
  throw new Error(`unexpected Location in a case: ${value}`);
}

describe('scenarios through the handler', () => {
  it('has the case table to drive', () => {
    expect(CASE_RUNS.length).toBeGreaterThan(100);
  });

  it.each([...CASE_RUNS, ...PRESET_RUNS].map((run) => [run.label, run] as const))(
    '%s: answers are respond() plus framing, and the record holds exactly what was sent',
    async (_label, { scenario, preflight }) => {
      const deps = testDeps();
      const server = resolveServerSide(scenario.server, deployment);
      const config = await encodeServerSide(server);
      const path = resolveTokens(scenario.request.path, deployment);
      const origin = targetOrigin(scenario.request.from, deployment);
      const target = new URL(apiUrl(origin, SESSION, config, path));
      const listener = scenario.request.from === 'same-origin' ? 'app' : 'api';
      const sent = browserRequests(scenario.request, preflight);

      const expectedRecords: { status: number; headers: HeaderList }[] = [];
      for (const { method, headers, body } of sent) {
        const allHeaders: HeaderList = [['Host', target.host], ...headers];
        const answer = handle(listener, request(method, target.pathname + target.search, allHeaders, body), deps);
        const incoming: IncomingRequest = { method, url: target.href, headers: allHeaders };
        const expected = respond(server, incoming, {
          // An other-origin redirect from the API goes to the second API origin, same-origin ones stay.
          redirectTarget: (to, p) => apiUrl(to === 'same-origin' ? origin : deployment.api2, SESSION, config, p, true),
          locationTarget: (value) => expectedLocation(value, config),
          redirected: false,
          path,
          // A fresh record: each request is the first of its kind at its path (what answer rows by arrival see).
          ...(countsArrivals(server) ? { arrival: 1 } : {}),
        });
        expect(answer).toEqual(expected);
        const hasContent = ![204, 304].includes(expected.status);
        const length: HeaderList = hasContent ? [['Content-Length', String(Buffer.byteLength(expected.body))]] : [];
        expectedRecords.push({ status: expected.status, headers: [...expected.headers, ...length, ['Connection', 'keep-alive']] });
      }

      const { entries } = deps.log.read(SESSION);
      expect(entries.map((e) => [e.method, e.kind, e.path, e.bodyText])).toEqual(
        sent.map((s) => [s.method, s.method === 'OPTIONS' ? 'preflight' : 'actual', path, s.body]),
      );
      expect(entries.map((e) => e.response)).toEqual(expectedRecords);
    },
  );
});
