// The app's /proxy/ route: forwards the API's own calls, from the app's own
// Host only, and nothing else (not an open proxy).
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../src/scenario/defaults.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { handle } from './handler.ts';
import { API_HOST, APP_HOST, jsonOf, request, SESSION, testDeps } from './test-helpers.ts';

const config = () => encodeServerSide({ type: 'policy', policy: DEFAULT_POLICY });

describe('/proxy/ on the app port', () => {
  it('answers /proxy/s/… as the API answers /s/…, and the API records the forwarded request', async () => {
    const deps = testDeps();
    const c = await config();
    const viaProxy = handle('app', request('GET', `/proxy/s/${SESSION}/${c}/api/data?x=1`, [['Host', APP_HOST]]), deps);
    const direct = handle('api', request('GET', `/s/${SESSION}/${c}/api/data?x=1`, [['Host', API_HOST]]), deps);
    expect(viaProxy.status).toBe(200);
    expect(viaProxy.headers).toEqual(direct.headers);
    expect(viaProxy.body).toEqual(direct.body);
    const [first] = deps.log.read(SESSION).entries;
    expect(first).toMatchObject({ host: API_HOST, target: `/s/${SESSION}/${c}/api/data?x=1`, path: '/api/data?x=1' });
    expect(first!.headers).toContainEqual(['X-Forwarded-Host', APP_HOST]);
  });

  it('forwards nothing but the API layout, and only for the app host', async () => {
    const deps = testDeps();
    const c = await config();
    for (const target of ['/proxy/login/x', '/proxy/http://example.com/', '/proxy/__log/x', `/proxy//s/${SESSION}/${c}/`]) {
      const answer = handle('app', request('GET', target, [['Host', APP_HOST]]), deps);
      expect(answer.status, target).toBe(404);
      expect(jsonOf(answer.body)).toMatchObject({ error: 'not-proxied' });
    }
    const other = handle('app', request('GET', `/proxy/s/${SESSION}/${c}/api/data`, [['Host', 'evil.localhost:5173']]), deps);
    expect(other.status).toBe(403);
    expect(deps.log.read(SESSION).entries).toHaveLength(0);
  });

  it('does not forward a WebSocket upgrade', async () => {
    const headers: [string, string][] = [['Host', APP_HOST], ['Upgrade', 'websocket'], ['Connection', 'Upgrade']];
    const answer = handle('app', request('GET', `/proxy/s/${SESSION}/${await config()}/api/data`, headers), testDeps());
    expect(answer.status).toBe(400);
  });
});
