// What the server has already received for a scenario's server side in this
// tab, read from its record: the model's input for answers that change on a
// later arrival (scenario version 2), as the login cookie is. Loaded on
// demand by run.ts, and read only when the server side answers by arrival.
import { arrivalKey, countsArrivals, type ArrivalKey } from '../policy/answers.ts';
import { parseApiPath, PROXY_PREFIX } from '../scenario/api-path.ts';
import type { ServerSide } from '../scenario/types.ts';
import { fetchLog } from './server-api.ts';

/** The config segment of an experiment URL (through the app's /proxy/ route too); null when it is none. */
function configOf(url: string): string | null {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i, '');
  return parseApiPath(path.startsWith(`${PROXY_PREFIX}/`) ? path.slice(PROXY_PREFIX.length) : path)?.config ?? null;
}

/** The server's earlier arrivals for the config in `requestUrl` (none when the server side does not count them). */
export async function recordedArrivals(server: ServerSide, session: string, requestUrl: string): Promise<ArrivalKey[]> {
  const config = configOf(requestUrl);
  if (!countsArrivals(server) || config === null) return [];
  const log = await fetchLog(session, 0);
  return log.entries.filter((e) => parseApiPath(e.target)?.config === config).map((e) => arrivalKey(e.kind, e.path));
}
