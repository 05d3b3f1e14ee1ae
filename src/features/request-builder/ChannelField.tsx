// What the page uses to reach the API (request.via), and whether it calls the
// app's own /proxy/ route instead of the API's origin (request.proxy).
import type { ScenarioRequest, Via } from '../../scenario/types.ts';
import { VIAS } from '../../scenario/defaults.ts';

const LABELS: Record<Via, string> = {
  fetch: 'fetch()',
  img: '<img>',
  script: '<script>',
  form: '<form method=post>',
  eventsource: 'EventSource',
  websocket: 'WebSocket',
};

const NOTES: Record<Via, string | null> = {
  fetch: null,
  img: 'An <img> always makes a plain GET with cookies and no CORS check: it loads, but script cannot read it. Method, headers and body are ignored.',
  script: 'A <script> makes a plain GET with cookies and no CORS check: it runs, but script cannot read its text. Method, headers and body are ignored.',
  form: 'A real form post into a hidden frame: sent with cookies and no CORS check; the page cannot read the answer. Headers are ignored; the body’s fields are posted.',
  eventsource: 'new EventSource(url, { withCredentials }): a CORS GET with Accept: text/event-stream. Credentials "include" means withCredentials: true.',
  websocket: 'new WebSocket(ws://…): no CORS check at all; only the server can refuse the handshake (the policy’s Origin check).',
};

export function ChannelField({ request, onChange }: { request: ScenarioRequest; onChange: (patch: Partial<ScenarioRequest>) => void }) {
  const via = request.via ?? 'fetch';
  const note = NOTES[via];
  return (
    <div className="option-grid">
      <label className="field">
        <span>What the page uses</span>
        <select value={via} aria-describedby={note ? 'via-note' : undefined} onChange={(e) => onChange({ via: e.target.value === 'fetch' ? undefined : (e.target.value as Via) })}>
          {VIAS.map((v) => (
            <option key={v} value={v}>
              {LABELS[v]}
            </option>
          ))}
        </select>
      </label>
      <div className="check">
        <label>
          <input type="checkbox" checked={request.proxy === true} onChange={(e) => onChange({ proxy: e.target.checked ? true : undefined })} /> Through the app’s /proxy/ route
        </label>
      </div>
      {note && (
        <p id="via-note" className="hint">
          {note}
        </p>
      )}
    </div>
  );
}
