// The engine run the way the page runs it: the real server model, the real
// request URL and the runner frame's own address. The result is an answer
// rather than a throw, so a bug in the model can never stop a real run and is
// shown to the learner instead of hidden. The page loads this file, and the
// engine with it, as its own chunk (prediction.ts, loadPredictor).
import { predict } from '../engine/predict.ts';
import type { BrowserEngine, PreflightCache } from '../engine/types.ts';
import { serverModel } from '../policy/model.ts';
import type { ArrivalKey } from '../policy/answers.ts';
import { runnerUrl } from '../runner/protocol.ts';
import { runnerHost, type Deployment } from '../scenario/origins.ts';
import type { Scenario } from '../scenario/types.ts';
import type { LoginCookie } from '../scenario/victim.ts';
import type { ModelAnswer } from './prediction.ts';

export interface PredictScenarioInput {
  /** The browser engine to predict for; absent: Chromium. */
  engine?: BrowserEngine;
  scenario: Scenario;
  deployment: Deployment;
  /** From lib/request-url.ts: the URL the run calls fetch() with. */
  requestUrl: string;
  cache: PreflightCache;
  now: number;
  /** The playground page's origin: the runner frame's URL names it (quoted by "Unsafe attempt to load URL"). */
  parentOrigin: string;
  /** The API's login cookie in this browser, from the server's log (lib/server-api.ts loginCookie). */
  cookie: LoginCookie;
  /** What the server already received for this server side (lib/arrivals.ts); absent: nothing. */
  earlier?: readonly ArrivalKey[];
}

export function predictScenario(input: PredictScenarioInput): ModelAnswer {
  const { scenario, deployment } = input;
  try {
    const prediction = predict(
      {
        engine: input.engine, scenario, deployment, requestUrl: input.requestUrl, serve: serverModel(scenario.server, deployment, input.earlier),
        cache: input.cache, now: input.now, cookie: input.cookie,
      },
      { frameUrl: runnerUrl(runnerHost(scenario.request.from, deployment), input.parentOrigin) },
    );
    return { kind: 'prediction', prediction };
  } catch (e) {
    return { kind: 'crash', message: e instanceof Error ? e.message : String(e) };
  }
}
