// Local Network Access (Chromium 142+), observed in Chromium 156 launched with
// --ip-address-space-overrides=127.0.0.1:<app port>=public (the lead's experiment,
// /work/wt/briefs3/lna-experiment.mjs, and the e2e project chromium-lna): a public
// page reaching the loopback API needs the user's permission (headless: denied, no
// prompt) and, refused, sends nothing at all, not even a preflight; granted, ordinary
// CORS applies. A targetAddressSpace that is not the API's real space (loopback) is
// refused whatever the page's space. local → loopback is not gated.
//
// The cases with `network` set need the override switch: only the chromium-lna project
// runs them (networkOf). The two without it run in any Chromium.
import type { AddressSpace, NetworkPlacement, Policy, Scenario } from '../types.ts';
import type { CaseExpectation, ScenarioCase } from './types.ts';
import { fails, methodRefused, ok, policyScenario, type RequestPatch } from './helpers.ts';

const PUBLIC_DENIED: NetworkPlacement = { page: 'public', permission: 'denied' };
const PUBLIC_GRANTED: NetworkPlacement = { page: 'public', permission: 'granted' };
const allowPut: Partial<Policy> = { allowMethods: { type: 'list', values: ['PUT'] } };

/** Refused by Local Network Access: the CorsError names no parameter, and nothing reaches the server. */
const denied = (): CaseExpectation => fails('LocalNetworkAccessPermissionDenied', '', false);
const wrongTarget = (): CaseExpectation => fails('InvalidLocalNetworkAccess', '', false);

function placed(scenario: Scenario, network: NetworkPlacement | undefined): Scenario {
  return network ? { ...scenario, network } : scenario;
}

function lnaCase(id: string, title: string, network: NetworkPlacement | undefined, req: RequestPatch, policy: Partial<Policy>, expect: CaseExpectation): ScenarioCase {
  return { id, title, steps: [{ scenario: placed(policyScenario(req, policy), network), expect }] };
}

const target = (space: AddressSpace): RequestPatch => ({ targetAddressSpace: space });

export const LOCAL_NETWORK_CASES: ScenarioCase[] = [
  lnaCase('lna-public-get-denied', 'A public page GETs the loopback API without the permission: refused, nothing sent.', PUBLIC_DENIED, {}, {}, denied()),
  lnaCase('lna-public-put-denied', 'A public page PUTs to the loopback API without the permission: refused before the preflight.', PUBLIC_DENIED, { method: 'PUT' }, allowPut, denied()),
  lnaCase('lna-public-granted-ok', 'With the permission granted, the public page’s GET goes and the policy lets it read.', PUBLIC_GRANTED, {}, {}, ok()),
  lnaCase('lna-public-granted-put-ok', 'With the permission granted, the PUT is preflighted as usual and passes.', PUBLIC_GRANTED, { method: 'PUT' }, allowPut, ok(true)),
  lnaCase('lna-public-granted-cors-refused', 'With the permission granted, ordinary CORS still refuses an answer without Access-Control-Allow-Origin.', PUBLIC_GRANTED, {}, { allowOrigin: { type: 'none' } }, fails('MissingAllowOriginHeader', '', false)),
  lnaCase('lna-public-granted-method-refused', 'With the permission granted, a preflight that does not allow PUT refuses it as usual.', PUBLIC_GRANTED, { method: 'PUT' }, {}, methodRefused('PUT')),
  lnaCase('lna-public-target-local', 'targetAddressSpace "local" while the API is on loopback: refused, nothing sent.', PUBLIC_DENIED, target('local'), {}, wrongTarget()),
  lnaCase('lna-public-target-public', 'targetAddressSpace "public" while the API is on loopback: refused, nothing sent.', PUBLIC_GRANTED, target('public'), {}, wrongTarget()),
  lnaCase('lna-public-target-loopback-denied', 'targetAddressSpace "loopback" (right) without the permission: the permission check as without it.', PUBLIC_DENIED, target('loopback'), {}, denied()),
  lnaCase('lna-public-target-loopback-granted', 'targetAddressSpace "loopback" (right) with the permission: the GET goes and passes.', PUBLIC_GRANTED, target('loopback'), {}, ok()),
  lnaCase('lna-local-page-allowed', 'A page on the local network reaching loopback is not gated (no permission needed).', { page: 'local', permission: 'denied' }, { method: 'PUT' }, allowPut, ok(true)),
  lnaCase('lna-local-page-target-public', 'A local page with targetAddressSpace "public" for the loopback API: refused all the same.', { page: 'local', permission: 'denied' }, target('public'), {}, wrongTarget()),
  // Without a placement: the page really is on loopback, in any Chromium.
  lnaCase('lna-loopback-target-local', 'A loopback page with targetAddressSpace "local" for the loopback API: refused, nothing sent.', undefined, target('local'), {}, wrongTarget()),
  lnaCase('lna-loopback-target-loopback', 'A loopback page with targetAddressSpace "loopback": nothing to check, ordinary CORS.', undefined, target('loopback'), {}, ok()),
];
