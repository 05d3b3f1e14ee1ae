// Whether the browser attaches the API's login cookie to one request. The
// cookie rules are not part of the Fetch standard's CORS algorithms but decide
// what a credentialed request is worth to an attacker: Fetch decides whether
// credentials may go at all (the credentials flag), RFC 6265bis decides which
// cookies match the URL (host-only cookie) and the request's site (SameSite),
// and the browser's third-party-cookie setting has the last word on
// SameSite=None cookies sent across sites.
import type { CredentialsMode } from '../scenario/types.ts';
import type { LoginCookie } from '../scenario/victim.ts';

/** Why the cookie goes or not: one value per rule, so the page words it and tests check it. */
export type CookieReason =
  /** Sent: the page is on the API's site (SameSite is satisfied). */
  | 'same-site'
  /** Not sent: a preflight never carries credentials. */
  | 'preflight'
  /** Not sent: credentials: 'omit'. */
  | 'credentials-omit'
  /** Not sent: credentials: 'same-origin' (the default) and the request leaves the page's origin. */
  | 'credentials-same-origin'
  /** Not sent: nobody logged in, so the browser holds no cookie for the API. */
  | 'not-logged-in'
  /** Not sent: the cookie is Secure and this browser did not store it from an http:// answer (Safari, over http://…localhost). */
  | 'secure-not-stored'
  | 'third-party-not-stored'
  /** Not sent: the cookie belongs to the API's host (no Domain attribute) and the request goes to another host. */
  | 'other-host'
  /** Not sent: SameSite=Lax and the page is on another site (Lax cookies go cross-site only on top-level navigations). */
  | 'lax-cross-site'
  /** Not sent here: SameSite=None across sites is a third-party cookie; the browser's setting decides, and it blocks them. */
  | 'third-party-blocked'
  /** Nothing to attach it to: no actual request was sent. */
  | 'no-request';

export interface CookieDecision {
  cookie: 'sent' | 'not-sent';
  reason: CookieReason;
  /** True when a browser setting (third-party cookies), not a standard, decides: another browser may differ. */
  settingDecides?: true;
}

/** Why a browser never stored the login cookie (engine-differences.ts). */
export type NotStored = 'secure-not-stored' | 'third-party-not-stored';

export interface CookieFacts {
  /** The cookie the API set in this browser, or null when not logged in. */
  login: LoginCookie;
  credentials: CredentialsMode;
  /** Fetch's credentials flag for this request (include, or same-origin with basic tainting). */
  credentialsFlag: boolean;
  /** The request URL's host is the host that set the cookie. */
  cookieHost: boolean;
  /** The request is same-site: the page's site for cookies equals the URL's site. */
  sameSite: boolean;
  /** Why the browser refused to store the login cookie at all; absent or null: stored. */
  notStored?: NotStored | null;
}

const notSent = (reason: CookieReason): CookieDecision => ({ cookie: 'not-sent', reason });

// The order follows the browser: Fetch first (no credentials, no cookies at
// all), then the cookie store (is there a cookie for this URL?), then SameSite,
// then the third-party-cookie setting.
export function cookieDecision(f: CookieFacts): CookieDecision {
  // 1. Fetch: without the credentials flag the browser attaches no cookies.
  if (!f.credentialsFlag) return notSent(f.credentials === 'omit' ? 'credentials-omit' : 'credentials-same-origin');
  // 2. The cookie store holds no cookie at all.
  if (f.login === null) return notSent('not-logged-in');
  //    WebKit ≠ Chromium: a Secure cookie over http://…localhost, or a cookie its default policy counts as
  //    third-party, is never stored (engine-differences.ts).
  if (f.notStored) return notSent(f.notStored);
  // 3. RFC 6265bis 5.8.3 (domain-match): a host-only cookie goes to its own host only.
  if (!f.cookieHost) return notSent('other-host');
  // 4. Same-site: SameSite=Lax and None both go.
  if (f.sameSite) return { cookie: 'sent', reason: 'same-site' };
  // 5. Cross-site: Lax only on top-level navigations, never with fetch().
  if (f.login.sameSite === 'Lax') return notSent('lax-cross-site');
  // 6. None; Secure cross-site: a third-party cookie. Chromium with third-party cookies
  //    blocked (as observed here, chromium-cors.md 12b) sends none; the user's setting decides.
  return { cookie: 'not-sent', reason: 'third-party-blocked', settingDecides: true };
}

/** Where a URL is and how it serializes its origin: "null" is an opaque origin. */
export function hostOf(origin: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(\[[^\]]*\]|[^/:?#]*)/i.exec(origin);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * The schemeful site of an origin ("http://playground.localhost"), or null for
 * an opaque origin. The registrable domain is the last two labels: no public
 * suffix the playground uses has more than one (".localhost" is not on the
 * Public Suffix List, so the default "*" rule makes "localhost" the suffix);
 * an IP address or a single label is its own site.
 */
export function siteOf(origin: string): string | null {
  const host = hostOf(origin);
  if (host === null || host === '') return null;
  const scheme = origin.slice(0, origin.indexOf(':')).toLowerCase();
  const isIp = /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith('[');
  const labels = host.split('.');
  return `${scheme}://${isIp || labels.length <= 2 ? host : labels.slice(-2).join('.')}`;
}

/**
 * RFC 6265bis "site for cookies" of a frame: the top page's site when every
 * frame up to it is same-site with it; otherwise (or for an opaque origin)
 * null, and every request from the frame is cross-site.
 */
export function siteForCookies(frameOrigin: string, topOrigin: string): string | null {
  const frame = siteOf(frameOrigin);
  const top = siteOf(topOrigin);
  return frame !== null && frame === top ? top : null;
}

/**
 * The "base domain" WebKitGTK's cookie policy compares (libsoup's TLD rules): a host under .localhost has
 * none, so it is its own; otherwise the site, as siteOf reads it (an IP address or one label is its own too).
 */
export function cookieBaseDomain(origin: string): string | null {
  const host = hostOf(origin);
  return host !== null && /(^|\.)localhost$/.test(host) ? host : siteOf(origin);
}
