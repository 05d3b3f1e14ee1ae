// Origin patterns are matched by re2js, which the page loads only when a
// pattern is first checked. Views that validate or predict with a pattern use
// this hook so they render again once it has loaded ("checking…" until then).
import { useSyncExternalStore } from 'react';
import { loadPatternEngine, onPatternEngineReady, patternEngineReady } from '../policy/origin-pattern.ts';
import type { ServerSide } from '../scenario/types.ts';

export function usePatternEngineReady(): boolean {
  return useSyncExternalStore(onPatternEngineReady, patternEngineReady);
}

/** Resolves once this server side's origin pattern (if it has one) can be matched: before a prediction that counts. */
export async function patternEngineFor(server: ServerSide): Promise<void> {
  if (server.type === 'policy' && server.policy.allowOrigin.type === 'pattern') await loadPatternEngine();
}
