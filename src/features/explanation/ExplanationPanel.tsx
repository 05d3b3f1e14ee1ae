// The engine's side of the result, in reading order: what to read and do
// first (Chromium's words and the fix), then the evidence (the timeline, the
// steps, the model compared with the browser, the headers compared).
import { useState } from 'react';
import type { Fix, Prediction } from '../../engine/types.ts';
import type { BrowserRun } from '../../lib/browser-run.ts';
import type { ModelAnswer } from '../../lib/prediction.ts';
import { compareWithBrowser, type Agreement } from './agreement.ts';
import { AgreementNote, ModelCrash } from './AgreementNote.tsx';
import { FixSuggestion } from './FixSuggestion.tsx';
import { HeadersCompare } from './HeadersCompare.tsx';
import { LivePrediction } from './LivePrediction.tsx';
import { ConsoleWords, ScriptWords } from './PredictedWords.tsx';
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
  /** Called after "Apply fix" has put the fix into the editors. */
  onFixApplied?: (fix: Fix) => void;
}

function PredictedVerdict({ prediction, edited }: { prediction: Prediction; edited: boolean }) {
  return (
    <p className="predicted-verdict">
      Our model predicted for this run: <VerdictName prediction={prediction} />
      {edited && <span className="hint"> You have edited the scenario since this run; Chromium’s message and the fix at the top are for the next Send.</span>}
    </p>
  );
}

/** The model's verdict for the run beside the browser's. */
function RunComparison({ prediction, run, agreement }: { prediction: Prediction; run: ExplainedRun; agreement: Agreement | null }) {
  return (
    <>
      {agreement && <AgreementNote agreement={agreement} />}
      <PredictedVerdict prediction={prediction} edited={run.edited} />
    </>
  );
}

function RunBody({ run }: { run: ExplainedRun }) {
  if (run.prediction.kind === 'crash') return <ModelCrash message={run.prediction.message} />;
  const p = run.prediction.prediction;
  const { browser } = run;
  const agreement = compareWithBrowser(p, browser);
  // A disagreement is a bug in our model: said before the explanation it puts in doubt, never below it.
  const comparison = <RunComparison prediction={p} run={run} agreement={agreement} />;
  const doubted = agreement !== null && !agreement.agree;
  return (
    <>
      {doubted && comparison}
      <Timeline rows={buildTimeline(browser.entries, browser.result, browser.harnessError, p)} />
      <ScriptWords prediction={p} />
      <Trace steps={p.trace} />
      {!doubted && comparison}
      <HeadersCompare entries={browser.entries} result={browser.result} prediction={p} />
    </>
  );
}

export function ExplanationPanel({ live, run, onFixApplied }: ExplanationPanelProps) {
  const [applied, setApplied] = useState(false);
  const current = live?.kind === 'prediction' ? live.prediction : null;
  const fix = current?.fix ?? null;
  // A fresh run's words are the ones the browser was compared with; after an edit, the next Send's.
  const fresh = run && !run.edited ? run : null;
  const lead = fresh?.prediction.kind === 'prediction' ? fresh.prediction.prediction : current;
  return (
    <div className="explanation">
      {/* After a fresh run the real verdict above says it; the live one returns with the first edit. */}
      {!fresh && <LivePrediction live={live} />}
      {lead && <ConsoleWords prediction={lead} />}
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
      {run ? <RunBody run={run} /> : current && (
        <>
          <ScriptWords prediction={current} />
          <Trace steps={current.trace} />
        </>
      )}
    </div>
  );
}
