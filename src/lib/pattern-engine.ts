// Origin patterns are matched by re2js, which the page loads only when a
// pattern is first checked. Views that validate or predict with a pattern use
// this hook so they render again once it has loaded ("checking…" until then).
import { useSyncExternalStore } from 'react';
import { onPatternEngineReady, patternEngineReady } from '../policy/origin-pattern.ts';

export function usePatternEngineReady(): boolean {
  return useSyncExternalStore(onPatternEngineReady, patternEngineReady);
}
