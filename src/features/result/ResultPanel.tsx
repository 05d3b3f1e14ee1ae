// Beside (or, on a narrow screen, below) the editors: what really happened on
// the last Send, in reading order: the browser's verdict, then the engine's
// explanation (Chromium's words and the fix first), then the wire detail.
// The element with data-testid="run-result" and its data-* attributes are a stable test hook.
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Icon } from '../../components/Icon.tsx';
import type { ModelAnswer } from '../../lib/prediction.ts';
import { predictsPreflight } from '../../lib/prediction.ts';
import type { RunReport } from '../../run/run-scenario.ts';
import { VERDICT_TEXT } from '../../lib/verdict-text.ts';
import { OUTCOME_DETAIL } from './outcome-text.ts';
// Only a leak shows it: loaded on demand.
const LeakVerdict = lazy(() => import('./LeakVerdict.tsx').then((m) => ({ default: m.LeakVerdict })));
import { isLeak } from '../../lib/leak.ts';
import { carriesLoginCookie } from '../../scenario/victim.ts';

// Fetched as soon as the page is idle, shown after a run: off the initial bundle.
const loadWireDetail = () => import('./WireDetail.tsx');
const WireDetail = lazy(() => loadWireDetail().then((m) => ({ default: m.WireDetail })));
if (typeof window !== 'undefined') setTimeout(() => void loadWireDetail(), 0);

export interface ResultPanelProps {
  status: 'idle' | 'pending' | 'success' | 'error';
  report: RunReport | undefined;
  error: Error | null;
  /** How many runs were started: lets a test tell this run's result from the last one's. */
  runCount: number;
  /** The engine's explanation, shown beside the real result. */
  prediction?: ReactNode;
  /** The model's answer made for this run before it ran: only its test hooks are read here. */
  runPrediction?: ModelAnswer | undefined;
  /** The scenario was edited since the shown run: its verdict is marked as the last run's. */
  edited?: boolean;
  /** Bumped when focus should move to the result's heading (a run finished, a fix was applied). */
  focusRequest?: number;
}

/** data-predicted-* describe the run's prediction; absent until a run is done (or when the model crashed). */
function predictedAttributes(answer: ModelAnswer | undefined) {
  if (answer?.kind !== 'prediction') return {};
  const p = answer.prediction;
  return {
    // Which browser engine the prediction is for (the learner's choice, else the running browser's).
    'data-predicted-engine': p.engine,
    'data-predicted-outcome': p.verdict,
    'data-predicted-cors-error': p.corsError ?? '',
    'data-predicted-preflight': predictsPreflight(p) ? 'sent' : 'none',
    // The login cookie on each actual request, in order ("sent,not-sent" after a redirect; "" when none was sent).
    'data-predicted-cookie': p.requests.filter((r) => r.kind === 'actual').map((r) => r.cookie.cookie).join(','),
    // Chromium's hint parameter for the CorsError ("" when it names none); absent when nothing failed.
    ...(p.failedParameter !== null ? { 'data-predicted-failed-parameter': p.failedParameter } : {}),
    // Several refused headers: Chromium names one of them, in an order no model can know.
    ...(p.failedParameterOneOf ? { 'data-predicted-failed-parameter-one-of': p.failedParameterOneOf.join(',') } : {}),
  };
}

/** From the server's record: the login cookie on each actual request, in the form of data-predicted-cookie. */
function recordedCookies(report: RunReport): string {
  return report.entries.filter((e) => e.kind === 'actual').map((e) => (carriesLoginCookie(e.headers) ? 'sent' : 'not-sent')).join(',');
}

function Verdict({ report, edited }: { report: RunReport; edited: boolean }) {
  if (!report.outcome) {
    return (
      <p className="verdict verdict-fail" role="status">
        <Icon name="warning" />{' '}
        <strong>The run did not complete.</strong> {report.harnessError}
      </p>
    );
  }
  if (report.result?.settled === 'resolved' && isLeak(report)) {
    return (
      <Suspense fallback={null}>
        <LeakVerdict result={report.result} origin={report.origin} />
      </Suspense>
    );
  }
  const t = VERDICT_TEXT[report.outcome];
  const pass = report.outcome === 'ok';
  return (
    <p className={`verdict ${pass ? 'verdict-pass' : 'verdict-fail'}`} role="status">
      <Icon name={t.icon} />{' '}
      {edited && <span className="verdict-stale">Last run, before your edits: </span>}
      <strong>{t.title}.</strong> {OUTCOME_DETAIL[report.outcome]}
    </p>
  );
}

export function ResultPanel({ status, report, error, runCount, prediction, runPrediction, edited = false, focusRequest = 0 }: ResultPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusRequest === 0 || !heading.current) return;
    // Scrolled to the top of its scroller (past the sticky bar: scroll-margin-top), then focused without a second jump.
    heading.current.scrollIntoView({ block: 'start' });
    heading.current.focus({ preventScroll: true });
  }, [focusRequest]);
  const state = status === 'idle' ? 'idle' : status === 'pending' ? 'running' : 'done';
  const done = state === 'done' && report;
  return (
    <section
      className="panel result"
      aria-labelledby="result-heading"
      data-testid="run-result"
      data-state={state}
      data-run-count={runCount}
      data-browser-outcome={done && report.outcome ? report.outcome : undefined}
      data-preflight={done ? (report.entries.some((e) => e.kind === 'preflight') ? 'sent' : 'none') : undefined}
      data-leak={done ? String(isLeak(report)) : undefined}
      data-cookie={done ? recordedCookies(report) : undefined}
      // Page JavaScript cannot learn the browser's CorsError (only the console shows it): kept empty on purpose.
      data-cors-error=""
      {...(done ? predictedAttributes(runPrediction) : {})}
      aria-busy={state === 'running'}
    >
      <h2 id="result-heading" ref={heading} tabIndex={-1}>
        What happened
      </h2>
      {state === 'idle' && <p className="hint">Press Send (or Ctrl/Cmd+Enter) to run this request in the real browser.</p>}
      {state === 'running' && <p role="status">Running in the browser…</p>}
      {state === 'done' && error && (
        <p className="verdict verdict-fail" role="status">
          <Icon name="warning" />{' '}
          <strong>The run did not complete.</strong> {error.message}
        </p>
      )}
      {done && <Verdict report={report} edited={edited} />}
      {/* The engine's explanation sits right under the real verdict, before the raw details. */}
      <section className="prediction-slot" aria-labelledby="prediction-heading" data-slot="prediction">
        <h3 id="prediction-heading" className="visually-hidden">
          Our model’s explanation
        </h3>
        {prediction ?? <p className="hint">The engine’s step-by-step prediction will appear here.</p>}
      </section>
      {done && (
        <Suspense fallback={null}>
          <WireDetail report={report} />
        </Suspense>
      )}
    </section>
  );
}
