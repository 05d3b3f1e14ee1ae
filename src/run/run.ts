// The run as a shared capability: any feature (the playground, the lessons)
// calls run(scenario, …) and gets what the real browser did and what the
// engine predicted for it. The engine's prediction is made here, before the
// browser runs, from the scenario and the tab's preflight cache only (passed
// in, the updated one handed back); neither is ever derived from the other.
import type { QueryClient } from '@tanstack/react-query';
import type { BrowserEngine, PreflightCache } from '../engine/types.ts';
import { runningEngine } from '../lib/browser-engine.ts';
import type { Deployment } from '../scenario/origins.ts';
import type { Scenario } from '../scenario/types.ts';
import { requestUrlQueryOptions } from '../lib/request-url.ts';
import { loadPredictor, type ModelAnswer } from '../lib/prediction.ts';
import { loginCookie, logStatusQueryOptions } from '../lib/server-api.ts';
import { patternEngineFor } from '../lib/pattern-engine.ts';
import { RunnerFrames } from './runner-frames.ts';
import { runScenario, type RunReport } from './run-scenario.ts';

let frames: RunnerFrames | null = null;
/** One set of runner frames per page, created on first use (it needs the DOM). */
export function runnerFrames(): RunnerFrames {
  frames ??= new RunnerFrames();
  return frames;
}

export interface RunOptions {
  deployment: Deployment;
  session: string;
  /** The tab's preflight cache as the engine knows it, before this run. */
  cache: PreflightCache;
  queryClient: QueryClient;
  /** The engine the model predicts for; absent: the browser running the page. */
  engine?: BrowserEngine;
}

export interface RunData {
  report: RunReport;
  /** The model's answer for this run, made before the run started. */
  prediction: ModelAnswer;
  /** The tab's preflight cache after this run (unchanged when fetch() did not run). */
  cache: PreflightCache;
}

export async function run(scenario: Scenario, { deployment, session, cache, queryClient, engine = runningEngine().engine }: RunOptions): Promise<RunData> {
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
  // What the server already received for this server side, when it answers by arrival (version 2).
  const earlier = await import('../lib/arrivals.ts').then((m) => m.recordedArrivals(scenario.server, session, url));
  const prediction = predictScenario({
    engine, scenario, deployment, requestUrl: url, cache, now: Date.now(), parentOrigin: location.origin,
    cookie: loginCookie(log), earlier,
  });
  performance.mark('cors-playground:run:predicted');
  const report = await runScenario({ frames: runnerFrames(), queryClient }, scenario, deployment, session, url);
  performance.mark('cors-playground:run:done');
  // The browser's cache only moved if fetch() really ran in the runner.
  const after = report.result && prediction.kind === 'prediction' ? prediction.prediction.cache : cache;
  return { report, prediction, cache: after };
}
