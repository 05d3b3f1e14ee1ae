// The shared case table, run through the engine against the real server model.
import { describe, expect, test } from 'vitest';
import { CASES } from '../scenario/cases/index.ts';
import { DEPLOYMENT, predictScenario, resolved } from './test-support.ts';
import { arrivalsOf } from '../policy/model.ts';
import type { ArrivalKey } from '../policy/answers.ts';
import type { PreflightCache } from './types.ts';

describe('scenario cases', () => {
  test('the table is large and its ids are unique kebab-case', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(170);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    for (const c of CASES) expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('the table covers every CorsError Chromium can give fetch() over http on loopback', () => {
    const covered = new Set(CASES.flatMap((c) => c.steps.map((s) => s.expect.corsError)));
    // Not reachable here: LNA errors need a public initiator, CorsDisabledScheme a
    // non-http URL, InvalidResponse and DisallowedByMode are never reported for fetch() this way.
    const reachable = [
      'WildcardOriginNotAllowed', 'MissingAllowOriginHeader', 'MultipleAllowOriginValues', 'InvalidAllowOriginValue',
      'AllowOriginMismatch', 'InvalidAllowCredentials', 'PreflightInvalidStatus', 'PreflightDisallowedRedirect',
      'PreflightWildcardOriginNotAllowed', 'PreflightMissingAllowOriginHeader', 'PreflightMultipleAllowOriginValues',
      'PreflightInvalidAllowOriginValue', 'PreflightAllowOriginMismatch', 'PreflightInvalidAllowCredentials',
      'InvalidAllowMethodsPreflightResponse', 'InvalidAllowHeadersPreflightResponse', 'MethodDisallowedByPreflightResponse',
      'HeaderDisallowedByPreflightResponse', 'RedirectContainsCredentials',
    ];
    expect(reachable.filter((e) => !covered.has(e))).toEqual([]);
    const verdicts = new Set(CASES.flatMap((c) => c.steps.map((s) => s.expect.verdict)));
    expect([...verdicts].sort()).toEqual(['cors-error', 'network-error', 'ok', 'opaque', 'type-error']);
  });

  test.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    let cache: PreflightCache | undefined;
    // What the server received in earlier steps, per server side (answers that change on a later arrival).
    const arrivals = new Map<unknown, ArrivalKey[]>();
    c.steps.forEach(({ scenario, expect: want }, i) => {
      const earlier = arrivals.get(scenario.server) ?? [];
      const p = predictScenario(scenario, cache, 1_000_000 + i, c.login ? { sameSite: c.login } : null, earlier);
      arrivals.set(scenario.server, [...earlier, ...arrivalsOf(p.requests, DEPLOYMENT)]);
      cache = p.cache;
      const got = {
        verdict: p.verdict,
        corsError: p.corsError,
        preflight: p.requests.some((r) => r.kind === 'preflight'),
        ...(want.failedParameter !== undefined && !want.failedParameterOneOf ? { failedParameter: p.failedParameter } : {}),
        ...(want.failedParameterOneOf !== undefined ? { oneOf: [...(p.failedParameterOneOf ?? [])].sort() } : {}),
        ...(want.cookie !== undefined ? { cookie: p.requests.filter((r) => r.kind === 'actual').map((r) => r.cookie.cookie) } : {}),
      };
      const expected = {
        verdict: want.verdict,
        corsError: want.corsError ?? null,
        preflight: want.preflight,
        ...(want.failedParameter !== undefined && !want.failedParameterOneOf ? { failedParameter: resolved(want.failedParameter) } : {}),
        ...(want.failedParameterOneOf !== undefined ? { oneOf: [...want.failedParameterOneOf].sort() } : {}),
        ...(want.cookie !== undefined ? { cookie: want.cookie } : {}),
      };
      expect(got, `step ${i + 1}`).toEqual(expected);
      // The decision record states the same facts, typed: the verdict, the error, its parameter, a preflight on the wire.
      const d = p.decision;
      expect({ verdict: d.verdict, error: d.error?.name ?? null, sent: d.preflight === 'sent' }, `record, step ${i + 1}`)
        .toEqual({ verdict: want.verdict, error: want.corsError ?? null, sent: want.preflight });
      if (want.failedParameter !== undefined && !want.failedParameterOneOf) expect(d.failedParameter).toBe(resolved(want.failedParameter));
      if (want.failedParameterOneOf) expect(d.error?.name === 'HeaderDisallowedByPreflightResponse' && [...d.error.refused].sort()).toEqual([...want.failedParameterOneOf].sort());
      if (want.cookie?.[0] !== undefined) expect(d.cookie.cookie).toBe(want.cookie[0]);
      // Where Chromium's choice among several refused headers is not predictable,
      // the header the browser was seen to name must be among the candidates.
      if (want.failedParameterOneOf && want.failedParameter) expect(want.failedParameterOneOf).toContain(want.failedParameter);
    });
  });
});
