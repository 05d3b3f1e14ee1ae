// The run as a react-query mutation: its state drives the result panel. The
// caller hands in the tab's preflight cache with each run and gets the
// updated one back through `onCache` (the app owns that state). The run's
// machinery (run.ts: the runner frames, the record, the classification) loads
// on demand, fetched when the page mounts to prepare the runner frame: off the
// initial bundle, and loaded long before the first Send.
import { useEffect } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BrowserEngine, PreflightCache } from '../engine/types.ts';
import type { Deployment } from '../scenario/origins.ts';
import type { Scenario } from '../scenario/types.ts';
import { usePlayground } from '../store/playground-store.ts';
import type { RunData } from './run.ts';

const loadRun = () => import('./run.ts');

export type { RunData } from './run.ts';

export interface RunVariables {
  scenario: Scenario;
  deployment: Deployment;
  session: string;
  cache: PreflightCache;
  /** The engine the model predicts for (the learner's choice); absent: the running browser's. */
  engine?: BrowserEngine;
}

/**
 * @param deployment the playground's origins once known: the runner for the scenario's origin is then loaded ahead of Send.
 * @param onCache receives the tab's preflight cache after every run
 */
export function useRun(deployment: Deployment | null, onCache: (cache: PreflightCache) => void) {
  const queryClient = useQueryClient();
  const role = usePlayground((s) => s.scenario.request.from);
  useEffect(() => {
    // A failed load is reported by the next Send, which tries again.
    if (deployment) loadRun().then((m) => m.runnerFrames().prepare(role, deployment), () => {});
  }, [role, deployment]);
  return useMutation({
    mutationKey: ['run'],
    mutationFn: async ({ scenario, ...options }: RunVariables): Promise<RunData> => (await loadRun()).run(scenario, { ...options, queryClient }),
    onSuccess: (data) => onCache(data.cache),
  });
}
