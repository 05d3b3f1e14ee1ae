// Every failing step of the case table gets a fix, and the fixed scenario
// passes when predicted afresh against the real server model.
import { describe, expect, test } from 'vitest';
import { CASES } from '../scenario/cases/index.ts';
import { predictScenario } from './test-support.ts';
import { passes } from './fix.ts';
import type { Scenario } from '../scenario/types.ts';

// What no CORS policy edit can fix, by design: a refused WebSocket and a form in a sandboxed
// page (channels.ts), a stream upload (never sent over HTTP/1.1: bodies.ts), an only-if-cached
// request with nothing stored (http-cache.ts). And what the fix finder does not edit yet: a raw
// server side's answer rows (version 2), which a fix would have to rewrite hop by hop, and the
// HTTP cache fields (a conditional header set by script, once allowed, gets a 304 without CORS headers).
function policyCanFix({ scenario }: { scenario: Scenario }): boolean {
  const { via, body, cache, headers } = scenario.request;
  if (['websocket', 'form'].includes(via ?? 'fetch') || body.type === 'stream' || cache === 'only-if-cached') return false;
  if (headers.some(([n]) => /^if-(none-match|modified-since)$/i.test(n))) return false;
  return !(scenario.server.type === 'raw' && scenario.server.answers !== undefined);
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
