// fetch()'s referrerPolicy, referrer and keepalive: each left out of the
// scenario at its default, so links stay short. Loaded on demand (the initial
// bundle has no room), beside RequestOptions.
import type { ReferrerPolicyValue, ScenarioRequest } from '../../scenario/types.ts';
import { REFERRER_POLICIES } from '../../scenario/defaults.ts';
import { NetworkFields } from './NetworkFields.tsx';

const REFERRER_CHOICES = { client: undefined, none: '', path: '/checkout?step=2' } as const;

export default function FetchExtras({ request, onChange }: { request: ScenarioRequest; onChange: (patch: Partial<ScenarioRequest>) => void }) {
  return (
    <>
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
        <select value={request.referrer === undefined ? 'client' : request.referrer === '' ? 'none' : 'path'} onChange={(e) => onChange({ referrer: REFERRER_CHOICES[e.target.value as keyof typeof REFERRER_CHOICES] })}>
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
      <NetworkFields request={request} onChange={onChange} />
    </>
  );
}
