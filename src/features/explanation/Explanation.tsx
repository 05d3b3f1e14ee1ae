// The engine's side of the result, in reading order: what to read and do
// first (the browser's words and the fix), then the evidence (the timeline, the
// steps, the model compared with the browser, the headers compared). Loaded on
// demand (ExplanationPanel.tsx): it has nothing to show before the engine has loaded.
import { lazy, Suspense, useState } from 'react';
import type { Fix } from '../../engine/types.ts';
import type { ModelAnswer } from '../../lib/prediction.ts';
import type { ExplainedRun } from './explained-run.ts';
import { usePredictedEngine, type EngineAnswers } from './use-live-prediction.ts';
import { EngineChoice } from './EngineChoice.tsx';
import { FixSuggestion } from './FixSuggestion.tsx';
import { LessonForError } from './LessonForError.tsx';
import { LivePrediction } from './LivePrediction.tsx';
import { ConsoleWords, ScriptWords } from './PredictedWords.tsx';
import { Trace } from './Trace.tsx';
import './explanation.css';

// The evidence of a run (timeline, comparison, headers) is only shown after
// one: its own chunk, off the initial bundle, fetched as soon as the page is idle.
const loadRunEvidence = () => import('./RunEvidence.tsx');
const RunEvidence = lazy(() => loadRunEvidence().then((m) => ({ default: m.RunEvidence })));
if (typeof window !== 'undefined') setTimeout(() => void loadRunEvidence(), 0);

export interface ExplanationProps {
  /** The model on the current scenario; null only until the first URL is built. */
  live: ModelAnswer | null;
  /** The model on the current scenario for each engine (live is one of them); null until the first URL is built. */
  byEngine?: EngineAnswers | null;
  /** The last completed run, or null before any (or while one runs). */
  run: ExplainedRun | null;
  /** Called after "Apply fix" has put the fix into the editors. */
  onFixApplied?: (fix: Fix) => void;
}

/** The engine a run was predicted for (a crashed model: none). */
const runEngine = (run: ExplainedRun) => (run.prediction.kind === 'prediction' ? run.prediction.prediction.engine : null);

export default function Explanation({ live, byEngine = null, run, onFixApplied }: ExplanationProps) {
  const [applied, setApplied] = useState(false);
  const engine = usePredictedEngine();
  const current = live?.kind === 'prediction' ? live.prediction : null;
  const fix = current?.fix ?? null;
  // A fresh run's words are the ones the browser was compared with; after an edit (or another engine picked), the next Send's.
  const fresh = run && !run.edited && (runEngine(run) ?? engine) === engine ? run : null;
  const lead = fresh?.prediction.kind === 'prediction' ? fresh.prediction.prediction : current;
  return (
    <div className="explanation">
      <EngineChoice engine={engine} byEngine={byEngine} />
      {/* After a fresh run the real verdict above says it; the live one returns with the first edit. */}
      {!fresh && <LivePrediction live={live} />}
      {lead && <ConsoleWords prediction={lead} />}
      {lead && <LessonForError corsError={lead.corsError} />}
      {fix && (
        <FixSuggestion
          key={JSON.stringify(fix.changes)}
          fix={fix}
          onApplied={() => {
            setApplied(true);
            onFixApplied?.(fix);
          }}
        />
      )}
      {applied && !fix && current?.verdict === 'ok' && (run === null || run.edited) && (
        <p className="hint" role="status">
          Fix applied. Press Send to see your browser agree.
        </p>
      )}
      {run ? (
        <Suspense fallback={<p className="hint">Loading the evidence…</p>}>
          <RunEvidence run={run} />
        </Suspense>
      ) : current && (
        <>
          <ScriptWords prediction={current} />
          <Trace steps={current.trace} engine={current.engine} />
        </>
      )}
    </div>
  );
}
