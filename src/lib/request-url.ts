// The absolute URL fetch() is called with for a scenario. The real run and the
// engine's prediction both take it from here, so they see the same URL: the
// preflight cache keys on it and the console message quotes it.
import { requestBase, resolveTokens, type Deployment } from '../scenario/origins.ts';
import { resolveServerSide } from '../scenario/resolve.ts';
import type { Scenario } from '../scenario/types.ts';
import { apiUrl } from '../scenario/api-path.ts';
import { encodeServerSide } from '../scenario/wire.ts';

export async function requestUrl(scenario: Scenario, d: Deployment, session: string): Promise<string> {
  const config = await encodeServerSide(resolveServerSide(scenario.server, d));
  return apiUrl(requestBase(scenario.request, d), session, config, resolveTokens(scenario.request.path, d));
}

/** Keyed by exactly what the URL depends on, so editing the method or headers never re-encodes. */
export function requestUrlQueryOptions(scenario: Scenario, d: Deployment, session: string) {
  return {
    queryKey: ['request-url', session, d, scenario.server, scenario.request.from, scenario.request.path, scenario.request.proxy] as const,
    queryFn: () => requestUrl(scenario, d, session),
    staleTime: Infinity,
  };
}
