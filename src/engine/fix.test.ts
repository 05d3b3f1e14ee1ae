// Every failing step of the case table gets a fix, and the fixed scenario
// passes when predicted afresh against the real server model.
import { describe, expect, test } from 'vitest';
import { CASES } from '../scenario/cases/index.ts';
import { predictScenario } from './test-support.ts';
import { passes } from './fix.ts';
import type { Scenario } from '../scenario/types.ts';

// What no CORS policy edit can fix, by design: a refused WebSocket and a form in a sandboxed
// page (channels.ts), a stream upload (never sent over HTTP/1.1: bodies.ts), an only-if-cached
// request with nothing stored (http-cache.ts).
function policyCanFix({ scenario }: { scenario: Scenario }): boolean {
  const { via, body, cache } = scenario.request;
  return !(['websocket', 'form'].includes(via ?? 'fetch') || body.type === 'stream' || cache === 'only-if-cached');
}

// Each failing step predicted alone: the first step of a sequence (later steps fail through the
// caches earlier steps filled, which a lone prediction does not have).
const failing = CASES.flatMap((c) =>
  c.steps
    .slice(0, 1)
    .filter((s) => !['ok', 'opaque'].includes(s.expect.verdict) && policyCanFix(s))
    .map((s) => [c.id, s.scenario] as const),
);

describe('fixes', () => {
  test.each(failing)('%s', (_id, scenario) => {
    const p = predictScenario(scenario);
    expect(p.fix).not.toBeNull();
    expect(p.fix!.changes.length).toBeGreaterThan(0);
    const again = predictScenario(p.fix!.scenario);
    // no-cors and redirect "manual" succeed with the opaque answer they ask for.
    const wanted = scenario.request.mode === 'no-cors' || p.fix!.scenario.request.redirect === 'manual' ? ['ok', 'opaque'] : ['ok'];
    expect(wanted).toContain(again.verdict);
    expect(passes(p.fix!.scenario, again)).toBe(true);
  });
});

// Version 2's answer rows: the fix edits the row that wrote the failing answer, not the
// preflight/actual answers no request of the chain ever got.
describe('fixes to answer rows', () => {
  const scenarioOf = (id: string) => CASES.find((c) => c.id === id)!.steps[0]!.scenario;

  test('a hop that names another origin: that row gets the app in its ACAO', () => {
    const scenario = scenarioOf('seq-second-hop-other-acao');
    const fix = predictScenario(scenario).fix!;
    expect(fix.changes.map((c) => c.path)).toEqual([expect.stringMatching(/^server\.answers\.\d+\.response$/)]);
    expect(fix.changes[0]!.after).toContain('Access-Control-Allow-Origin');
    if (scenario.server.type !== 'raw' || fix.scenario.server.type !== 'raw') throw new Error('a raw server side');
    expect(fix.scenario.server.actual).toEqual(scenario.server.actual);
    expect(fix.scenario.server.answers!.length).toBe(scenario.server.answers!.length);
  });

  test('a redirect loop: the row that redirected once too often answers 200 without Location', () => {
    const fix = predictScenario(scenarioOf('seq-loop')).fix!;
    expect(fix.changes).toHaveLength(1);
    const [change] = fix.changes;
    expect(change!.path).toMatch(/^server\.answers\.\d+\.response$/);
    expect(change!.before).toMatch(/Location/);
    expect(change!.after).not.toMatch(/Location/);
    expect(predictScenario(fix.scenario).verdict).toBe('ok');
  });
});

// A conditional header the page sets, once allowed, brings a 304 that carries no CORS headers:
// the fix then has the server send them on the 304 too (the HTTP cache's own field).
test('a script-set If-None-Match: allowed first, then the 304 gets the CORS headers', () => {
  const scenario = CASES.find((c) => c.id === 'http-cache-script-if-none-match')!.steps[0]!.scenario;
  const fix = predictScenario(scenario).fix!;
  expect(fix.changes.map((c) => c.path)).toEqual(['server.policy.allowHeaders', 'server.policy.httpCache']);
  expect(fix.summary).toMatch(/304 Not Modified/);
  expect(predictScenario(fix.scenario).verdict).toBe('ok');
});
