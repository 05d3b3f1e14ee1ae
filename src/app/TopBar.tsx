// Where the request comes from, and Send.
import { Icon } from '../components/Icon.tsx';
import type { ReactNode } from 'react';
import { pageOrigin, type Deployment } from '../scenario/origins.ts';
import type { OriginRole } from '../scenario/types.ts';
import { usePlayground } from '../store/playground-store.ts';

const ROLES: { role: OriginRole; label: string }[] = [
  { role: 'app', label: 'The app (the API’s own front end)' },
  { role: 'admin', label: 'A second trusted front end (admin)' },
  { role: 'sibling', label: 'An untrusted origin on the same site' },
  { role: 'cross-site', label: 'An attacker’s site' },
  { role: 'null', label: 'A sandboxed page (origin null)' },
  { role: 'same-origin', label: 'The same origin as the API (no CORS)' },
];

export interface TopBarProps {
  deployment: Deployment;
  onSend: () => void;
  /** Why Send is refused right now, or null. */
  refusal: string | null;
  running: boolean;
  /** The current verdict, shown beside Send. */
  verdict?: ReactNode;
}

export function TopBar({ deployment, onSend, refusal, running, verdict }: TopBarProps) {
  const from = usePlayground((s) => s.scenario.request.from);
  const updateRequest = usePlayground((s) => s.updateRequest);
  return (
    <header className="top-bar">
      <h1>CORS playground</h1>
      <div className="top-controls">
        <label className="field">
          <span>Request comes from</span>
          <select value={from} onChange={(e) => updateRequest({ from: e.target.value as OriginRole })} aria-describedby="from-origin">
            {ROLES.map((r) => (
              <option key={r.role} value={r.role}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <p id="from-origin" className="hint mono">
          Origin: {pageOrigin(from, deployment)}
        </p>
        <button type="button" className="send" onClick={onSend} disabled={refusal !== null || running} aria-describedby={refusal ? 'send-refusal' : undefined} aria-keyshortcuts="Control+Enter Meta+Enter">
          Send
        </button>
        {running ? <span className="hint">running…</span> : verdict}
      </div>
      {refusal && (
        <p id="send-refusal" className="problem">
          <Icon name="fail" />{' '}
          {refusal}
        </p>
      )}
    </header>
  );
}
