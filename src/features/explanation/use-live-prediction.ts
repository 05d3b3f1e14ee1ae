// The live predictions, one per browser engine (the page shows the learner's
// chosen one, and the three side by side when they differ): derived from the scenario, the request URL (async: the
// server side is compressed into it) and the tab's preflight cache (handed in); never
// stored. The previous URL is kept while a new one is encoded, so the verdict
// never blinks away as the user types.
import { useEffect, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { BROWSER_ENGINES, type BrowserEngine, type PreflightCache } from '../../engine/types.ts';
import { usePatternEngineReady } from '../../lib/pattern-engine.ts';
import { usePredictor, type ModelAnswer } from '../../lib/prediction.ts';
import { requestUrlQueryOptions } from '../../lib/request-url.ts';
import { loginCookie, logStatusQueryOptions } from '../../lib/server-api.ts';
import type { Deployment } from '../../scenario/origins.ts';
import { usePlayground } from '../../store/playground-store.ts';
import { runningEngine } from '../../lib/browser-engine.ts';

/** Ticks when the next cached preflight expires, so "served from cache" does not outlive the entry. */
function useExpiryTick(cache: PreflightCache): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const now = Date.now();
    const next = Math.min(...cache.entries.map((e) => e.expiresAt).filter((t) => t > now));
    if (!Number.isFinite(next)) return;
    const timer = setTimeout(() => setTick((t) => t + 1), Math.min(next - now + 1, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [cache, tick]);
  return tick;
}

/** The engine the model predicts for: the learner's choice, else the browser running the page. */
export function usePredictedEngine(): BrowserEngine {
  return usePlayground((s) => s.predictFor) ?? runningEngine().engine;
}

/** The model's answer for each engine. */
export type EngineAnswers = Record<BrowserEngine, ModelAnswer>;

/**
 * @param cache the tab's preflight cache as the engine knows it (the app owns it); the running browser's,
 *   given to every engine (another engine's cache would hold what that browser stored: the same runs)
 */
export function useLivePredictions(deployment: Deployment, session: string, cache: PreflightCache): EngineAnswers | null {
  const scenario = usePlayground((s) => s.scenario);
  const url = useQuery({ ...requestUrlQueryOptions(scenario, deployment, session), placeholderData: keepPreviousData });
  const tick = useExpiryTick(cache);
  const predictScenario = usePredictor();
  const patternsReady = usePatternEngineReady();
  const requestUrl = url.data;
  // The login state, as the server recorded it: whether there is a cookie to send at all.
  const log = useQuery({ ...logStatusQueryOptions(session), retry: false });
  const cookieSameSite = loginCookie(log.data)?.sameSite ?? null;
  return useMemo(
    () =>
      requestUrl === undefined || predictScenario === null
        ? null
        : forEachEngine((engine) =>
          predictScenario({
            engine, scenario, deployment, requestUrl, cache, now: Date.now(), parentOrigin: location.origin,
            cookie: cookieSameSite ? { sameSite: cookieSameSite } : null,
          }),
        ),
    // `tick` only asks for a fresh Date.now() once a cache entry has expired;
    // `patternsReady`: an origin pattern matches nothing until its engine has loaded.
    [scenario, deployment, requestUrl, cache, tick, cookieSameSite, predictScenario, patternsReady],
  );
}

function forEachEngine(answer: (engine: BrowserEngine) => ModelAnswer): EngineAnswers {
  return Object.fromEntries(BROWSER_ENGINES.map((e) => [e, answer(e)])) as EngineAnswers;
}
