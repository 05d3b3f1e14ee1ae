import { describe, expect, it } from 'vitest';
import { respond, isPreflight, type IncomingRequest, type RespondContext } from './respond.ts';
import { serverModel } from './model.ts';
import { validateServerSide } from './validate.ts';
import { DEFAULT_POLICY } from '../scenario/defaults.ts';
import { makeDeployment } from '../scenario/origins.ts';
import type { Policy, ServerSide } from '../scenario/types.ts';

const APP = 'http://app.t.localhost:5173';
const ctx: RespondContext = { path: '/data', redirected: false, redirectTarget: (to, path) => `REDIRECT(${to},${path})` };
const policy = (p: Partial<Policy>): ServerSide => ({ type: 'policy', policy: { ...DEFAULT_POLICY, ...p } });
const preflight = (headers: [string, string][] = []): IncomingRequest => ({
  method: 'OPTIONS',
  url: 'http://api/x',
  headers: [['Origin', APP], ['Access-Control-Request-Method', 'PUT'], ...headers],
});
const get: IncomingRequest = { method: 'GET', url: 'http://api/x', headers: [['Origin', APP]] };
const names = (h: [string, string][]) => h.map(([n]) => n);

describe('isPreflight', () => {
  it('needs OPTIONS and Access-Control-Request-Method', () => {
    expect(isPreflight(preflight())).toBe(true);
    expect(isPreflight({ ...get, method: 'OPTIONS' })).toBe(false);
    expect(isPreflight({ ...preflight(), method: 'options' })).toBe(false);
  });
});

describe('policy mode', () => {
  it('sends no CORS header at all by default', () => {
    const r = respond(policy({}), get, ctx);
    expect(r.status).toBe(200);
    expect(r.headers.filter(([n]) => n.toLowerCase().startsWith('access-control'))).toEqual([]);
    expect(r.headers).toContainEqual(['X-Content-Type-Options', 'nosniff']);
  });
  it('lists origins: the matching one is echoed, others get nothing', () => {
    const server = policy({ allowOrigin: { type: 'list', origins: [APP] } });
    expect(respond(server, get, ctx).headers).toContainEqual(['Access-Control-Allow-Origin', APP]);
    const evil = { ...get, headers: [['Origin', 'http://evil.localhost:5173']] as [string, string][] };
    expect(names(respond(server, evil, ctx).headers)).not.toContain('Access-Control-Allow-Origin');
  });
  it('reflects anything, and sends * with credentials exactly as configured (no cleaning up)', () => {
    const r = respond(policy({ allowOrigin: { type: 'any' }, allowCredentials: true }), get, ctx);
    expect(r.headers.slice(1, 3)).toEqual([['Access-Control-Allow-Origin', '*'], ['Access-Control-Allow-Credentials', 'true']]);
    const reflected = respond(policy({ allowOrigin: { type: 'reflect' }, varyOrigin: false }), { ...get, headers: [['Origin', 'null']] }, ctx);
    expect(reflected.headers).toContainEqual(['Access-Control-Allow-Origin', 'null']);
    expect(names(reflected.headers)).not.toContain('Vary');
  });
  it('answers a preflight with methods, headers, max-age and its own status; mirror echoes the request', () => {
    const r = respond(policy({ allowOrigin: { type: 'any' }, allowMethods: { type: 'mirror' }, allowHeaders: { type: 'mirror' }, maxAge: -1, preflightStatus: 500 }),
      preflight([['Access-Control-Request-Headers', 'content-type,x-a']]), ctx);
    expect(r.status).toBe(500);
    expect(r.headers).toContainEqual(['Access-Control-Allow-Methods', 'PUT']);
    expect(r.headers).toContainEqual(['Access-Control-Allow-Headers', 'content-type,x-a']);
    expect(r.headers).toContainEqual(['Access-Control-Max-Age', '-1']);
    expect(r.headers).toContainEqual(['Vary', 'Access-Control-Request-Headers']);
  });
  it('puts the proxy lines after the app lines: two Access-Control-Allow-Origin lines', () => {
    const r = respond(policy({ allowOrigin: { type: 'list', origins: [APP] }, proxyHeaders: [['Access-Control-Allow-Origin', '*']] }), get, ctx);
    expect(r.headers.filter(([n]) => n === 'Access-Control-Allow-Origin')).toEqual([['Access-Control-Allow-Origin', APP], ['Access-Control-Allow-Origin', '*']]);
  });
  it('drops CORS headers on errors when the error handler runs first', () => {
    const r = respond(policy({ allowOrigin: { type: 'any' }, actualStatus: 500, corsOnErrors: false }), get, ctx);
    expect(r.status).toBe(500);
    expect(names(r.headers)).not.toContain('Access-Control-Allow-Origin');
  });
  it('redirects the actual request once, never the preflight', () => {
    const server = policy({ allowOrigin: { type: 'any' }, redirect: { status: 307, to: 'other-origin', path: '/next' } });
    expect(respond(server, get, ctx)).toMatchObject({ status: 307, headers: expect.arrayContaining([['Location', 'REDIRECT(other-origin,/next)']]) });
    expect(respond(server, get, { ...ctx, redirected: true }).status).toBe(200);
    expect(respond(server, preflight(), ctx).status).toBe(204);
  });
});

