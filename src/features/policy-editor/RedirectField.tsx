// A redirect answered to the actual request (never to the preflight).
import type { Policy, RedirectStatus } from '../../scenario/types.ts';
import { FieldMessages } from '../../components/FieldMessages.tsx';

const STATUSES: RedirectStatus[] = [301, 302, 303, 307, 308];
type Redirect = Policy['redirect'];

export function RedirectField({ value, onChange, problems }: { value: Redirect; onChange: (r: Redirect) => void; problems: string[] }) {
  return (
    <fieldset className="group">
      <legend>Redirect the actual request</legend>
      <label className="field">
        <span>3xx status</span>
        <select
          value={value ? String(value.status) : ''}
          onChange={(e) =>
            onChange(e.target.value === '' ? null : { to: 'same-origin', path: '/api/moved', ...value, status: Number(e.target.value) as RedirectStatus })
          }
        >
          <option value="">None</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {value && (
        <div className="option-grid">
          <label className="field">
            <span>Send it to</span>
            <select value={value.to} onChange={(e) => onChange({ ...value, to: e.target.value as 'same-origin' | 'other-origin' })}>
              <option value="same-origin">the same API origin</option>
              <option value="other-origin">another API origin</option>
            </select>
          </label>
          <label className="field">
            <span>Target path</span>
            <input className="mono" value={value.path} spellCheck={false} aria-invalid={problems.length ? true : undefined} onChange={(e) => onChange({ ...value, path: e.target.value })} />
          </label>
        </div>
      )}
      <FieldMessages id="redirect-problems" problems={problems} />
    </fieldset>
  );
}
