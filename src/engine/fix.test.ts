// Every failing step of the case table gets a fix, and the fixed scenario
// passes when predicted afresh against the real server model.
import { describe, expect, test } from 'vitest';
import { CASES } from '../scenario/cases/index.ts';
import { predictScenario } from './test-support.ts';
import { passes } from './fix.ts';

// A refused WebSocket and a form in a sandboxed page fail by design, not by a
// CORS policy: no policy edit is a fix for them (channels.ts).
const policyCanFix = (s: { scenario: { request: { via?: string } } }) => !['websocket', 'form'].includes(s.scenario.request.via ?? 'fetch');

const failing = CASES.flatMap((c) =>
  c.steps
    .filter((s) => !['ok', 'opaque'].includes(s.expect.verdict) && policyCanFix(s))
    .map((s, i) => [`${c.id}#${i + 1}`, s.scenario] as const),
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
