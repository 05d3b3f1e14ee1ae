// The engine's explanation beside the real result (Explanation.tsx), loaded on
// demand: it shows a prediction, and the engine that makes one is itself loaded
// on demand (lib/prediction.ts), so nothing is lost by waiting for both. Fetched
// as soon as the page is idle, like the engine.
import { lazy, Suspense } from 'react';
import type { ExplanationProps } from './Explanation.tsx';

export type { ExplainedRun } from './explained-run.ts';

const loadExplanation = () => import('./Explanation.tsx');
const Explanation = lazy(loadExplanation);
if (typeof window !== 'undefined') setTimeout(() => void loadExplanation(), 0);

export function ExplanationPanel(props: ExplanationProps) {
  return (
    <Suspense fallback={null}>
      <Explanation {...props} />
    </Suspense>
  );
}
