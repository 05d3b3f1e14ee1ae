// The cookie rule, table-driven. Expectations come from the standards and
// from what Chromium was seen to do (chromium-cors.md 1.7 and 12b; RFC 6265bis
// 5.2 "same-site and cross-site requests", 5.8.3 domain-match, 5.6.7
// SameSite), and from the matrix observed in real Chromium on this
// playground (logged in with each SameSite value, a credentialed GET from
// every role, the server's record of the Cookie header):
//   Lax:  app, admin, sibling yes; cross-site, null, same-origin (the app's host) no
//   None: the same (third-party cookies are blocked in that Chromium)
import { describe, expect, it } from 'vitest';
import { cookieDecision, siteForCookies, siteOf, type CookieFacts, type CookieReason } from './cookies.ts';
import { predictScenario } from './test-support.ts';
import { policyScenario } from '../scenario/cases/helpers.ts';
import type { CredentialsMode, OriginRole } from '../scenario/types.ts';
import type { CookieSameSite } from '../scenario/victim.ts';

const lax = { sameSite: 'Lax' } as const;
const none = { sameSite: 'None' } as const;
const base: CookieFacts = { login: lax, credentials: 'include', credentialsFlag: true, cookieHost: true, sameSite: true };

describe('cookieDecision', () => {
  const rows: Array<[string, Partial<CookieFacts>, 'sent' | 'not-sent', CookieReason]> = [
    ['include, same-site, Lax: a same-site request carries Lax cookies', {}, 'sent', 'same-site'],
    ['include, same-site, None', { login: none }, 'sent', 'same-site'],
    ['omit: no credentials at all', { credentials: 'omit', credentialsFlag: false }, 'not-sent', 'credentials-omit'],
    ['same-origin mode, cross-origin request: no credentials (Fetch credentials flag)', { credentials: 'same-origin', credentialsFlag: false }, 'not-sent', 'credentials-same-origin'],
    ['same-origin mode, same-origin request: credentials flag set, cookie goes', { credentials: 'same-origin' }, 'sent', 'same-site'],
    ['not logged in: nothing to send', { login: null }, 'not-sent', 'not-logged-in'],
    ['omit wins over not being logged in (Fetch decides first)', { login: null, credentials: 'omit', credentialsFlag: false }, 'not-sent', 'credentials-omit'],
    ['a host-only cookie does not go to another host of the same site', { cookieHost: false }, 'not-sent', 'other-host'],
    ['Lax, cross-site fetch: withheld (Lax only on top-level navigations)', { sameSite: false }, 'not-sent', 'lax-cross-site'],
    ['None, cross-site: a third-party cookie, blocked in this Chromium', { login: none, sameSite: false }, 'not-sent', 'third-party-blocked'],
  ];
  it.each(rows)('%s', (_, facts, cookie, reason) => {
    expect(cookieDecision({ ...base, ...facts })).toMatchObject({ cookie, reason });
  });

  it('says when a browser setting, not a rule, decides', () => {
    expect(cookieDecision({ ...base, login: none, sameSite: false }).settingDecides).toBe(true);
    expect(cookieDecision({ ...base, sameSite: false }).settingDecides).toBeUndefined();
  });
});

describe('sites', () => {
  it.each([
    ['http://app.playground.localhost:5173', 'http://playground.localhost'],
    ['http://api.playground.localhost:8787', 'http://playground.localhost'],
    ['http://evil.localhost:5173', 'http://evil.localhost'],
    ['http://localhost:5173', 'http://localhost'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1'],
    ['https://a.b.example.com', 'https://example.com'],
    ['null', null],
  ])('the site of %s is %s (ports do not count, schemes do)', (origin, site) => {
    expect(siteOf(origin)).toBe(site);
  });

  it('a frame cross-site with its top page, or with an opaque origin, has no site for cookies', () => {
    const top = 'http://app.playground.localhost:5173';
    expect(siteForCookies('http://evil.playground.localhost:5173', top)).toBe('http://playground.localhost');
    expect(siteForCookies('http://evil.localhost:5173', top)).toBeNull();
    expect(siteForCookies('null', top)).toBeNull();
    // The fallback deployment: localhost and 127.0.0.1 are two sites.
    expect(siteForCookies('http://127.0.0.1:5173', 'http://localhost:5173')).toBeNull();
  });
});

describe('the prediction, role by role (as observed in Chromium)', () => {
  const reflectWithCredentials = (from: OriginRole, credentials: CredentialsMode) =>
    policyScenario({ from, credentials }, { allowOrigin: { type: 'reflect' }, allowCredentials: true });
  const observed: Array<[OriginRole, CookieSameSite, 'sent' | 'not-sent']> = [
    ['app', 'Lax', 'sent'], ['admin', 'Lax', 'sent'], ['sibling', 'Lax', 'sent'],
    ['cross-site', 'Lax', 'not-sent'], ['null', 'Lax', 'not-sent'], ['same-origin', 'Lax', 'not-sent'],
    ['app', 'None', 'sent'], ['sibling', 'None', 'sent'], ['cross-site', 'None', 'not-sent'], ['null', 'None', 'not-sent'],
  ];
  it.each(observed)('from %s with a SameSite=%s cookie and credentials include: %s', (from, sameSite, cookie) => {
    const p = predictScenario(reflectWithCredentials(from, 'include'), { cookie: { sameSite } });
    expect(p.cookie.cookie).toBe(cookie);
    expect(p.requests.filter((r) => r.kind === 'actual').map((r) => r.cookie.cookie)).toEqual([cookie]);
  });

  it('never with credentials same-origin to the API, nor when logged out', () => {
    expect(predictScenario(reflectWithCredentials('sibling', 'same-origin'), { cookie: lax }).cookie.cookie).toBe('not-sent');
    expect(predictScenario(reflectWithCredentials('sibling', 'include'), { cookie: null }).cookie.reason).toBe('not-logged-in');
  });

  it('a preflight never carries it, and a failed preflight leaves no request to carry it', () => {
    const put = policyScenario({ from: 'sibling', credentials: 'include', method: 'PUT' }, { allowOrigin: { type: 'reflect' }, allowCredentials: true });
    const p = predictScenario(put, { cookie: lax });
    // PUT is not in the allowed methods: the preflight fails and the PUT is never sent.
    expect(p.requests.map((r) => [r.kind, r.cookie.reason])).toEqual([['preflight', 'preflight']]);
    expect(p.cookie).toEqual({ cookie: 'not-sent', reason: 'no-request' });
    const putAllowed = policyScenario(put.request, { allowOrigin: { type: 'reflect' }, allowCredentials: true, allowMethods: { type: 'list', values: ['PUT'] } });
    const allowed = predictScenario(putAllowed, { cookie: lax });
    expect(allowed.requests.map((r) => [r.kind, r.cookie.cookie])).toEqual([['preflight', 'not-sent'], ['actual', 'sent']]);
  });

  it('words the decision in the step that sends the request (no more "with cookies" for the attacker)', () => {
    const p = predictScenario(reflectWithCredentials('cross-site', 'include'), { cookie: lax });
    const send = p.trace.find((s) => s.id === 'actual-send');
    expect(send?.sentence).toMatch(/without the login cookie: it is SameSite=Lax and the page is on another site/);
  });
});
