// Which browser the explanation speaks for: the learner's own by default, or
// another they pick (Chromium, Firefox, Safari: a preference kept in this
// browser, not in the scenario's link), and, when the three engines part ways
// on this scenario, the three side by side with their console lines.
import { useId } from 'react';
import { BROWSER_ENGINES, type BrowserEngine, type Prediction } from '../../engine/types.ts';
import { ENGINE_NAMES, runningEngine } from '../../lib/browser-engine.ts';
import { usePlayground } from '../../store/playground-store.ts';
import { engineDifferences, stripText, type EngineSummary } from './engine-strip.ts';
import { ConsoleLine } from './PredictedWords.tsx';
import type { EngineAnswers } from './use-live-prediction.ts';

function EnginePicker({ engine }: { engine: BrowserEngine }) {
  const name = useId();
  const setPredictFor = usePlayground((s) => s.setPredictFor);
  const running = runningEngine();
  return (
    <fieldset className="radio-row engine-picker" data-testid="engine-picker">
      <legend>Predicting for</legend>
      {BROWSER_ENGINES.map((e) => (
        <label key={e} className={e === engine ? 'chosen' : undefined}>
          {/* Picking the running browser's engine stores no choice: the page follows the browser again. */}
          <input type="radio" name={name} value={e} checked={e === engine} onChange={() => setPredictFor(e === running.engine ? null : e)} />
          {ENGINE_NAMES[e]}
          {e === running.engine && <span className="hint">{running.known ? ' (your browser)' : ' (assumed)'}</span>}
        </label>
      ))}
    </fieldset>
  );
}

function StripItem({ summary }: { summary: EngineSummary }) {
  const lines = summary.console.length;
  return (
    <li data-engine={summary.engine}>
      <strong>{summary.name}:</strong> {summary.words}
      {lines > 0 && (
        <details className="engine-console">
          <summary>
            {summary.name}’s console ({lines} {lines === 1 ? 'line' : 'lines'})
          </summary>
          {summary.console.map((m, i) => (
            <ConsoleLine key={i} message={m} testId="engine-console-line" />
          ))}
        </details>
      )}
    </li>
  );
}

/** Shown only when the engines differ in outcome, error, preflight or cookie on the current scenario. */
function EngineStrip({ byEngine }: { byEngine: Record<BrowserEngine, Prediction> }) {
  const summaries = engineDifferences(byEngine);
  if (!summaries) return null;
  return (
    <section className="engine-strip" data-testid="engine-strip" aria-label={`The browsers differ here: ${stripText(summaries)}`}>
      <p className="hint">The browsers do not agree on this request:</p>
      <ul>
        {summaries.map((s) => (
          <StripItem key={s.engine} summary={s} />
        ))}
      </ul>
    </section>
  );
}

/** Every engine's prediction, or null when one of them crashed (the crash is shown where it belongs). */
function predictionsOf(answers: EngineAnswers | null): Record<BrowserEngine, Prediction> | null {
  if (!answers) return null;
  const out: Partial<Record<BrowserEngine, Prediction>> = {};
  for (const e of BROWSER_ENGINES) {
    const a = answers[e];
    if (a.kind !== 'prediction') return null;
    out[e] = a.prediction;
  }
  return out as Record<BrowserEngine, Prediction>;
}

export function EngineChoice({ engine, byEngine }: { engine: BrowserEngine; byEngine: EngineAnswers | null }) {
  const predictions = predictionsOf(byEngine);
  return (
    <div className="engine-choice">
      <h4 className="engine-heading">What {ENGINE_NAMES[engine]} does</h4>
      <EnginePicker engine={engine} />
      {predictions && <EngineStrip byEngine={predictions} />}
    </div>
  );
}
