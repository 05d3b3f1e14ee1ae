// The run as a react-query mutation: its state drives the result panel. The
// engine's prediction for the run is made here, before the browser runs it,
// from the scenario and the model's own preflight cache only, and stored with
// the run's result; neither is ever derived from the other.
import { useEffect } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Deployment } from '../../scenario/origins.ts';
import type { Scenario } from '../../scenario/types.ts';
import { requestUrlQueryOptions } from '../../lib/request-url.ts';
import { loadPredictor, type ModelAnswer } from '../../lib/prediction.ts';
import { tabPreflightCache } from '../../lib/tab-preflight-cache.ts';
import { loginCookie, logStatusQueryOptions } from '../../lib/server-api.ts';
import { usePlayground } from '../../store/playground-store.ts';
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

/** @param deployment the playground's origins once known: the runner for the scenario's origin is then loaded ahead of Send. */
export function useRun(deployment: Deployment | null = null) {
  const queryClient = useQueryClient();
  const role = usePlayground((s) => s.scenario.request.from);
  useEffect(() => {
    if (deployment) runnerFrames().prepare(role, deployment);
  }, [role, deployment]);
  return useMutation({
    mutationKey: ['run'],
    mutationFn: async ({ scenario, deployment, session }: RunVariables): Promise<RunData> => {
      // cors-playground:run:* marks: where a run's time goes (npm run bench reads them).
      performance.mark('cors-playground:run:start');
      // The live prediction has usually encoded this URL already (CompressionStream takes several ms and tasks).
      // Whether the browser holds the login cookie is an input of the model, read before the run.
      const [url, predictScenario, , log] = await Promise.all([
        queryClient.fetchQuery(requestUrlQueryOptions(scenario, deployment, session)),
        loadPredictor(),
        patternEngineFor(scenario.server),
        queryClient.fetchQuery(logStatusQueryOptions(session)),
      ]);
      // (An origin pattern matches nothing until its linear-time engine has loaded.)
      performance.mark('cors-playground:run:url');
      const prediction = predictScenario({
        scenario, deployment, requestUrl: url, cache: tabPreflightCache.get(), now: Date.now(), parentOrigin: location.origin,
        cookie: loginCookie(log),
      });
      performance.mark('cors-playground:run:predicted');
      const report = await runScenario({ frames: runnerFrames(), queryClient }, scenario, deployment, session, url);
      performance.mark('cors-playground:run:done');
      // The browser's cache only moved if fetch() really ran in the runner.
      if (report.result && prediction.kind === 'prediction') tabPreflightCache.set(prediction.prediction.cache);
      return { report, prediction };
    },
  });
}
