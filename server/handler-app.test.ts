// The routes besides experiments: the page and its env and log on the app
// port; ping and login on the API port; everything else refused.
import { describe, expect, it } from 'vitest';
import type { HeaderList } from '../src/scenario/types.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { DEFAULT_POLICY } from '../src/scenario/defaults.ts';
import { handle } from './handler.ts';
import { API_HOST, APP_HOST, deployment, fallback, jsonOf, request, SECRET_CONTENT, SESSION, testDeps } from './test-helpers.ts';

const onApp = (method: string, target: string) => request(method, target, [['Host', APP_HOST]]);
const header = (headers: HeaderList, name: string) => headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
const text = (body: string | Uint8Array) => (typeof body === 'string' ? body : new TextDecoder().decode(body));

describe('app port: env and log', () => {
  it('tells the page where every role lives, normal and fallback', () => {
    const answer = handle('app', onApp('GET', '/__env'), testDeps());
    expect(answer.status).toBe(200);
    expect(jsonOf(answer.body)).toEqual({ deployment, fallback });
    expect(header(answer.headers, 'access-control-allow-origin')).toBeUndefined();
  });

  it('serves the log after a seq, with the login cookie, and no CORS headers', async () => {
    const deps = testDeps();
    const target = `/s/${SESSION}/${await encodeServerSide({ type: 'policy', policy: DEFAULT_POLICY })}/a`;
    handle('api', request('GET', target), deps);
    handle('api', request('POST', target, [['Host', API_HOST]], 'xyz'), deps);
    handle('api', request('POST', `/login/${SESSION}`, [['Host', API_HOST], ['Origin', deployment.app]]), deps);

    const answer = handle('app', onApp('GET', `/__log/${SESSION}?after=1`), deps);
    expect(answer.status).toBe(200);
    expect(header(answer.headers, 'access-control-allow-origin')).toBeUndefined();
    const log = jsonOf(answer.body) as { entries: { seq: number; method: string; bodyText: string }[]; lastSeq: number; cookie: string };
    expect(log.entries.map((e) => [e.seq, e.method, e.bodyText])).toEqual([[2, 'POST', 'xyz']]);
    expect(log.lastSeq).toBe(2);
    expect(log.cookie).toBe('cookie-1');
  });

  it('answers an issued session with nothing recorded yet with an empty log, and a malformed one with 400', () => {
    const deps = testDeps();
    const unknown = handle('app', onApp('GET', `/__log/${deps.sessions.issue()}`), deps);
    expect(jsonOf(unknown.body)).toEqual({ entries: [], lastSeq: 0, cookie: null, sameSite: null });
    expect(handle('app', onApp('GET', '/__log/short'), deps).status).toBe(400);
    expect(handle('app', onApp('GET', `/__log/${SESSION}?after=-1`), deps).status).toBe(400);
  });
});

describe('app port: env and log only for the app host', () => {
  // The other role hosts the app port answers as, written out (not derived from
  // the deployment): a page there must not read the record of Cookie headers.
  const otherHosts = [
    'admin.playground.localhost:5173',
    'evil.playground.localhost:5173',
    'evil.localhost:5173',
    '127.0.0.1:5173',
    'api.playground.localhost:5173',
    'app.playground.localhost:9999',
    'app.playground.localhost',
  ];
  const onHost = (host: string, target: string) => request('GET', target, [['Host', host]]);

  async function depsWithCookie() {
    const deps = testDeps();
    const target = `/s/${SESSION}/${await encodeServerSide({ type: 'policy', policy: DEFAULT_POLICY })}/a`;
    handle('api', request('GET', target, [['Host', API_HOST], ['Cookie', 'pg_session=cookie-1']]), deps);
    handle('api', request('POST', `/login/${SESSION}`, [['Host', API_HOST], ['Origin', deployment.app]]), deps);
    return deps;
  }

  it.each(otherHosts)('refuses /__env and /__log with 403 forbidden-host for Host %s', async (host) => {
    const deps = await depsWithCookie();
    for (const target of ['/__env', `/__log/${SESSION}?after=0`]) {
      const answer = handle('app', onHost(host, target), deps);
      expect(answer.status).toBe(403);
      expect(header(answer.headers, 'content-type')).toBe('application/json');
      expect(header(answer.headers, 'x-content-type-options')).toBe('nosniff');
      const body = jsonOf(answer.body) as { error: string; detail: string };
      expect(body.error).toBe('forbidden-host');
      expect(body.detail).toContain('app.playground.localhost:5173');
      expect(text(answer.body)).not.toContain('cookie-1');
    }
  });

  it('answers both for the app host, normal and fallback, in any letter case', async () => {
    const deps = await depsWithCookie();
    for (const host of ['app.playground.localhost:5173', 'APP.Playground.localhost:5173', 'localhost:5173']) {
      const env = handle('app', onHost(host, '/__env'), deps);
      expect(env.status).toBe(200);
      expect(jsonOf(env.body)).toEqual({ deployment, fallback });
      const log = handle('app', onHost(host, `/__log/${SESSION}?after=0`), deps);
      expect(log.status).toBe(200);
      expect((jsonOf(log.body) as { cookie: string }).cookie).toBe('cookie-1');
    }
  });

  it.each(otherHosts.slice(0, 4))('still serves the runner page and static files for Host %s', (host) => {
    const deps = testDeps();
    const runner = handle('app', onHost(host, '/runner.html'), deps);
    expect(runner.status).toBe(200);
    expect(text(runner.body)).toContain('<title>runner</title>');
    expect(handle('app', onHost(host, '/assets/main-abc123.js'), deps).status).toBe(200);
    expect(handle('app', onHost(host, '/'), deps).status).toBe(200);
  });
});

