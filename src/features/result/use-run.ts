// The run as a react-query mutation: its state drives the result panel. The
// engine's prediction for the run is made here, before the browser runs it,
// from the scenario and the model's own preflight cache only, and stored with
// the run's result; neither is ever derived from the other.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Deployment } from '../../scenario/origins.ts';
import type { Scenario } from '../../scenario/types.ts';
import { requestUrl } from '../../lib/request-url.ts';
import { predictScenario, type ModelAnswer } from '../../lib/prediction.ts';
import { tabPreflightCache } from '../../lib/tab-preflight-cache.ts';
import { RunnerFrames } from './runner-frames.ts';
import { runScenario, type RunReport } from './run-scenario.ts';
import { patternEngineFor } from '../../lib/pattern-engine.ts';

let frames: RunnerFrames | null = null;
/** One set of runner frames per page, created on first use (it needs the DOM). */
function runnerFrames(): RunnerFrames {
  frames ??= new RunnerFrames();
  return frames;
}

export interface RunVariables {
  scenario: Scenario;
  deployment: Deployment;
  session: string;
}

export interface RunData {
  report: RunReport;
  /** The model's answer for this run, made before the run started. */
  prediction: ModelAnswer;
}

export function useRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['run'],
    mutationFn: async ({ scenario, deployment, session }: RunVariables): Promise<RunData> => {
      const url = await requestUrl(scenario, deployment, session);
      await patternEngineFor(scenario.server);
      const prediction = predictScenario({
        scenario, deployment, requestUrl: url, cache: tabPreflightCache.get(), now: Date.now(), parentOrigin: location.origin,
      });
      const report = await runScenario({ frames: runnerFrames(), queryClient }, scenario, deployment, session, url);
      // The browser's cache only moved if fetch() really ran in the runner.
      if (report.result && prediction.kind === 'prediction') tabPreflightCache.set(prediction.prediction.cache);
      return { report, prediction };
    },
  });
}
