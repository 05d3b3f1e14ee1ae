// The model's answer as the page passes it around, and the engine itself
// loaded on demand: the engine is the largest part of the page's own code, so
// it is its own chunk (predict-scenario.ts), requested as soon as the page
// first renders and shared by the live prediction and every run.
import { useEffect, useState } from 'react';
import type { Prediction } from '../engine/types.ts';
import type { predictScenario } from './predict-scenario.ts';

export type ModelAnswer = { kind: 'prediction'; prediction: Prediction } | { kind: 'crash'; message: string };
export type PredictScenario = typeof predictScenario;
export type { PredictScenarioInput } from './predict-scenario.ts';

/** Whether the model expects an OPTIONS request on the wire for this run. */
export function predictsPreflight(p: Prediction): boolean {
  return p.decision.preflight === 'sent';
}

let loaded: PredictScenario | null = null;
let loading: Promise<PredictScenario> | null = null;

/** The engine, loaded once; a failed load is tried again on the next call. */
export function loadPredictor(): Promise<PredictScenario> {
  loading ??= import('./predict-scenario.ts').then(
    (m) => (loaded = m.predictScenario),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The engine once it has loaded; null until then (the page shows no verdict rather than a wrong one). */
export function usePredictor(): PredictScenario | null {
  const [predictor, setPredictor] = useState<PredictScenario | null>(() => loaded);
  useEffect(() => {
    if (predictor) return;
    let live = true;
    // A failed load leaves the verdict empty; the next Send tries again and reports why.
    loadPredictor().then((p) => live && setPredictor(() => p), () => {});
    return () => {
      live = false;
    };
  }, [predictor]);
  return predictor;
}
