// The API's one user, the victim of a too-open credentialed CORS policy: a
// login cookie, and the fixed fake private data the API returns to requests
// that carry it. Shared by the server (which answers with it), the engine
// (which predicts whether the cookie goes) and the page (which flags a leak).

import { getAll } from './http-syntax.ts';
import type { HeaderList } from './types.ts';

/** The login cookie's name; its value is random per login. */
export const LOGIN_COOKIE = 'pg_session';

/** The SameSite attribute chosen at login: Lax is what browsers default to, None needs Secure. */
export type CookieSameSite = 'Lax' | 'None';

/** The login state the browser holds, as the engine takes it: null when not logged in. */
export type LoginCookie = { sameSite: CookieSameSite } | null;

export interface VictimUser {
  name: string;
  email: string;
  balance: string;
}

/** Fixed fake data: obviously fake, but private enough that reading it from another origin is a leak. */
export const VICTIM_USER: VictimUser = {
  name: 'Alice Example',
  email: 'alice@bank.example',
  balance: '€ 12,345.67',
};

/** The Set-Cookie attributes for a SameSite choice (None is only accepted with Secure). */
export function cookieAttributes(sameSite: CookieSameSite): string {
  return sameSite === 'None' ? 'Path=/; SameSite=None; Secure; HttpOnly' : 'Path=/; SameSite=Lax; HttpOnly';
}

/** The SameSite value named by a login's ?sameSite= query (case-insensitive), default Lax; null when unknown. */
export function parseSameSite(value: string | null): CookieSameSite | null {
  if (value === null || value === '' || value.toLowerCase() === 'lax') return 'Lax';
  return value.toLowerCase() === 'none' ? 'None' : null;
}

/** The value of one cookie in Cookie header values ("a=1; pg_session=x"), or null. */
export function cookieValue(cookieHeaders: readonly string[], name: string): string | null {
  for (const header of cookieHeaders) {
    for (const pair of header.split(';')) {
      const eq = pair.indexOf('=');
      if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
    }
  }
  return null;
}

/** Whether request header lines carry the login cookie (any value: the server's record is what the browser sent). */
export function carriesLoginCookie(headers: HeaderList): boolean {
  return cookieValue(getAll(headers, 'cookie'), LOGIN_COOKIE) !== null;
}
