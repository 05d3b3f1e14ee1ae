// The engine's side of the result: the live verdict, and after a run the
// prediction made for it beside what really happened, with agreement shown;
// then the fix for the scenario as it is now.
import { useState } from 'react';
import type { Prediction } from '../../engine/types.ts';
import type { BrowserRun } from '../../lib/browser-run.ts';
import type { ModelAnswer } from '../../lib/prediction.ts';
import { compareWithBrowser } from './agreement.ts';
import { AgreementNote, ModelCrash } from './AgreementNote.tsx';
import { FixSuggestion } from './FixSuggestion.tsx';
import { HeadersCompare } from './HeadersCompare.tsx';
import { LivePrediction } from './LivePrediction.tsx';
import { PredictedWords } from './PredictedWords.tsx';
import { buildTimeline } from './timeline.ts';
import { Timeline } from './Timeline.tsx';
import { Trace } from './Trace.tsx';
import { VerdictName } from './VerdictName.tsx';
import './explanation.css';

export interface ExplainedRun {
  prediction: ModelAnswer;
  browser: BrowserRun;
  /** The scenario was edited after this run was sent. */
  edited: boolean;
}

export interface ExplanationPanelProps {
  /** The model on the current scenario; null only until the first URL is built. */
  live: ModelAnswer | null;
  /** The last completed run, or null before any (or while one runs). */
  run: ExplainedRun | null;
}

function PredictedVerdict({ prediction, edited }: { prediction: Prediction; edited: boolean }) {
  return (
    <p className="predicted-verdict">
      Our model predicted for this run: <VerdictName prediction={prediction} />
      {edited && <span className="hint"> You have edited the scenario since this run; the line above is for the next Send.</span>}
    </p>
  );
}

/** The run's verdict and agreement first: whether to trust the rest is the first thing to know. */
function RunHeader({ run }: { run: ExplainedRun }) {
  if (run.prediction.kind === 'crash') return <ModelCrash message={run.prediction.message} />;
  const agreement = compareWithBrowser(run.prediction.prediction, run.browser);
  return (
    <>
      {agreement && <AgreementNote agreement={agreement} />}
      <PredictedVerdict prediction={run.prediction.prediction} edited={run.edited} />
    </>
  );
}

function RunBody({ run }: { run: ExplainedRun }) {
  if (run.prediction.kind === 'crash') return null;
  const p = run.prediction.prediction;
  const { browser } = run;
  return (
    <>
      <Timeline rows={buildTimeline(browser.entries, browser.result, browser.harnessError, p)} />
      <PredictedWords prediction={p} />
      <Trace steps={p.trace} />
      <HeadersCompare entries={browser.entries} result={browser.result} prediction={p} />
    </>
  );
}

export function ExplanationPanel({ live, run }: ExplanationPanelProps) {
  const [applied, setApplied] = useState(false);
  const current = live?.kind === 'prediction' ? live.prediction : null;
  const fix = current?.fix ?? null;
  return (
    <div className="explanation">
      <LivePrediction live={live} />
      {run && <RunHeader run={run} />}
      {fix && <FixSuggestion key={JSON.stringify(fix.changes)} fix={fix} onApplied={() => setApplied(true)} />}
      {applied && !fix && current?.verdict === 'ok' && (run === null || run.edited) && (
        <p className="hint" role="status">
          Fix applied. Press Send to see your browser agree.
        </p>
      )}
      {run ? <RunBody run={run} /> : current && (
        <>
          <PredictedWords prediction={current} />
          <Trace steps={current.trace} />
        </>
      )}
    </div>
  );
}
