import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, DEFAULT_SCENARIO } from '../scenario/defaults.ts';
import { makeDeployment } from '../scenario/origins.ts';
import type { Scenario } from '../scenario/types.ts';
import { predictsPreflight } from './prediction.ts';
import { predictScenario } from './predict-scenario.ts';
import { requestUrl } from './request-url.ts';

const d = makeDeployment();
const session = 'tab-session-0000000001';
const base = { deployment: d, cache: { entries: [] }, now: 1_000_000, parentOrigin: d.app, cookie: null };

describe('predictScenario', () => {
  it('predicts the first-minute scenario as Chromium reports it: no ACAO, no preflight', async () => {
    const url = await requestUrl(DEFAULT_SCENARIO, d, session);
    const answer = predictScenario({ ...base, scenario: DEFAULT_SCENARIO, requestUrl: url });
    expect(answer.kind).toBe('prediction');
    if (answer.kind !== 'prediction') return;
    expect(answer.prediction.verdict).toBe('cors-error');
    expect(answer.prediction.corsError).toBe('MissingAllowOriginHeader');
    // Chromium's console line (cors_error_string.cc) for kMissingAllowOriginHeader.
    expect(answer.prediction.consoleMessage).toBe(
      `Access to fetch at '${url}' from origin 'http://app.playground.localhost:5173' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.`,
    );
    expect(predictsPreflight(answer.prediction)).toBe(false);
  });

  it('sees a JSON PUT as preflighted, and the next run served from the cache the first one filled', async () => {
    const scenario: Scenario = {
      version: 1,
      request: { ...DEFAULT_SCENARIO.request, method: 'PUT', headers: [['Content-Type', 'application/json']], body: { type: 'json', text: '{}' } },
      server: { type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'list', origins: ['{app}'] }, allowMethods: { type: 'list', values: ['PUT'] }, allowHeaders: { type: 'list', values: ['Content-Type'] }, maxAge: 600 } },
    };
    const url = await requestUrl(scenario, d, session);
    const first = predictScenario({ ...base, scenario, requestUrl: url });
    if (first.kind !== 'prediction') throw new Error(first.message);
    expect(first.prediction.verdict).toBe('ok');
    expect(predictsPreflight(first.prediction)).toBe(true);
    const second = predictScenario({ ...base, scenario, requestUrl: url, cache: first.prediction.cache, now: base.now + 1000 });
    if (second.kind !== 'prediction') throw new Error(second.message);
    expect(second.prediction.preflightFromCache).toBe(true);
    expect(predictsPreflight(second.prediction)).toBe(false);
  });

  it('answers with the error instead of throwing when the model fails', () => {
    const broken = { version: 1, server: DEFAULT_SCENARIO.server } as unknown as Scenario;
    const answer = predictScenario({ ...base, scenario: broken, requestUrl: 'http://api.playground.localhost:8787/s/x/y/api' });
    expect(answer.kind).toBe('crash');
  });
});
