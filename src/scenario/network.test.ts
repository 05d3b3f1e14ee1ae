// The Local Network Access fields of the format: scenario.network (where the page
// sits, what the user allowed) and request.targetAddressSpace. Parsed with
// located errors, carried by both link forms, and old links keep their meaning.
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.ts';
import { decodeLink, encodeLink, readableLink } from './link.ts';
import { DEFAULT_SCENARIO } from './defaults.ts';
import type { Scenario } from './types.ts';

const publicPage: Scenario = {
  ...DEFAULT_SCENARIO,
  request: { ...DEFAULT_SCENARIO.request, method: 'PUT', targetAddressSpace: 'loopback' },
  network: { page: 'public', permission: 'granted' },
};

describe('scenario.network and request.targetAddressSpace', () => {
  it('read back what JSON.stringify wrote, secureContext: false included', () => {
    const insecure: Scenario = { ...publicPage, network: { page: 'public', permission: 'denied', secureContext: false } };
    expect(parseScenario(JSON.stringify(insecure))).toEqual({ ok: true, scenario: insecure });
  });
  it('are absent when left out (or null): the page is on loopback and says nothing', () => {
    for (const network of [undefined, null]) {
      const parsed = parseScenario(JSON.stringify({ version: 1, network }));
      expect(parsed.ok && 'network' in parsed.scenario).toBe(false);
      expect(parsed.ok && 'targetAddressSpace' in parsed.scenario.request).toBe(false);
    }
  });
  it.each([
    [{ network: { page: 'intranet', permission: 'denied' } }, 'scenario.network.page: expected one of "public", "local", "loopback"'],
    [{ network: { page: 'public' } }, 'scenario.network.permission: expected one of "denied", "granted"'],
    [{ network: { page: 'public', permission: 'granted', secureContext: 'no' } }, 'scenario.network.secureContext: expected false'],
    [{ network: 'public' }, 'scenario.network: expected an object'],
    [{ request: { targetAddressSpace: 'private' } }, 'scenario.request.targetAddressSpace: expected one of "public", "local", "loopback"'],
  ])('name what is wrong and where: %j', (json, error) => {
    const parsed = parseScenario(JSON.stringify({ version: 1, ...json }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(error);
  });
  it('round-trip through the compact and the readable link', async () => {
    expect(await decodeLink(await encodeLink({ scenario: publicPage }))).toEqual({ kind: 'ok', format: 2, scenario: publicPage });
    expect(await decodeLink(readableLink({ scenario: publicPage }))).toEqual({ kind: 'ok', format: 1, scenario: publicPage });
  });
  it('a link made before the fields existed opens as before (no network, no targetAddressSpace)', async () => {
    const old = await decodeLink('#s=2q1YqySzJSVWyyivNydFRKkotLE0tLlGyqlbKTS3JyE9RslIKCA1Rqq0FAA');
    expect(old.kind === 'ok' && old.scenario.network).toBeUndefined();
    expect(old.kind === 'ok' && old.scenario.request.method).toBe('PUT');
  });
});
