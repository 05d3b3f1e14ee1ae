// Where the request comes from, and Send.
import { Icon } from '../components/Icon.tsx';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
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

/** Publishes the bar's height as --top-bar-height, so anchored jumps land below it while it is sticky. */
function useHeightVariable() {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--top-bar-height', `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  return ref;
}

export function TopBar({ deployment, onSend, refusal, running, verdict }: TopBarProps) {
  const from = usePlayground((s) => s.scenario.request.from);
  const updateRequest = usePlayground((s) => s.updateRequest);
  const ref = useHeightVariable();
  return (
    <header className="top-bar" ref={ref}>
      <h1>CORS playground</h1>
      <a href="#check">Check my API</a>
      <div className="top-controls">
        <div className="from-field">
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
        </div>
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
