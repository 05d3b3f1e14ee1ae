// The policy server's HTTP interface as the app uses it. The app listener
// (same origin as this page) serves /__env and /__log; the API origin serves
// /login, /logout and /__ping.
import type { LogAnswer } from '../scenario/log-types.ts';
import type { Deployment } from '../scenario/origins.ts';
import type { CookieSameSite, LoginCookie } from '../scenario/victim.ts';

export interface EnvResponse {
  deployment: Deployment;
  fallback: Deployment;
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

export function fetchEnv(signal?: AbortSignal): Promise<EnvResponse> {
  return getJson<EnvResponse>('/__env', signal);
}

export function fetchLog(session: string, after: number, signal?: AbortSignal): Promise<LogAnswer> {
  return getJson<LogAnswer>(`/__log/${encodeURIComponent(session)}?after=${after}`, signal);
}

/** Past every seq the server can hand out (it accepts up to 15 digits): asks for no entries at all. */
const NO_ENTRIES = 999_999_999_999_999;

/**
 * Where the log stands, without its entries (up to 200 per session, which
 * made this read the slowest step of a run): its lastSeq marks where the next
 * run starts, its cookie is shown.
 */
export function logStatusQueryOptions(session: string) {
  return {
    queryKey: ['log-status', session] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchLog(session, NO_ENTRIES, signal),
    staleTime: 0,
  };
}

/** The login cookie this browser holds as the engine takes it, from the log's answer. */
export function loginCookie(log: Pick<LogAnswer, 'cookie' | 'sameSite'> | undefined): LoginCookie {
  return log?.cookie ? { sameSite: log.sameSite ?? 'Lax' } : null;
}

/** Log in from the app page itself, so the API sets its cookie (with this SameSite) for this browser. */
export async function logIn(api: string, session: string, sameSite: CookieSameSite = 'Lax'): Promise<void> {
  const url = `${api}/login/${encodeURIComponent(session)}?sameSite=${sameSite}`;
  const response = await fetch(url, { method: 'POST', credentials: 'include' });
  if (!response.ok) throw new Error(`Login answered ${response.status}`);
}

export async function logOut(api: string, session: string): Promise<void> {
  const response = await fetch(`${api}/logout/${encodeURIComponent(session)}`, { method: 'POST', credentials: 'include' });
  if (!response.ok) throw new Error(`Logout answered ${response.status}`);
}
