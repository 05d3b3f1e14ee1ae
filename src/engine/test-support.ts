// Running a scenario case through the engine the way the browser harness runs
// it: one deployment, one session, the server side's config in the URL (so
// the preflight cache key changes with the server, as it does for real).
import { makeDeployment, requestBase, resolveTokens } from '../scenario/origins.ts';
import type { Scenario } from '../scenario/types.ts';
import { apiUrl } from '../scenario/api-path.ts';
import { serverModel } from '../policy/model.ts';
import type { ArrivalKey } from '../policy/answers.ts';
import { predict } from './predict.ts';
import type { BrowserEngine, LoginCookie, PreflightCache, Prediction } from './types.ts';

export const DEPLOYMENT = makeDeployment();
export const SESSION = 'engine-test-session-0001';

/** A stand-in for the encoded config: equal server sides give equal URLs. */
function configOf(scenario: Scenario): string {
  let hash = 5381;
  for (const ch of JSON.stringify(scenario.server)) hash = ((hash * 33) ^ ch.charCodeAt(0)) >>> 0;
  return `c${hash.toString(36)}`;
}

export function requestUrlFor(scenario: Scenario): string {
  return apiUrl(requestBase(scenario.request, DEPLOYMENT), SESSION, configOf(scenario), scenario.request.path);
}

/** How the model is asked: the tab's state before the step, and for which browser. */
export interface StepOptions {
  cache?: PreflightCache;
  now?: number;
  cookie?: LoginCookie;
  /** What the server already received for this server side (answers by arrival). */
  earlier?: readonly ArrivalKey[];
  engine?: BrowserEngine;
}

export function predictScenario(scenario: Scenario, { cache, now = 1_000_000, cookie = null, earlier = [], engine = 'chromium' }: StepOptions = {}): Prediction {
  const input = { engine, scenario, deployment: DEPLOYMENT, requestUrl: requestUrlFor(scenario), serve: serverModel(scenario.server, DEPLOYMENT, earlier), now, cookie };
  return predict(cache ? { ...input, cache } : input);
}

export const resolved = (text: string) => resolveTokens(text, DEPLOYMENT);
