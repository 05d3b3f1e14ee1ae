import { describe, expect, it } from 'vitest';
import { rawFromPolicy } from './raw-from-policy.ts';
import { CASES } from '../../scenario/cases/index.ts';
import { BASE_POLICY, BASE_REQUEST } from '../../scenario/cases/helpers.ts';
import { DEPLOYMENT, predictScenario } from '../../engine/test-support.ts';
import { validateServerSide } from '../../policy/validate.ts';
import type { Policy, Scenario } from '../../scenario/types.ts';

const scenario = (policy: Policy, request: Partial<Scenario['request']> = {}): Scenario => ({
  version: 1,
  request: { ...BASE_REQUEST, ...request },
  server: { type: 'policy', policy },
});

describe('rawFromPolicy', () => {
  it('gives the lines the policy sends to this request, preflight and actual', () => {
    const policy: Policy = {
      ...BASE_POLICY,
      allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] },
      allowMethods: { type: 'list', values: ['GET', 'PUT'] },
      allowHeaders: { type: 'mirror' },
      exposeHeaders: ['X-Total-Count'],
      allowCredentials: true,
      maxAge: 600,
      extraHeaders: [['X-Total-Count', '3']],
    };
    const s = scenario(policy, { from: 'admin', method: 'PUT', headers: [['X-Trace', 'a'], ['Content-Type', 'application/json']] });
    expect(rawFromPolicy(s, policy, DEPLOYMENT)).toEqual({
      preflight: {
        status: 204,
        headers: [
          ['Access-Control-Allow-Origin', '{admin}'],
          ['Access-Control-Allow-Credentials', 'true'],
          ['Access-Control-Allow-Methods', 'GET, PUT'],
          ['Access-Control-Allow-Headers', 'content-type,x-trace'],
          ['Access-Control-Max-Age', '600'],
          ['Vary', 'Origin, Access-Control-Request-Headers'],
        ],
      },
      actual: {
        status: 200,
        headers: [
          ['Access-Control-Allow-Origin', '{admin}'],
          ['Access-Control-Allow-Credentials', 'true'],
          ['Access-Control-Expose-Headers', 'X-Total-Count'],
          ['Vary', 'Origin'],
          ['X-Total-Count', '3'],
        ],
      },
    });
  });

  it('writes a redirect with a token the raw editor accepts', () => {
    const policy: Policy = { ...BASE_POLICY, redirect: { status: 307, to: 'other-origin', path: '/moved' } };
    const raw = rawFromPolicy(scenario(policy), policy, DEPLOYMENT);
    expect(raw.actual).toEqual({ status: 307, headers: [['Access-Control-Allow-Origin', '{app}'], ['Vary', 'Origin'], ['Location', '{api2}/moved']] });
    expect(validateServerSide({ type: 'raw', ...raw })).toEqual([]);
  });

  // Switching must not change what happens: every policy case of the table,
  // answered with its own raw lines, gets the same prediction (one request,
  // no redirect hop, where the request's Origin stays the page's).
  const policyCases = CASES.flatMap((c) => c.steps.slice(0, 1).map((step) => [c.id, step.scenario] as const)).filter(
    // Raw lines are HTTP answers: the WebSocket endpoint's own Origin check (wsCheckOrigin) is not one of them.
    ([, s]) => s.server.type === 'policy' && s.server.policy.redirect === null && !s.server.policy.wsCheckOrigin,
  );
  it.each(policyCases)('%s: same outcome in raw mode', (_id, s) => {
    const policy = (s.server as Extract<Scenario['server'], { type: 'policy' }>).policy;
    const raw: Scenario = { ...s, server: { type: 'raw', ...rawFromPolicy(s, policy, DEPLOYMENT) } };
    const [a, b] = [predictScenario(s), predictScenario(raw)];
    expect({ verdict: b.verdict, corsError: b.corsError, failedParameter: b.failedParameter, requests: b.requests.length }).toEqual({
      verdict: a.verdict, corsError: a.corsError, failedParameter: a.failedParameter, requests: a.requests.length,
    });
  });
});
