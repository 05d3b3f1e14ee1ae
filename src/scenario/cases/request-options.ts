// keepalive and the Referer, observed in Chromium 156. keepalive changes
// nothing for CORS (a preflight is sent as usual) but caps the body at 64 KiB:
// one byte more and fetch() rejects without sending anything. The referrer
// policy decides the Referer every request carries (the preflight too); the
// Origin header is sent whatever it says.
import type { ReferrerPolicyValue, ScenarioRequest } from '../types.ts';
import type { CaseExpectation, ScenarioCase } from './types.ts';
import { headerRefused, ok, policyCase, text } from './helpers.ts';

const keepalive = (more: Partial<ScenarioRequest>) => ({ keepalive: true, ...more });
/** Referer as the server received it on the actual request (and the preflight, when one is sent); the Origin is always the app's here. */
function referer(expect: CaseExpectation, value: string | null): CaseExpectation {
  const lines = { Referer: value, Origin: '{app}' };
  return { ...expect, received: lines, ...(expect.preflight ? { preflightReceived: lines } : {}) };
}

/** What each policy leaves of the runner page's URL on a cross-origin request over http (no downgrade). */
const CROSS_ORIGIN_REFERER: Array<[ReferrerPolicyValue, string | null]> = [
  ['no-referrer', null],
  ['no-referrer-when-downgrade', '{page}'],
  ['same-origin', null],
  ['origin', '{app}/'],
  ['strict-origin', '{app}/'],
  ['origin-when-cross-origin', '{app}/'],
  ['strict-origin-when-cross-origin', '{app}/'],
  ['unsafe-url', '{page}'],
];

export const REQUEST_OPTION_CASES: ScenarioCase[] = [
  policyCase('keepalive-get', 'A keepalive GET is an ordinary simple CORS request.', keepalive({}), {}, ok()),
  policyCase('keepalive-put-preflighted', 'A keepalive PUT is preflighted like any other.', keepalive({ method: 'PUT' }), { allowMethods: { type: 'list', values: ['PUT'] } }, ok(true)),
  policyCase('keepalive-header-refused', 'A keepalive request with a header the preflight does not allow fails the same way.', keepalive({ headers: [['X-Trace', '1']] }), {}, headerRefused('x-trace')),
  policyCase('referrer-default', 'Without a policy the page’s (strict-origin-when-cross-origin): the Referer is the origin alone.', {}, {}, referer(ok(), '{app}/')),
  ...CROSS_ORIGIN_REFERER.map(([policy, value]) =>
    policyCase(`referrer-policy-${policy}`, `referrerPolicy "${policy}" on a cross-origin GET: Referer ${value ?? 'absent'}, Origin still sent.`, { referrerPolicy: policy }, {}, referer(ok(), value))),
  policyCase('referrer-policy-preflight', 'The preflight carries no Referer under no-referrer either; the PUT passes.', { method: 'PUT', referrerPolicy: 'no-referrer' }, { allowMethods: { type: 'list', values: ['PUT'] } }, referer(ok(true), null)),
  policyCase('referrer-policy-preflight-unsafe-url', 'Under unsafe-url the preflight and the PUT both name the full page URL.', { method: 'PUT', referrerPolicy: 'unsafe-url' }, { allowMethods: { type: 'list', values: ['PUT'] } }, referer(ok(true), '{page}')),
  policyCase('referrer-empty', 'referrer: "" sends no Referer at all; CORS is unchanged.', { referrer: '' }, {}, referer(ok(), null)),
  policyCase('referrer-path-unsafe-url', 'A referrer path on the page’s origin, with unsafe-url, is sent whole.', { referrer: '/checkout?step=2', referrerPolicy: 'unsafe-url' }, {}, referer(ok(), '{app}/checkout?step=2')),
  policyCase('referrer-path-default-policy', 'The default policy cuts a referrer path to the origin on a cross-origin request.', { referrer: '/checkout?step=2' }, {}, referer(ok(), '{app}/')),
  policyCase('referrer-same-origin-full-url', 'On a same-origin request the default policy sends the page’s full URL.', { from: 'same-origin' }, {}, { ...ok(), received: { Referer: '{page}' } }),
  policyCase('referrer-same-origin-policy-same-origin', 'referrerPolicy "same-origin" keeps the full URL for the page’s own origin.', { from: 'same-origin', referrerPolicy: 'same-origin' }, {}, { ...ok(), received: { Referer: '{page}' } }),
  policyCase('referrer-null-origin-page', 'A sandboxed page (Origin: null) is let in by a list naming "null" (its Referer was not what the table said: see the stop-7 note).', { from: 'null' }, { allowOrigin: { type: 'list', origins: ['null'] } }, ok()),
];
