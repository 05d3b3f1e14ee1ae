import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { DEFAULT_POLICY, DEFAULT_SCENARIO } from '../scenario/defaults.ts';
import { makeDeployment } from '../scenario/origins.ts';
import type { Scenario } from '../scenario/types.ts';
import { parseApiPath } from '../scenario/api-path.ts';
import { decodeServerSide } from '../scenario/wire-decode.ts';
import { requestUrl, requestUrlQueryOptions } from './request-url.ts';

const d = makeDeployment();
const session = 'tab-session-0000000001';
const inflate = (bytes: Uint8Array, max: number) => new Uint8Array(inflateRawSync(bytes, { maxOutputLength: max }));
const withPolicy = (patch: Partial<typeof DEFAULT_POLICY>): Scenario => ({ ...DEFAULT_SCENARIO, server: { type: 'policy', policy: { ...DEFAULT_POLICY, ...patch } } });

describe('requestUrl', () => {
  it('calls the API origin with the session, the server side (token-resolved) and the scenario path', async () => {
    const scenario = withPolicy({ allowOrigin: { type: 'list', origins: ['{app}'] } });
    const url = await requestUrl(scenario, d, session);
    expect(url.startsWith('http://api.playground.localhost:8787/s/tab-session-0000000001/')).toBe(true);
    const at = parseApiPath(url.slice('http://api.playground.localhost:8787'.length));
    expect(at).toMatchObject({ session, path: '/api/data', redirected: false });
    const decoded = decodeServerSide(at!.config, inflate);
    expect(decoded.ok && decoded.server.type === 'policy' && decoded.server.policy.allowOrigin).toEqual({ type: 'list', origins: ['http://app.playground.localhost:5173'] });
  });

  it('targets the page’s own origin for a same-origin experiment', async () => {
    const url = await requestUrl({ ...DEFAULT_SCENARIO, request: { ...DEFAULT_SCENARIO.request, from: 'same-origin' } }, d, session);
    expect(url.startsWith('http://app.playground.localhost:5173/s/')).toBe(true);
  });

  it('gives the same URL for the same server side and another for a changed one (the preflight cache keys on it)', async () => {
    const a = await requestUrl(withPolicy({ maxAge: 60 }), d, session);
    expect(await requestUrl(withPolicy({ maxAge: 60 }), d, session)).toBe(a);
    expect(await requestUrl(withPolicy({ maxAge: 61 }), d, session)).not.toBe(a);
  });
});

describe('requestUrlQueryOptions', () => {
  it('keys on what the URL depends on, not on the method or headers', () => {
    const key = (s: Scenario) => JSON.stringify(requestUrlQueryOptions(s, d, session).queryKey);
    const put = { ...DEFAULT_SCENARIO, request: { ...DEFAULT_SCENARIO.request, method: 'PUT', headers: [['X-A', '1']] as [string, string][] } };
    expect(key(put)).toBe(key(DEFAULT_SCENARIO));
    expect(key({ ...DEFAULT_SCENARIO, request: { ...DEFAULT_SCENARIO.request, path: '/other' } })).not.toBe(key(DEFAULT_SCENARIO));
  });
});
