// The verdict in the top bar, so the first screen already says what the
// browser does and where to read why: the real result after a run, the
// model's prediction before one (and after an edit).
import { Icon } from '../components/Icon.tsx';
import type { Verdict } from '../engine/types.ts';
import type { ModelAnswer } from '../lib/prediction.ts';
import { VERDICT_TEXT, type VerdictText } from '../lib/verdict-text.ts';

const LEAK_TEXT: VerdictText = { icon: 'danger', title: 'Leak: private data read', gist: null, pass: false };

export interface TopVerdictProps {
  /** The browser's outcome of the last run, when it still describes the scenario on screen. */
  browser: Verdict | null;
  live: ModelAnswer | null;
  /** The last run let an untrusted page read the user's private data (lib/leak.ts): never shown as a success. */
  leak?: boolean;
}

export function TopVerdict({ browser, live, leak = false }: TopVerdictProps) {
  const prediction = live?.kind === 'prediction' ? live.prediction : null;
  const verdict = browser ?? prediction?.verdict;
  if (!verdict) return null;
  const text = browser && leak ? LEAK_TEXT : VERDICT_TEXT[verdict];
  const source = browser ? 'Your browser' : 'Predicted';
  const corsError = !browser || browser === prediction?.verdict ? prediction?.corsError : null;
  return (
    <a href="#result-heading" className={`top-verdict ${text.pass ? 'live-pass' : 'live-fail'}`} aria-label={`${source}: ${text.title}. Why?`}>
      <span className="hint">{source}: </span>
      <Icon name={text.icon} />{' '}
      <strong>{text.title}</strong>
      {corsError && <code className="mono"> {corsError}</code>}
      <span className="why">
        {' '}
        Why? <Icon name="arrow-down" />
      </span>
    </a>
  );
}
