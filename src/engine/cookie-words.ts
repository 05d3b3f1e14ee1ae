// Whether the login cookie goes, in words: apart from explain.ts so the page
// can say it before a run without loading every sentence of the engine.
import type { CookieReason } from './types.ts';

/** Whether the login cookie goes with a request, in words (after "The browser sends GET /data, "). */
export const COOKIE_WORDS: Record<CookieReason, string> = {
  'same-site': 'with the login cookie: the page is on the API’s site, so SameSite lets it go',
  'preflight': 'without cookies: a preflight never carries credentials',
  'credentials-omit': 'without cookies: credentials: "omit"',
  'credentials-same-origin': 'without cookies: credentials: "same-origin" (the default) sends them to the page’s own origin only',
  'not-logged-in': 'with credentials, but with no login cookie: nobody is logged in',
  'secure-not-stored': 'with credentials, but without the login cookie: it is Secure, and Safari does not store a Secure cookie sent over http:// (not even on localhost)',
  'third-party-not-stored': 'with credentials, but without the login cookie: Safari never stored it, because its default policy refuses cookies from another site, and it counts each *.localhost host as a site of its own',
  'other-host': 'with credentials, but without the login cookie: it belongs to the API’s host, not this one',
  'lax-cross-site': 'without the login cookie: it is SameSite=Lax and the page is on another site, and Lax cookies cross sites only on top-level navigations',
  'third-party-blocked': 'without the login cookie if third-party cookies are blocked: it is SameSite=None and the page is on another site, so the browser’s third-party-cookie setting decides (Chromium here blocks them; a browser that allows them sends it)',
  'no-request': 'nothing: no request is sent',
};
