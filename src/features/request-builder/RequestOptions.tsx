// fetch()'s mode, credentials, cache and redirect options, then keepalive,
// referrerPolicy and referrer (left out of the scenario when at their default).
import type { ReferrerPolicyValue, ScenarioRequest } from '../../scenario/types.ts';
import { REFERRER_POLICIES } from '../../scenario/defaults.ts';
import { FieldMessages } from '../../components/FieldMessages.tsx';

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
      <label className="field">
        <span>Referrer policy</span>
        <select value={request.referrerPolicy ?? ''} onChange={(e) => onChange({ referrerPolicy: (e.target.value || undefined) as ReferrerPolicyValue | undefined })}>
          {REFERRER_POLICIES.map((v) => (
            <option key={v} value={v}>
              {v || '(the page’s)'}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Referrer (blank: the page’s URL)</span>
        <select value={request.referrer === undefined ? 'client' : request.referrer === '' ? 'none' : 'path'} onChange={(e) => onChange({ referrer: { client: undefined, none: '', path: '/checkout?step=2' }[e.target.value] })}>
          <option value="client">about:client</option>
          <option value="none">"" (none)</option>
          <option value="path">a path on the page’s origin</option>
        </select>
      </label>
      {request.referrer?.startsWith('/') && (
        <label className="field">
          <span>Referrer path</span>
          <input className="mono" spellCheck={false} value={request.referrer} onChange={(e) => onChange({ referrer: e.target.value })} />
        </label>
      )}
      <label className="field check">
        <input type="checkbox" checked={request.keepalive === true} onChange={(e) => onChange({ keepalive: e.target.checked || undefined })} />
        <span>keepalive</span>
      </label>
    </div>
  );
}
