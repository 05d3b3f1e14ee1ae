// What the check sends: the API's URL, the front end's origin and the fetch()
// call's options, as a browser would make them. Credentials only when typed.
import { useId } from 'react';
import type { CheckInput } from '../../check/types.ts';
import type { CredentialsMode, HeaderList, RequestBody } from '../../scenario/types.ts';
import { HeaderRows } from '../../components/HeaderRows.tsx';
import type { ImportedRequest } from '../../lib/import-request/index.ts';
import { ImportBox } from './ImportBox.tsx';

export interface CheckFields {
  url: string;
  origin: string;
  method: string;
  headers: HeaderList;
  body: RequestBody;
  credentials: CredentialsMode;
  cookie: string;
  authorization: string;
}

export const INITIAL_FIELDS: CheckFields = {
  url: 'http://localhost:8080/api', origin: 'http://localhost:3000', method: 'GET', headers: [], body: { type: 'none' },
  credentials: 'same-origin', cookie: '', authorization: '',
};

export function toCheckInput(f: CheckFields): CheckInput {
  const typed = { ...(f.cookie ? { cookie: f.cookie } : {}), ...(f.authorization ? { authorization: f.authorization } : {}) };
  return {
    url: f.url.trim(), origin: f.origin.trim(), method: f.method, headers: f.headers, body: f.body, credentials: f.credentials,
    ...(Object.keys(typed).length > 0 ? { typedCredentials: typed } : {}),
  };
}

export function fromImport(f: CheckFields, r: ImportedRequest): CheckFields {
  return { ...f, url: r.url, method: r.method, headers: r.headers, body: r.body, credentials: r.credentials, origin: r.origin ?? f.origin };
}

/** The bodies a check can send (Blob, ArrayBuffer and stream bodies are the playground's). */
type CheckBodyType = 'none' | 'text' | 'json' | 'urlencoded' | 'multipart';
const BODY_TYPES: CheckBodyType[] = ['none', 'text', 'json', 'urlencoded', 'multipart'];

function bodyOfType(type: CheckBodyType, old: RequestBody): RequestBody {
  if (type === 'none') return { type };
  if (type === 'text' || type === 'json') return { type, text: 'text' in old ? old.text : '' };
  return { type, fields: 'fields' in old ? old.fields : [] };
}

export function CheckForm({ fields, onChange, onSubmit, busy }: { fields: CheckFields; onChange: (f: CheckFields) => void; onSubmit: () => void; busy: boolean }) {
  const id = useId();
  const set = (patch: Partial<CheckFields>) => onChange({ ...fields, ...patch });
  const b = fields.body;
  return (
    <form
      className="panel api-check-form"
      aria-label="The request to check"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <ImportBox onImport={(r) => onChange(fromImport(fields, r))} />
      <label className="field">
        <span>API URL</span>
        <input type="url" required value={fields.url} onChange={(e) => set({ url: e.target.value })} className="mono" />
      </label>
      <label className="field">
        <span>Your front end’s origin</span>
        <input value={fields.origin} onChange={(e) => set({ origin: e.target.value })} className="mono" aria-describedby={`${id}-origin`} />
        <small id={`${id}-origin`} className="hint">Any origin, e.g. http://localhost:3000, or null for a sandboxed page.</small>
      </label>
      <div className="option-grid">
        <label className="field">
          <span>Method</span>
          <input value={fields.method} onChange={(e) => set({ method: e.target.value })} className="mono" />
        </label>
        <label className="field">
          <span>Credentials</span>
          <select value={fields.credentials} onChange={(e) => set({ credentials: e.target.value as CredentialsMode })}>
            <option value="omit">omit</option>
            <option value="same-origin">same-origin (default)</option>
            <option value="include">include</option>
          </select>
        </label>
        <label className="field">
          <span>Body</span>
          <select value={b.type} onChange={(e) => set({ body: bodyOfType(e.target.value as CheckBodyType, b) })}>
            {BODY_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      </div>
      <HeaderRows legend="Request headers" rows={fields.headers} onChange={(headers) => set({ headers })} />
      {(b.type === 'text' || b.type === 'json') && (
        <label className="field">
          <span>Body text</span>
          <textarea className="mono" rows={3} value={b.text} onChange={(e) => set({ body: { type: b.type, text: e.target.value } })} />
        </label>
      )}
      {(b.type === 'urlencoded' || b.type === 'multipart') && (
        <HeaderRows legend="Body fields" noun="field" rows={b.fields} onChange={(rows) => set({ body: { type: b.type, fields: rows } })} />
      )}
      <fieldset className="api-check-typed">
        <legend>Credentials you type (sent only where a browser would send credentials; never your own cookies)</legend>
        <label className="field">
          <span>Cookie</span>
          <input value={fields.cookie} onChange={(e) => set({ cookie: e.target.value })} className="mono" placeholder="sid=…" autoComplete="off" />
        </label>
        <label className="field">
          <span>Authorization</span>
          <input value={fields.authorization} onChange={(e) => set({ authorization: e.target.value })} className="mono" placeholder="Bearer …" autoComplete="off" />
        </label>
      </fieldset>
      <button type="submit" className="send" disabled={busy}>
        {busy ? 'Checking…' : 'Check'}
      </button>
    </form>
  );
}
