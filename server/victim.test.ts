// The API's user: login with a SameSite choice, and private data in the
// answer to exactly the requests that carry the cookie issued to the session.
import { describe, expect, it } from 'vitest';
import type { HeaderList, ServerSide } from '../src/scenario/types.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { DEFAULT_POLICY } from '../src/scenario/defaults.ts';
import { handle } from './handler.ts';
import { API_HOST, deployment, jsonOf, request, SESSION, testDeps } from './test-helpers.ts';

const header = (headers: HeaderList, name: string) => headers.find(([n]) => n.toLowerCase() === name)?.[1];
const fromApp: HeaderList = [['Host', API_HOST], ['Origin', deployment.app]];
const login = (deps: ReturnType<typeof testDeps>, query = '', session = SESSION) =>
  handle('api', request('POST', `/login/${session}${query}`, fromApp), deps);

const reflectWithCredentials: ServerSide = {
  type: 'policy',
  policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'reflect' }, allowCredentials: true },
};

describe('login', () => {
  it('sets SameSite=Lax by default and SameSite=None; Secure on request, and records which', () => {
    const deps = testDeps();
    expect(header(login(deps).headers, 'set-cookie')).toBe('pg_session=cookie-1; Path=/; SameSite=Lax; HttpOnly');
    expect(deps.log.read(SESSION)).toMatchObject({ cookie: 'cookie-1', sameSite: 'Lax' });
    const none = login(deps, '?sameSite=None');
    expect(none.status).toBe(200);
    // RFC 6265bis 5.6.7: a SameSite=None cookie without Secure is refused by browsers.
    expect(header(none.headers, 'set-cookie')).toBe('pg_session=cookie-2; Path=/; SameSite=None; Secure; HttpOnly');
    expect(deps.log.read(SESSION)).toMatchObject({ cookie: 'cookie-2', sameSite: 'None' });
  });

  it('refuses an unknown SameSite value with a 400 that names it, and keeps the current login', () => {
    const deps = testDeps();
    login(deps);
    const bad = login(deps, '?sameSite=Strict');
    expect(bad.status).toBe(400);
    expect(jsonOf(bad.body)).toMatchObject({ error: 'bad-same-site' });
    expect(header(bad.headers, 'set-cookie')).toBeUndefined();
    expect(deps.log.read(SESSION)).toMatchObject({ cookie: 'cookie-1', sameSite: 'Lax' });
  });
});

describe('private data', () => {
  async function get(deps: ReturnType<typeof testDeps>, cookie: string | null, method = 'GET') {
    const config = await encodeServerSide(reflectWithCredentials);
    const headers: HeaderList = [['Host', API_HOST], ['Origin', deployment.sibling], ...(cookie ? ([['Cookie', cookie]] as HeaderList) : [])];
    return handle('api', request(method, `/s/${SESSION}/${config}/data`, headers), deps);
  }

  it('answers the request that carries the session’s login cookie with the user’s name, e-mail and balance', async () => {
    const deps = testDeps();
    login(deps);
    const answer = await get(deps, 'other=1; pg_session=cookie-1');
    expect(jsonOf(answer.body)).toMatchObject({ ok: true, user: { name: 'Alice Example', email: 'alice@bank.example' } });
    expect((jsonOf(answer.body) as { user: { balance: string } }).user.balance).toMatch(/\d/);
  });

  it('gives nothing private without the cookie, with a wrong or stale one, or after logout', async () => {
    const deps = testDeps();
    login(deps);
    for (const cookie of [null, 'pg_session=guessed', 'xpg_session=cookie-1']) {
      expect(jsonOf((await get(deps, cookie)).body)).not.toHaveProperty('user');
    }
    login(deps); // a new login: cookie-1 is stale now
    expect(jsonOf((await get(deps, 'pg_session=cookie-1')).body)).not.toHaveProperty('user');
    handle('api', request('POST', `/logout/${SESSION}`, fromApp), deps);
    expect(jsonOf((await get(deps, 'pg_session=cookie-2')).body)).not.toHaveProperty('user');
  });

  it('does not accept another session’s cookie', async () => {
    const deps = testDeps();
    login(deps, '', 'another-session-000001');
    expect(jsonOf((await get(deps, 'pg_session=cookie-1')).body)).not.toHaveProperty('user');
  });

  it('changes only the body: status and headers are what the policy (and the engine’s model) says', async () => {
    const deps = testDeps();
    login(deps);
    const withUser = await get(deps, 'pg_session=cookie-1');
    const without = await get(deps, null);
    expect(withUser.status).toBe(without.status);
    expect(withUser.headers).toEqual(without.headers);
    // The record shows the Cookie header that came in.
    const actual = deps.log.read(SESSION).entries.filter((e) => e.kind === 'actual');
    expect(actual.map((e) => header(e.headers, 'cookie') ?? null)).toEqual(['pg_session=cookie-1', null]);
  });
});
