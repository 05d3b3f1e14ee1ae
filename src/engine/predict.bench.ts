// vitest bench: the engine's evaluation per scenario. The case table's mean
// divided by its step count is the time per scenario (npm run bench prints it).
import { bench } from 'vitest';
import { CASES } from '../scenario/cases/index.ts';
import { DEFAULT_POLICY, DEFAULT_SCENARIO } from '../scenario/defaults.ts';
import type { Scenario } from '../scenario/types.ts';
import { predictScenario } from './test-support.ts';

const steps = CASES.flatMap((c) => c.steps.map((s) => s.scenario));

bench(`predict every case step (${steps.length} scenarios, fixes included)`, () => {
  for (const s of steps) predictScenario(s);
});

// A credentialed JSON PUT to an allow-list policy: a preflight, then the request (no fix needed).
const realistic: Scenario = {
  ...DEFAULT_SCENARIO,
  request: { ...DEFAULT_SCENARIO.request, method: 'PUT', headers: [['Content-Type', 'application/json']], body: { type: 'json', text: '{"n":1}' }, credentials: 'include' },
  server: {
    type: 'policy',
    policy: {
      ...DEFAULT_POLICY,
      allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] },
      allowMethods: { type: 'list', values: ['GET', 'POST', 'PUT', 'DELETE'] },
      allowHeaders: { type: 'list', values: ['Content-Type', 'Authorization'] },
      allowCredentials: true,
      maxAge: 600,
    },
  },
};
// The same PUT refused (no Access-Control-Allow-Origin): the engine also searches for the fix.
const refused: Scenario = { ...realistic, server: { type: 'policy', policy: { ...DEFAULT_POLICY } } };

bench('predict one scenario: credentialed PUT allowed after a preflight (1 scenarios)', () => {
  predictScenario(realistic);
});

bench('predict one scenario: the same PUT refused, fix found (1 scenarios)', () => {
  predictScenario(refused);
});
