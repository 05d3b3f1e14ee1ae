// The evidence of one run, below what to read and do first: the timeline,
// what script got, the steps, the model compared with the browser, and the
// headers compared. Loaded on demand (ExplanationPanel).
import type { Prediction } from '../../engine/types.ts';
import type { ExplainedRun } from './explained-run.ts';
import { compareWithBrowser, type Agreement } from './agreement.ts';
import { AgreementNote, ModelCrash } from './AgreementNote.tsx';
import { HeadersCompare } from './HeadersCompare.tsx';
import { ScriptWords } from './PredictedWords.tsx';
import { buildTimeline } from './timeline.ts';
import { Timeline } from './Timeline.tsx';
import { Trace } from './Trace.tsx';
import { VerdictName } from './VerdictName.tsx';

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

export function RunEvidence({ run }: { run: ExplainedRun }) {
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

