// fetch()'s mode, credentials, cache and redirect options, then keepalive,
// referrerPolicy and referrer (FetchExtras.tsx, loaded on demand).
import { lazy, Suspense } from 'react';
import type { ScenarioRequest } from '../../scenario/types.ts';
import { FieldMessages } from '../../components/FieldMessages.tsx';

const FetchExtras = lazy(() => import('./FetchExtras.tsx'));

type OptionKey = 'mode' | 'credentials' | 'cache' | 'redirect';

const CHOICES: { key: OptionKey; label: string; values: string[] }[] = [
  { key: 'mode', label: 'Mode', values: ['cors', 'no-cors', 'same-origin'] },
  { key: 'credentials', label: 'Credentials', values: ['same-origin', 'include', 'omit'] },
  { key: 'cache', label: 'Cache', values: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'] },
  { key: 'redirect', label: 'Redirect', values: ['follow', 'error', 'manual'] },
];

export interface RequestOptionsProps {
  request: ScenarioRequest;
  onChange: (patch: Partial<ScenarioRequest>) => void;
  redirectNote: string | null;
}

export function RequestOptions({ request, onChange, redirectNote }: RequestOptionsProps) {
  return (
    <div className="option-grid">
      {CHOICES.map(({ key, label, values }) => (
        <label className="field" key={key}>
          <span>{label}</span>
          <select
            value={request[key]}
            aria-describedby={key === 'redirect' && redirectNote ? 'redirect-note' : undefined}
            onChange={(e) => onChange({ [key]: e.target.value } as Partial<ScenarioRequest>)}
          >
            {values.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
      ))}
      <FieldMessages id="redirect-note" notes={[redirectNote]} />
      <Suspense fallback={null}>
        <FetchExtras request={request} onChange={onChange} />
      </Suspense>
    </div>
  );
}
