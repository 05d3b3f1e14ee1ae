// Whole scenarios through the handler, the way the browser sends them: the
// preflight when one is needed, then the actual request. Each answer must be
// what the pure policy server says plus only the adapter's framing lines, and
// the record must hold exactly the requests sent.
import { describe, expect, it } from 'vitest';
import { respond, type IncomingRequest } from '../src/policy/respond.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST, PRESETS } from '../src/scenario/defaults.ts';
import { pageOrigin, resolveTokens, targetOrigin } from '../src/scenario/origins.ts';
import { resolveServerSide } from '../src/scenario/resolve.ts';
import type { HeaderList, Scenario, ScenarioRequest, ServerSide } from '../src/scenario/types.ts';
import { apiUrl, encodeServerSide } from '../src/scenario/wire.ts';
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

const SCENARIOS: Scenario[] = SERVERS.flatMap((server) => REQUESTS.map((req): Scenario => ({ version: 1, request: req, server })));

/** The browser's normalization: only these six methods are upper-cased (Fetch §2.2.1). */
function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  return ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'].includes(upper) ? upper : method;
}

/** A deliberately simple rule (the engine has the real one): unusual method, or any header but Accept. */
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

function browserRequests(req: ScenarioRequest): Sent[] {
  const method = normalizeMethod(req.method);
  const origin: HeaderList = req.from === 'same-origin' ? [] : [['Origin', pageOrigin(req.from, deployment)]];
  const actual: Sent = { method, headers: [...origin, ...req.headers], body: bodyText(req) };
  if (!needsPreflight(req, method)) return [actual];
  const requested = req.headers.map(([n]) => n.toLowerCase()).filter((n) => n !== 'accept').sort();
  const preflightHeaders: HeaderList = [...origin, ['Access-Control-Request-Method', method]];
  if (requested.length > 0) preflightHeaders.push(['Access-Control-Request-Headers', requested.join(',')]);
  return [{ method: 'OPTIONS', headers: preflightHeaders, body: '' }, actual];
}

describe('scenarios through the handler', () => {
  it.each(SCENARIOS.map((s, i) => [i, `${s.server.type} ${s.request.from} ${s.request.method}`, s] as const))(
    'scenario %i (%s): answers are respond() plus framing, and the record holds exactly what was sent',
    async (_i, _label, scenario) => {
      const deps = testDeps();
      const server = resolveServerSide(scenario.server, deployment);
      const config = await encodeServerSide(server);
      const path = resolveTokens(scenario.request.path, deployment);
      const origin = targetOrigin(scenario.request.from, deployment);
      const target = new URL(apiUrl(origin, SESSION, config, path));
      const listener = scenario.request.from === 'same-origin' ? 'app' : 'api';
      const sent = browserRequests(scenario.request);

      const expectedRecords: { status: number; headers: HeaderList }[] = [];
      for (const { method, headers, body } of sent) {
        const allHeaders: HeaderList = [['Host', target.host], ...headers];
        const answer = handle(listener, request(method, target.pathname + target.search, allHeaders, body), deps);
        const incoming: IncomingRequest = { method, url: target.href, headers: allHeaders };
        const expected = respond(server, incoming, {
          // An other-origin redirect from the API goes to the second API origin, same-origin ones stay.
          redirectTarget: (to, p) => apiUrl(to === 'same-origin' ? origin : deployment.api2, SESSION, config, p, true),
          redirected: false,
          path,
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
