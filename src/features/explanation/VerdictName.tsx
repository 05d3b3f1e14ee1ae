// The model's verdict in words, with the CorsError it names (if any).
import { Icon } from '../../components/Icon.tsx';
import type { Prediction } from '../../engine/types.ts';
import { VERDICT_TEXT } from '../../lib/verdict-text.ts';

export function VerdictName({ prediction }: { prediction: Prediction }) {
  const t = VERDICT_TEXT[prediction.verdict];
  return (
    <>
      <strong>
        <Icon name={t.icon} />{' '}
        {t.gist ? `${t.title}: ${t.gist}` : t.title}
      </strong>
      {prediction.corsError && <code className="cors-error-name">{prediction.corsError}</code>}
    </>
  );
}
