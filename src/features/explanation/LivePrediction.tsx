// The model's verdict for the scenario as it is right now: recomputed on
// every edit, before any run, with no spinner (the engine is pure and fast).
import { Icon } from '../../components/Icon.tsx';
import type { ModelAnswer } from '../../lib/prediction.ts';
import { VERDICT_TEXT } from '../../lib/verdict-text.ts';
import { VerdictName } from './VerdictName.tsx';
import { CookieNote } from './CookieNote.tsx';
import { preflightWhy } from './preflight-why.ts';

export function LivePrediction({ live }: { live: ModelAnswer | null }) {
  if (!live) return null;
  if (live.kind === 'crash') {
    return (
      <p className="live-prediction" data-testid="live-prediction" data-verdict="">
        <Icon name="warning" />{' '}
        Our model failed on this scenario (a bug in our model): <code>{live.message}</code>
      </p>
    );
  }
  const p = live.prediction;
  return (
    <p className={`live-prediction ${VERDICT_TEXT[p.verdict].pass ? 'live-pass' : 'live-fail'}`} data-testid="live-prediction" data-verdict={p.verdict} aria-live="polite">
      <span className="hint">If you press Send now, our model predicts: </span>
      <VerdictName prediction={p} />
      {p.decision.preflightReasons && (
        <span className="hint" data-testid="preflight-why">
          {' '}(asked first with a preflight: {preflightWhy(p.decision.preflightReasons)}
          {p.decision.preflight === 'cached' ? '; it would come from the browser’s cache' : ''})
        </span>
      )}
      <CookieNote prediction={p} />
    </p>
  );
}
