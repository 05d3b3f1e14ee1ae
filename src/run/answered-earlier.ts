// Whether the server's record holds an answer to exactly this URL: read only
// when fetch() failed and nothing reached the server (then the browser's HTTP
// cache answered, classify.ts). Its own module, loaded on demand: the initial
// bundle has no room.
import type { LoggedRequest } from '../scenario/log-types.ts';
/** Its request-target on its host, answered (an actual request) earlier in this tab's record. */
export function answeredEarlier(url: string, record: readonly LoggedRequest[]): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  return record.some((e) => e.kind === 'actual' && e.host === target.host && e.target === target.pathname + target.search);
}
