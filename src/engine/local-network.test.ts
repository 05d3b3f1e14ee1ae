// Local Network Access beyond the case table: the console words (as Chromium 156
// printed them), the facts the decision records, the step the check sits at, and
// what cannot be run in the playground (a page that is not a secure context).
// Expectations from the lead's observations (/work/wt/briefs3/lna.md), not from the model.
import { describe, expect, it } from 'vitest';
import { policyScenario } from '../scenario/cases/helpers.ts';
import type { NetworkPlacement, Scenario } from '../scenario/types.ts';
import { predictScenario, requestUrlFor } from './test-support.ts';

const APP = 'http://app.playground.localhost:5173';
const at = (network: NetworkPlacement | undefined, s: Scenario): Scenario => (network ? { ...s, network } : s);
const get = policyScenario({});
const put = policyScenario({ method: 'PUT' }, { allowMethods: { type: 'list', values: ['PUT'] } });
const blocked = (s: Scenario, reason: string) => `Access to fetch at '${requestUrlFor(s)}' from origin '${APP}' has been blocked by CORS policy: ${reason}`;

describe('Local Network Access (Chromium)', () => {
  it('a public page without the permission: the exact console line, the spaces as facts, nothing sent, "Failed to fetch"', () => {
    for (const s of [at({ page: 'public', permission: 'denied' }, get), at({ page: 'public', permission: 'denied' }, put)]) {
      const p = predictScenario(s);
      expect(p.console).toEqual([blocked(s, 'Permission was denied for this request to access the `loopback` address space.')]);
      expect(p.decision.error).toEqual({ name: 'LocalNetworkAccessPermissionDenied', pageSpace: 'public', resourceSpace: 'loopback' });
      expect(p.failedParameter).toBe('');
      expect(p.requests).toEqual([]);
      expect(p.decision.preflight).toBe('none');
      expect(p.js).toEqual({ kind: 'error', name: 'TypeError', message: 'Failed to fetch' });
    }
  });

  it('a targetAddressSpace that is not the API’s space names both spaces', () => {
    const s = at({ page: 'public', permission: 'granted' }, policyScenario({ targetAddressSpace: 'local' }));
    const p = predictScenario(s);
    expect(p.console).toEqual([blocked(s, 'Request had a target IP address space of `local` yet the resource is in address space `loopback`.')]);
    expect(p.decision.error).toEqual({ name: 'InvalidLocalNetworkAccess', pageSpace: 'public', resourceSpace: 'loopback', targetSpace: 'local' });
  });

  it('a page that is not a secure context is refused outright, after a wrong targetAddressSpace, granted or not (model only: every playground origin is secure)', () => {
    const insecure = (permission: NetworkPlacement['permission']): NetworkPlacement => ({ page: 'public', permission, secureContext: false });
    for (const s of [at(insecure('denied'), get), at(insecure('granted'), get), at(insecure('denied'), policyScenario({ targetAddressSpace: 'loopback' }))]) {
      const p = predictScenario(s);
      expect(p.corsError).toBe('InsecureLocalNetwork');
      expect(p.console).toEqual([blocked(s, 'The request client is not a secure context and the resource is in more-private address space `loopback`.')]);
      expect(p.requests).toEqual([]);
    }
    expect(predictScenario(at(insecure('denied'), policyScenario({ targetAddressSpace: 'public' }))).corsError).toBe('InvalidLocalNetworkAccess');
  });

  it('a request to the page’s own port is in the page’s space: a public page calling its /proxy/ route is not gated', () => {
    const p = predictScenario(at({ page: 'public', permission: 'denied' }, policyScenario({ proxy: true })));
    expect(p.corsError).toBeNull();
    expect(p.requests.length).toBe(1);
  });

  it('the trace says where the check stopped, before any preflight step', () => {
    const p = predictScenario(at({ page: 'public', permission: 'denied' }, put));
    const ids = p.trace.map((t) => t.id);
    expect(ids).toContain('lna-permission');
    expect(ids).not.toContain('preflight-send');
    expect(p.trace.find((t) => t.id === 'lna-permission')?.outcome).toBe('fail');
    // A scenario that says nothing about the network gets no Local Network Access step at all.
    expect(predictScenario(get).trace.some((t) => t.id.startsWith('lna-'))).toBe(false);
  });

  it('fixes the environment or the option, never the server: the right space, https, the permission', () => {
    const paths = (s: Scenario) => predictScenario(s).fix?.changes.map((c) => `${c.path}: ${c.before} → ${c.after}`);
    expect(paths(at({ page: 'public', permission: 'denied' }, get))).toEqual(['network.permission: denied → granted']);
    expect(paths(policyScenario({ targetAddressSpace: 'public' }))).toEqual(['request.targetAddressSpace: public → loopback']);
    expect(paths(at({ page: 'public', permission: 'denied', secureContext: false }, get))).toEqual(['network.secureContext: false → true', 'network.permission: denied → granted']);
  });

  it('Safari: not modelled (WebKitGTK cannot be placed in another address space here), so the request goes', () => {
    const p = predictScenario(at({ page: 'public', permission: 'denied' }, get), { engine: 'webkit' });
    expect(p.verdict).toBe('ok');
    expect(p.trace.some((t) => t.id.startsWith('lna-'))).toBe(false);
  });
});

// Firefox 153 ESR, placed with network.lna.address_space.public.override / .private.override and answered
// with permissions.default.loopback-network (observed here on 2026-11-30, and in e2e/engines/firefox-lna.spec.ts).
describe('Local Network Access (Firefox)', () => {
  const firefox = (s: Scenario) => predictScenario(s, { engine: 'gecko' });
  const didNotSucceed = (s: Scenario) =>
    `Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at ${requestUrlFor(s)}. (Reason: CORS request did not succeed). Status code: (null).`;

  it('a public page without the permission: nothing sent, one line per channel refused (the preflight, then the request)', () => {
    const g = at({ page: 'public', permission: 'denied' }, get);
    const p = at({ page: 'public', permission: 'denied' }, put);
    expect(firefox(g).console).toEqual([didNotSucceed(g)]);
    expect(firefox(p).console).toEqual([didNotSucceed(p), didNotSucceed(p)]);
    for (const s of [g, p]) {
      const f = firefox(s);
      expect(f.verdict).toBe('cors-error');
      expect(f.requests).toEqual([]);
      expect(f.js).toEqual({ kind: 'error', name: 'TypeError', message: 'NetworkError when attempting to fetch resource.' });
      expect(f.firefox?.name).toBe('CORSDidNotSucceed');
    }
  });

  it('ignores targetAddressSpace: a wrong one is not refused, and the trace says it was ignored', () => {
    const p = firefox(at({ page: 'public', permission: 'granted' }, policyScenario({ targetAddressSpace: 'public' })));
    expect(p.verdict).toBe('ok');
    expect(p.trace.map((t) => t.id)).toContain('lna-target-ignored');
    expect(firefox(at({ page: 'local', permission: 'denied' }, policyScenario({ targetAddressSpace: 'public' }))).verdict).toBe('ok');
  });

  it('asks a page that is not a secure context for the permission like any other (granted: the GET goes)', () => {
    const insecure = (permission: NetworkPlacement['permission']): NetworkPlacement => ({ page: 'public', permission, secureContext: false });
    expect(firefox(at(insecure('granted'), get)).verdict).toBe('ok');
    expect(firefox(at(insecure('denied'), get)).corsError).toBe('LocalNetworkAccessPermissionDenied');
  });
});
