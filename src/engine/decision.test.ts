// The decision record's typed facts, case by case. Expected values come from
// /work/shared/reference/chromium-cors.md (sections named per test), not from the engine.
import { describe, expect, test } from 'vitest';
import { policyScenario, rawScenario, raw, acao, acac, acam, text } from '../scenario/cases/helpers.ts';
import { DEPLOYMENT, predictScenario } from './test-support.ts';
import { failedParameterOf, failedResponse } from './decision.ts';

const APP = DEPLOYMENT.app;

describe('the CORS error, typed, with what it was about', () => {
  test('§1.2: PUT is not safelisted, so a preflight is sent; a list without PUT refuses it', () => {
    const d = predictScenario(policyScenario({ method: 'PUT' })).decision;
    expect(d.error).toEqual({ name: 'MethodDisallowedByPreflightResponse', method: 'PUT', allowed: ['GET', 'HEAD', 'POST'] });
    expect(d.preflight).toBe('sent');
    expect(d.preflightReasons).toEqual({ method: 'PUT', headers: [] });
    expect(failedResponse(d.error!)).toBe('preflight');
  });

  test('§1.2: "patch" is sent as written and "PATCH" in the list does not match it', () => {
    const d = predictScenario(policyScenario({ method: 'patch' }, { allowMethods: { type: 'list', values: ['PATCH'] } })).decision;
    expect(d.error).toMatchObject({ name: 'MethodDisallowedByPreflightResponse', method: 'patch' });
    expect(d.failedParameter).toBe('patch');
  });

  test('§7.8: with credentials, Access-Control-Allow-Headers "*" is a literal name and does not cover Authorization', () => {
    const s = policyScenario(
      { headers: [['Authorization', 'Bearer x']], credentials: 'include' },
      { allowHeaders: { type: 'list', values: ['*'] }, allowCredentials: true },
    );
    const d = predictScenario(s).decision;
    expect(d.error).toEqual({ name: 'HeaderDisallowedByPreflightResponse', header: 'authorization', refused: ['authorization'], allowed: ['*'] });
    expect(d.preflightReasons).toEqual({ method: null, headers: ['authorization'] });
  });

  test('§2.1 step 4: ACAC "True" fails, and the hint is the value sent', () => {
    const s = rawScenario({ credentials: 'include' }, raw(204), raw(200, acao(APP), acac('True')));
    const d = predictScenario(s).decision;
    expect(d.error).toEqual({ name: 'InvalidAllowCredentials', origin: APP, allowCredentials: 'True' });
    expect(d.failedParameter).toBe('True');
    expect(d.preflight).toBe('none');
    expect(failedResponse(d.error!)).toBe('actual');
  });

  test('§2.1 step 4: ACAC absent gives the empty hint', () => {
    const d = predictScenario(rawScenario({ credentials: 'include' }, raw(204), raw(200, acao(APP)))).decision;
    expect(d.error).toEqual({ name: 'InvalidAllowCredentials', origin: APP, allowCredentials: null });
    expect(failedParameterOf(d.error!)).toBe('');
  });

  test('§2.1 step 3 / §7.7: a trailing slash is a mismatch naming the value; "*.example.com" is not a valid origin', () => {
    const slash = predictScenario(rawScenario({}, raw(204), raw(200, acao(`${APP}/`)))).decision;
    expect(slash.error).toEqual({ name: 'AllowOriginMismatch', origin: APP, allowOrigin: `${APP}/` });
    const wildcard = predictScenario(rawScenario({}, raw(204), raw(200, acao('*.playground.localhost')))).decision;
    expect(wildcard.error).toMatchObject({ name: 'InvalidAllowOriginValue', allowOrigin: '*.playground.localhost' });
  });

  test('§2.3: a preflight answered 401 with a valid ACAO is an invalid status on the preflight', () => {
    const s = rawScenario({ method: 'PUT' }, raw(401, acao(APP), acam('PUT')), raw(200, acao(APP)));
    const d = predictScenario(s).decision;
    expect(d.error).toEqual({ name: 'PreflightInvalidStatus', status: 401 });
    expect(d.failedParameter).toBe('');
  });
});

describe('the preflight: none, sent, or from the cache', () => {
  test('§1.1: a simple GET needs none', () => {
    const d = predictScenario(policyScenario({})).decision;
    expect(d).toMatchObject({ verdict: 'ok', error: null, failedParameter: null, preflight: 'none', preflightReasons: null });
  });

  test('§3 / observed 13: the second identical request within Max-Age takes the cached answer', () => {
    const s = policyScenario({ method: 'PUT' }, { allowMethods: { type: 'list', values: ['PUT'] }, maxAge: 60 });
    const first = predictScenario(s, { now: 1_000_000 });
    const second = predictScenario(s, { cache: first.cache, now: 1_001_000 });
    expect([first.decision.preflight, second.decision.preflight]).toEqual(['sent', 'cached']);
    expect(second.decision.preflightReasons).toEqual({ method: 'PUT', headers: [] });
  });
});

describe('where a TypeError is thrown (§1.2, §1.3, §1.6)', () => {
  const step = (req: Parameters<typeof policyScenario>[0]) => predictScenario(policyScenario(req)).decision;
  test.each([
    ['a forbidden method', { method: 'CONNECT' }, 'method-forbidden'],
    ['a method that is not a token', { method: 'GET X' }, 'method-not-a-token'],
    ['PUT in no-cors mode', { method: 'PUT', mode: 'no-cors' }, 'method-not-allowed-in-no-cors'],
    ['a GET with a body', { body: text() }, 'body-with-get-or-head'],
    ['an invalid header name', { headers: [['X Bad', '1']] }, 'header-name-invalid'],
    ['only-if-cached outside same-origin mode', { cache: 'only-if-cached' }, 'only-if-cached-needs-same-origin'],
  ] as const)('%s', (_what, req, where) => {
    const d = step(req as Parameters<typeof policyScenario>[0]);
    expect(d).toMatchObject({ verdict: 'type-error', typeErrorStep: where, error: null, preflight: 'none', networkError: null });
  });

  test('a network error that is not CORS names its reason: mode "same-origin" to another origin', () => {
    expect(step({ mode: 'same-origin' })).toMatchObject({ verdict: 'network-error', networkError: 'mode-same-origin', typeErrorStep: null });
  });
});
