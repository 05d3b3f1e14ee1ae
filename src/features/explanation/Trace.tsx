// The engine's decision as numbered steps: each one sentence, its rule linked.
// Pass/fail is an icon and a word, never colour alone.
import type { BrowserEngine, Step, StepOutcome } from '../../engine/types.ts';
import { ENGINE_NAMES } from '../../lib/browser-engine.ts';
import { Icon, type IconName } from '../../components/Icon.tsx';

const MARK: Record<StepOutcome, { icon: IconName; label: string }> = {
  pass: { icon: 'pass', label: 'Pass' },
  fail: { icon: 'fail', label: 'Fail' },
  info: { icon: 'info', label: 'Note' },
  skip: { icon: 'skip', label: 'Skipped' },
};

/** "https://fetch.spec.whatwg.org/#cors-preflight-fetch" → "cors-preflight-fetch". */
const sectionOf = (url: string) => url.split('#')[1] ?? 'Fetch standard';

function StepItem({ step }: { step: Step }) {
  const mark = MARK[step.outcome];
  return (
    <li className={`step step-${step.outcome}`} data-step={step.id} data-outcome={step.outcome}>
      <span className="step-mark">
        <Icon name={mark.icon} /> {mark.label}
      </span>
      <span className="step-text">
        {step.sentence}
        {step.header !== undefined && (
          <code className="step-header">
            {step.header}
            {step.value !== undefined && `: ${step.value}`}
          </code>
        )}
        <a className="spec-link" href={step.spec} target="_blank" rel="noreferrer" title="The rule in the Fetch standard">
          § {sectionOf(step.spec)}
        </a>
      </span>
    </li>
  );
}

export function Trace({ steps, engine }: { steps: Step[]; engine: BrowserEngine }) {
  return (
    <details className="why" open>
      <summary>
        <strong>Why?</strong> {ENGINE_NAMES[engine]}’s decision in {steps.length} steps
      </summary>
      <ol className="trace">
        {steps.map((s, i) => (
          <StepItem key={`${i}-${s.id}`} step={s} />
        ))}
      </ol>
    </details>
  );
}