describe('raw mode', () => {
  const raw: ServerSide = {
    type: 'raw',
    preflight: { status: 200, headers: [['Access-Control-Allow-Origin', '{origin}'], ['Access-Control-Allow-Methods', 'Bad method name']] },
    actual: { status: 302, headers: [['Access-Control-Allow-Origin', '{origin}'], ['Access-Control-Allow-Origin', '{origin}'], ['Location', 'http://api2/x']] },
  };
  it('sends the lines verbatim with {origin} filled in', () => {
    expect(respond(raw, preflight(), ctx).headers.slice(1, 3)).toEqual([['Access-Control-Allow-Origin', APP], ['Access-Control-Allow-Methods', 'Bad method name']]);
    const r = respond(raw, get, { ...ctx, locationTarget: (l) => `R(${l})` });
    expect(r.status).toBe(302);
    expect(r.headers.slice(1, 4)).toEqual([['Access-Control-Allow-Origin', APP], ['Access-Control-Allow-Origin', APP], ['Location', 'R(http://api2/x)']]);
  });
  it('ends a redirect chain after one hop', () => {
    const r = respond(raw, get, { ...ctx, redirected: true });
    expect(r.status).toBe(200);
    expect(names(r.headers)).not.toContain('Location');
  });
});

describe('serverModel', () => {
  const d = makeDeployment('t.localhost');
  const session = 'abcdefghijklmnopqr';
  it('routes API URLs, resolves tokens and builds redirect targets between the two API origins', () => {
    const serve = serverModel({ type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'list', origins: ['{app}'] }, redirect: { status: 302, to: 'other-origin', path: '/b' } } }, d);
    const r = serve({ method: 'GET', url: `${d.api}/s/${session}/1cfg/a`, headers: [['Origin', d.app]] });
    expect(r.headers).toContainEqual(['Access-Control-Allow-Origin', d.app]);
    expect(r.headers).toContainEqual(['Location', `${d.api2}/r/${session}/1cfg/b`]);
    expect(serve({ method: 'GET', url: `${d.api}/elsewhere`, headers: [] }).status).toBe(404);
  });
});

describe('validation of Location lines', () => {
  const withLocation = (value: string): ServerSide => ({ type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 302, headers: [['Location', value]] } });
  it.each(['{api}/next', '{api2}/next?x=1', '/next', 'http://user:pass@{api2-host}/next', 'http://@{api-host}/next'])('accepts %s', (value) => {
    expect(validateServerSide(withLocation(value))).toEqual([]);
  });
  it.each([
    ['http://evil.localhost/next', /only point at the API/],
    ['//evil.localhost/next', /only point at the API/],
    ['http://evil.example\\@{api-host}/x', /backslash/],
    ['http://evil.example @{api-host}/x', /whitespace/],
    ['{api}.evil.localhost/x', /only point at the API/],
  ])('refuses %s', (value, why) => {
    const problems = validateServerSide(withLocation(value));
    expect(problems.map((p) => p.path)).toEqual(['actual.headers.0.value']);
    expect(problems[0]!.message).toMatch(why);
  });
});
