// The login cookie: whether the browser attaches it, logged in with each
// SameSite value (RFC 6265bis 5.2, 5.6.7; Fetch's credentials flag;
// chromium-cors.md 1.7 and 12b, where third-party cookies are blocked). The
// server's record says what really went; every request here passes CORS
// (reflect + credentials), so only the cookie differs.
import type { CookieSameSite } from '../victim.ts';
import type { Policy } from '../types.ts';
import type { RequestPatch } from './helpers.ts';
import { ok, policyScenario } from './helpers.ts';
import type { ScenarioCase } from './types.ts';

const reflectWithCredentials = { allowOrigin: { type: 'reflect' as const }, allowCredentials: true };
const inc = { credentials: 'include' as const };

function cookieCase(
  id: string, title: string, login: CookieSameSite, req: RequestPatch, cookie: Array<'sent' | 'not-sent'>, policy: Partial<Policy> = {}, preflight = false,
): ScenarioCase {
  return { id, title, login, steps: [{ scenario: policyScenario(req, { ...reflectWithCredentials, ...policy }), expect: { ...ok(preflight), cookie } }] };
}

export const COOKIE_CASES: ScenarioCase[] = [
  cookieCase('cookie-lax-app', 'A SameSite=Lax cookie goes from the app (same site) with credentials "include".', 'Lax', inc, ['sent']),
  cookieCase('cookie-lax-sibling', 'An untrusted origin on the same site gets the SameSite=Lax cookie sent too.', 'Lax', { ...inc, from: 'sibling' }, ['sent']),
  cookieCase('cookie-lax-cross-site', 'From another site a SameSite=Lax cookie stays home.', 'Lax', { ...inc, from: 'cross-site' }, ['not-sent']),
  cookieCase('cookie-lax-null', 'A sandboxed page (opaque origin) is cross-site for cookies.', 'Lax', { ...inc, from: 'null' }, ['not-sent']),
  cookieCase('cookie-lax-default-credentials', 'credentials "same-origin" (the default) sends no cookie to another origin.', 'Lax', { from: 'sibling' }, ['not-sent']),
  cookieCase('cookie-lax-omit', 'credentials "omit" sends no cookie.', 'Lax', { credentials: 'omit' }, ['not-sent']),
  cookieCase('cookie-lax-other-host', 'The API\'s host-only cookie does not go to the app\'s host, even same-origin.', 'Lax', { ...inc, from: 'same-origin' }, ['not-sent']),
  cookieCase('cookie-lax-preflighted', 'A preflight never carries the cookie; the PUT after it does.', 'Lax', { ...inc, method: 'PUT' }, ['sent'], { allowMethods: { type: 'list', values: ['PUT'] } }, true),
  cookieCase('cookie-lax-redirect-other-host', 'After a redirect to the second API host the host-only cookie is not sent.', 'Lax', inc, ['sent', 'not-sent'], { redirect: { status: 307, to: 'other-origin', path: '/next' } }),
  cookieCase('cookie-none-sibling', 'A SameSite=None; Secure cookie goes same-site (stored over http://*.localhost).', 'None', { ...inc, from: 'sibling' }, ['sent']),
  cookieCase('cookie-none-cross-site', 'SameSite=None cross-site is a third-party cookie: blocked in this Chromium.', 'None', { ...inc, from: 'cross-site' }, ['not-sent']),
];