describe('app port: static files', () => {
  it('serves index.html for / with no-cache', () => {
    const answer = handle('app', onApp('GET', '/'), testDeps());
    expect(answer.status).toBe(200);
    expect(header(answer.headers, 'content-type')).toBe('text/html; charset=utf-8');
    expect(header(answer.headers, 'cache-control')).toBe('no-cache');
    expect(text(answer.body)).toContain('<title>app</title>');
  });

  it('serves hashed assets with their type, cached for a long time', () => {
    const deps = testDeps();
    const js = handle('app', onApp('GET', '/assets/main-abc123.js?v=1'), deps);
    expect(header(js.headers, 'content-type')).toBe('text/javascript; charset=utf-8');
    expect(header(js.headers, 'cache-control')).toMatch(/max-age=31536000/);
    const css = handle('app', onApp('HEAD', '/assets/main-abc123.css'), deps);
    expect(header(css.headers, 'content-type')).toBe('text/css; charset=utf-8');
  });

  it('lets only the playground frame the runner page', () => {
    const answer = handle('app', onApp('GET', '/runner.html?parent=x'), testDeps());
    expect(header(answer.headers, 'content-security-policy')).toBe(
      'frame-ancestors http://app.playground.localhost:5173 http://localhost:5173',
    );
    expect(header(handle('app', onApp('GET', '/'), testDeps()).headers, 'content-security-policy')).toBeUndefined();
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/link.txt',
    '/assets/',
    '/assets',
    '/missing.js',
    '/%E0%A4%A',
    '/index.html%00.js',
  ])('answers %s with 404 JSON', (target) => {
    const answer = handle('app', onApp('GET', target), testDeps());
    expect(answer.status).toBe(404);
    expect(text(answer.body)).not.toContain(SECRET_CONTENT);
  });

  it('answers other methods with 405', () => {
    const answer = handle('app', onApp('DELETE', '/'), testDeps());
    expect(answer.status).toBe(405);
    expect(header(answer.headers, 'allow')).toBe('GET, HEAD');
  });

  it('never serves the page from the API port', () => {
    const answer = handle('api', request('GET', '/'), testDeps());
    expect(answer.status).toBe(404);
    expect(header(answer.headers, 'content-type')).toBe('application/json');
  });
});

describe('API port: ping, login, unknown routes', () => {
  it('answers the ping to anyone', () => {
    const answer = handle('api', request('GET', '/__ping'), testDeps());
    expect(answer.status).toBe(204);
    expect(answer.headers).toContainEqual(['Access-Control-Allow-Origin', '*']);
    expect(answer.headers).toContainEqual(['X-Content-Type-Options', 'nosniff']);
  });

  it('sets and clears the session cookie, readable by the app origins only', () => {
    const deps = testDeps();
    for (const origin of [deployment.app, fallback.app]) {
      const answer = handle('api', request('POST', `/login/${SESSION}`, [['Host', API_HOST], ['Origin', origin]]), deps);
      expect(answer.status).toBe(200);
      expect(answer.headers).toContainEqual(['Access-Control-Allow-Origin', origin]);
      expect(answer.headers).toContainEqual(['Access-Control-Allow-Credentials', 'true']);
      expect(answer.headers).toContainEqual(['Vary', 'Origin']);
      expect(header(answer.headers, 'set-cookie')).toMatch(/^pg_session=cookie-\d; Path=\/; SameSite=Lax; HttpOnly$/);
    }
    expect(deps.log.read(SESSION).cookie).toBe('cookie-2');

    const evil = handle('api', request('POST', `/login/${SESSION}`, [['Host', API_HOST], ['Origin', deployment.sibling]]), deps);
    expect(header(evil.headers, 'access-control-allow-origin')).toBeUndefined();

    const logout = handle('api', request('POST', `/logout/${SESSION}`, [['Host', API_HOST], ['Origin', deployment.app]]), deps);
    expect(header(logout.headers, 'set-cookie')).toBe('pg_session=; Path=/; SameSite=Lax; HttpOnly; Max-Age=0');
    expect(deps.log.read(SESSION).cookie).toBeNull();
  });

  it('answers a preflight to login like the login itself', () => {
    const preflight = request('OPTIONS', `/login/${SESSION}`, [
      ['Host', API_HOST],
      ['Origin', deployment.app],
      ['Access-Control-Request-Method', 'POST'],
    ]);
    const answer = handle('api', preflight, testDeps());
    expect(answer.status).toBe(204);
    expect(answer.headers).toContainEqual(['Access-Control-Allow-Origin', deployment.app]);
    expect(answer.headers).toContainEqual(['Access-Control-Allow-Credentials', 'true']);
    expect(answer.headers).toContainEqual(['Access-Control-Allow-Methods', 'POST']);
  });

  it('refuses a bad session id and other methods on login', () => {
    expect(handle('api', request('POST', '/login/short'), testDeps()).status).toBe(400);
    expect(handle('api', request('GET', `/login/${SESSION}`), testDeps()).status).toBe(405);
  });

  it('answers anything else on the API port with 404 JSON, whatever the method', () => {
    for (const [method, target] of [['GET', '/__env'], ['patch', '/anything'], ['GET', `/__log/${SESSION}`]] as const) {
      const answer = handle('api', request(method, target), testDeps());
      expect(answer.status).toBe(404);
      expect((jsonOf(answer.body) as { error: string }).error).toBe('not-found');
      expect(answer.headers).toContainEqual(['X-Content-Type-Options', 'nosniff']);
    }
  });
});
