// The shared case table, run through the engine against the real server model, for
// each browser engine: Chromium's expectations with that engine's observed differences.
import { describe, expect, test } from 'vitest';
import { CASES } from '../scenario/cases/index.ts';
import { ENGINE_OVERRIDES } from '../scenario/cases/engine-overrides.ts';
import { expectationFor, networkOf } from '../scenario/cases/types.ts';
import { DEPLOYMENT, predictScenario, resolved } from './test-support.ts';
import { rulesFor } from './engine-differences.ts';
import { arrivalsOf } from '../policy/model.ts';
import type { ArrivalKey } from '../policy/answers.ts';
import { BROWSER_ENGINES, type BrowserEngine, type PreflightCache } from './types.ts';

describe('scenario cases', () => {
  test('the table is large and its ids are unique kebab-case', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(170);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    for (const c of CASES) expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('the table covers every CorsError Chromium can give fetch() over http on loopback', () => {
    const covered = new Set(CASES.flatMap((c) => c.steps.map((s) => s.expect.corsError)));
    // Not reachable here: InsecureLocalNetwork needs a page that is not a secure context (every
    // playground origin is), CorsDisabledScheme a non-http URL, InvalidResponse and DisallowedByMode
    // are never reported for fetch() this way.
    const reachable = [
      'WildcardOriginNotAllowed', 'MissingAllowOriginHeader', 'MultipleAllowOriginValues', 'InvalidAllowOriginValue',
      'AllowOriginMismatch', 'InvalidAllowCredentials', 'PreflightInvalidStatus', 'PreflightDisallowedRedirect',
      'PreflightWildcardOriginNotAllowed', 'PreflightMissingAllowOriginHeader', 'PreflightMultipleAllowOriginValues',
      'PreflightInvalidAllowOriginValue', 'PreflightAllowOriginMismatch', 'PreflightInvalidAllowCredentials',
      'InvalidAllowMethodsPreflightResponse', 'InvalidAllowHeadersPreflightResponse', 'MethodDisallowedByPreflightResponse',
      'HeaderDisallowedByPreflightResponse', 'RedirectContainsCredentials',
      'LocalNetworkAccessPermissionDenied', 'InvalidLocalNetworkAccess',
    ];
    expect(reachable.filter((e) => !covered.has(e))).toEqual([]);
    const verdicts = new Set(CASES.flatMap((c) => c.steps.map((s) => s.expect.verdict)));
    expect([...verdicts].sort()).toEqual(['cors-error', 'network-error', 'ok', 'opaque', 'type-error']);
  });

  test('at least 40 cases differ between engines in outcome, preflight or cookie (as observed)', () => {
    const differs = CASES.filter((c) => c.steps.some((s) => Object.values(s.expect.engines ?? {}).some((e) => Object.keys(e).length > 0)));
    expect(differs.length).toBeGreaterThanOrEqual(40);
  });

  test('every engine override names a case step of the table, and changes something', () => {
    for (const [id, step, engines] of ENGINE_OVERRIDES) {
      const c = CASES.find((x) => x.id === id);
      expect(c?.steps[step - 1], `${id} step ${step}`).toBeDefined();
      const chromium = c!.steps[step - 1]!.expect;
      for (const [engine, e] of Object.entries(engines)) {
        const changed = Object.entries(e).some(([k, v]) => JSON.stringify(v) !== JSON.stringify(chromium[k as keyof typeof chromium]));
        expect(changed, `${id} step ${step} ${engine}`).toBe(true);
      }
    }
  });

  // Cases that place the page in another address space: for the engines whose Local Network Access is modelled.
  const perEngine = BROWSER_ENGINES.flatMap((engine) =>
    CASES.filter((c) => rulesFor(engine).localNetworkAccess !== null || networkOf(c) === undefined).map((c) => [`${engine} ${c.id}`, engine, c] as const));
  test.each(perEngine)('%s', (_name, engine: BrowserEngine, c) => {
    let cache: PreflightCache | undefined;
    // What the server received in earlier steps, per server side (answers that change on a later arrival).
    const arrivals = new Map<unknown, ArrivalKey[]>();
    c.steps.forEach(({ scenario, expect: chromiumWant }, i) => {
      const want = expectationFor(chromiumWant, engine);
      const earlier = arrivals.get(scenario.server) ?? [];
      const p = predictScenario(scenario, { cache, now: 1_000_000 + i, cookie: c.login ? { sameSite: c.login } : null, earlier, engine });
      arrivals.set(scenario.server, [...earlier, ...arrivalsOf(p.requests, DEPLOYMENT)]);
      cache = p.cache;
      // CorsError and its parameter are Chromium's own facts (CDP reports them): checked for Chromium only.
      const chromiumError = engine === 'chromium';
      const got = {
        verdict: p.verdict,
        ...(chromiumError ? { corsError: p.corsError } : {}),
        preflight: p.requests.some((r) => r.kind === 'preflight'),
        ...(chromiumError && want.failedParameter !== undefined && !want.failedParameterOneOf ? { failedParameter: p.failedParameter } : {}),
        ...(chromiumError && want.failedParameterOneOf !== undefined ? { oneOf: [...(p.failedParameterOneOf ?? [])].sort() } : {}),
        ...(want.cookie !== undefined ? { cookie: p.requests.filter((r) => r.kind === 'actual').map((r) => r.cookie.cookie) } : {}),
      };
      const expected = {
        verdict: want.verdict,
        ...(chromiumError ? { corsError: want.corsError ?? null } : {}),
        preflight: want.preflight,
        ...(chromiumError && want.failedParameter !== undefined && !want.failedParameterOneOf ? { failedParameter: resolved(want.failedParameter) } : {}),
        ...(chromiumError && want.failedParameterOneOf !== undefined ? { oneOf: [...want.failedParameterOneOf].sort() } : {}),
        ...(want.cookie !== undefined ? { cookie: want.cookie } : {}),
      };
      expect(got, `step ${i + 1}`).toEqual(expected);
      // The decision record states the same facts, typed: the verdict, the error, its parameter, a preflight on the wire.
      const d = p.decision;
      expect(p.engine).toBe(engine);
      expect({ verdict: d.verdict, sent: d.preflight === 'sent' }, `record, step ${i + 1}`).toEqual({ verdict: want.verdict, sent: want.preflight });
      if (chromiumError) expect(d.error?.name ?? null, `record error, step ${i + 1}`).toBe(want.corsError ?? null);
      if (chromiumError && want.failedParameter !== undefined && !want.failedParameterOneOf) expect(d.failedParameter).toBe(resolved(want.failedParameter));
      if (chromiumError && want.failedParameterOneOf) expect(d.error?.name === 'HeaderDisallowedByPreflightResponse' && [...d.error.refused].sort()).toEqual([...want.failedParameterOneOf].sort());
      if (want.cookie?.[0] !== undefined) expect(d.cookie.cookie).toBe(want.cookie[0]);
      // Where Chromium's choice among several refused headers is not predictable,
      // the header the browser was seen to name must be among the candidates.
      if (want.failedParameterOneOf && want.failedParameter) expect(want.failedParameterOneOf).toContain(want.failedParameter);
    });
  });
});
