// Session ids are issued by the server (random, HMAC-signed with a
// per-process key) and verified on every use: a record holding cookies can be
// read only with an id this server gave out, never with one a client made up.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../src/scenario/defaults.ts';
import { isValidSessionId } from '../src/scenario/api-path.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { handle } from './handler.ts';
import { createSessionIds } from './session-ids.ts';
import { API_HOST, APP_HOST, deployment, jsonOf, request, SESSION, testDeps } from './test-helpers.ts';

const FORGED = [
  'aaaaaaaaaaaaaaaa',
  'test-session-0001',
  SESSION.slice(0, -1) + (SESSION.endsWith('A') ? 'B' : 'A'),
  createSessionIds().issue(),
];

describe('session ids', () => {
  it('are 44 base64url characters, different each time, and verify only with the key that signed them', () => {
    const ids = createSessionIds();
    const a = ids.issue();
    expect(a).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(isValidSessionId(a)).toBe(true);
    expect(ids.issue()).not.toBe(a);
    expect(ids.verify(a)).toBe(true);
    expect(createSessionIds().verify(a)).toBe(false);
    for (const forged of ['', 'x', a + 'A', a.slice(0, 22), 'é'.repeat(44)]) expect(ids.verify(forged)).toBe(false);
  });

  it('are handed out by GET /__session on the app host, which keeps a still-valid current one', () => {
    const deps = testDeps();
    const onApp = (target: string) => handle('app', request('GET', target, [['Host', APP_HOST]]), deps);
    const fresh = jsonOf(onApp('/__session').body) as { session: string };
    expect(deps.sessions.verify(fresh.session)).toBe(true);
    expect(jsonOf(onApp(`/__session?current=${SESSION}`).body)).toEqual({ session: SESSION });
    for (const forged of FORGED) {
      const replaced = jsonOf(onApp(`/__session?current=${encodeURIComponent(forged)}`).body) as { session: string };
      expect(replaced.session).not.toBe(forged);
      expect(deps.sessions.verify(replaced.session)).toBe(true);
    }
    const other = handle('app', request('GET', '/__session', [['Host', new URL(deployment.sibling).host]]), deps);
    expect(other.status).toBe(403);
  });

  it.each(FORGED)('refuses a made-up id on every use: %s', async (forged) => {
    const deps = testDeps();
    const config = await encodeServerSide({ type: 'policy', policy: DEFAULT_POLICY });
    const uses = [
      handle('app', request('GET', `/__log/${forged}?after=0`, [['Host', APP_HOST]]), deps),
      handle('api', request('GET', `/s/${forged}/${config}/data`, [['Host', API_HOST], ['Cookie', 'pg_session=secret']]), deps),
      handle('api', request('POST', `/login/${forged}`, [['Host', API_HOST], ['Origin', deployment.app]]), deps),
    ];
    for (const answer of uses) {
      expect(answer.status).toBe(400);
      expect(jsonOf(answer.body)).toMatchObject({ error: 'bad-session' });
    }
    expect(deps.log.sessionCount).toBe(0);
  });
});
