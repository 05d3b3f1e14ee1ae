// The evidence of one run, below what to read and do first: the timeline,
// what script got, the steps, the model compared with the browser, and the
// headers compared. Loaded on demand (ExplanationPanel).
import type { Prediction } from '../../engine/types.ts';
import { ENGINE_NAMES, runningEngine } from '../../lib/browser-engine.ts';
import type { ExplainedRun } from './explained-run.ts';
import { compareWithBrowser, type Agreement } from './agreement.ts';
import { AgreementNote, ModelCrash } from './AgreementNote.tsx';
import { HeadersCompare } from './HeadersCompare.tsx';
import { PlacementNote } from './PlacementNote.tsx';
import { ScriptWords } from './PredictedWords.tsx';
import { buildTimeline } from './timeline.ts';
import { Timeline } from './Timeline.tsx';
import { Trace } from './Trace.tsx';
import { VerdictName } from './VerdictName.tsx';

function PredictedVerdict({ prediction, edited }: { prediction: Prediction; edited: boolean }) {
  return (
    <p className="predicted-verdict">
      Our model predicted for this run, in {ENGINE_NAMES[prediction.engine]}: <VerdictName prediction={prediction} />
      {edited && <span className="hint"> You have edited the scenario since this run; the console message and the fix at the top are for the next Send.</span>}
    </p>
  );
}

/**
 * The run was predicted for another engine than the one running this page: its browser did not
 * run it, so comparing would show a false disagreement. Said instead of the comparison.
 */
function OtherEngineNote({ predicted }: { predicted: Prediction['engine'] }) {
  const running = ENGINE_NAMES[runningEngine().engine];
  return (
    <div className="agreement other-engine" data-testid="agreement-not-meaningful">
      <p>
        This run was predicted for {ENGINE_NAMES[predicted]}, but it ran in your browser, {running}: comparing the two is not meaningful.
        Predict for {running} to check our model against your browser.
      </p>
    </div>
  );
}

/** The model's verdict for the run beside the browser's. */
function RunComparison({ prediction, run, agreement }: { prediction: Prediction; run: ExplainedRun; agreement: Agreement | 'other-engine' | null }) {
  return (
    <>
      {agreement === 'other-engine'
        ? <OtherEngineNote predicted={prediction.engine} />
        : agreement && <AgreementNote agreement={agreement} placed={prediction.decision.placedPage !== undefined} />}
      <PredictedVerdict prediction={prediction} edited={run.edited} />
    </>
  );
}

export function RunEvidence({ run }: { run: ExplainedRun }) {
  if (run.prediction.kind === 'crash') return <ModelCrash message={run.prediction.message} />;
  const p = run.prediction.prediction;
  const { browser } = run;
  // Only a prediction for the engine that really ran can be checked against it.
  const agreement = p.engine === runningEngine().engine ? compareWithBrowser(p, browser) : 'other-engine';
  // A disagreement is a bug in our model: said before the explanation it puts in doubt, never below it;
  // so is a comparison that cannot be made.
  const comparison = <RunComparison prediction={p} run={run} agreement={agreement} />;
  const doubted = agreement === 'other-engine' || (agreement !== null && !agreement.agree);
  return (
    <>
      <PlacementNote prediction={p} />
      {doubted && comparison}
      <Timeline rows={buildTimeline(browser.entries, browser.result, browser.harnessError, p)} />
      <ScriptWords prediction={p} />
      <Trace steps={p.trace} engine={p.engine} />
      {!doubted && comparison}
      <HeadersCompare entries={browser.entries} result={browser.result} prediction={p} />
    </>
  );
}

