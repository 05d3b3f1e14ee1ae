// One session id per tab: the same tab builds the same API URLs, so the
// browser's preflight cache shows across runs; another tab starts clean.
// The server issues the id (signed: one a page makes up is refused), so the
// page asks the app host for it and keeps it in sessionStorage; the server
// hands the same one back while it is still valid (after a restart, a new one).
import { useQuery } from '@tanstack/react-query';

const KEY = 'cors-playground:session';

type GetJson = (url: string) => Promise<unknown>;

const getJson: GetJson = async (url) => {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
};

/** This tab's id, from the app host (GET /__session), kept in `storage`. */
export async function obtainSessionId(storage: Storage = sessionStorage, get: GetJson = getJson): Promise<string> {
  const current = storage.getItem(KEY) ?? '';
  const answer = (await get(`/__session?current=${encodeURIComponent(current)}`)) as { session?: unknown };
  if (typeof answer.session !== 'string') throw new Error('/__session gave no session id');
  storage.setItem(KEY, answer.session);
  return answer.session;
}

/** The tab's session id once the server has issued it; null until then. */
export function useSessionId(): string | null {
  const query = useQuery({ queryKey: ['session'], queryFn: () => obtainSessionId(), staleTime: Infinity, retry: 2 });
  return query.data ?? null;
}
