// What the page uses to reach the API (request.via), and whether it calls the
// app's own /proxy/ route instead of the API's origin (request.proxy).
import type { ScenarioRequest, Via } from '../../scenario/types.ts';
import { VIAS } from '../../scenario/defaults.ts';

export function ChannelField({ request, onChange }: { request: ScenarioRequest; onChange: (patch: Partial<ScenarioRequest>) => void }) {
  const via = request.via ?? 'fetch';
  return (
    <div className="option-grid">
      <label className="field">
        <span>What the page uses</span>
        <select value={via} onChange={(e) => onChange({ via: e.target.value === 'fetch' ? undefined : (e.target.value as Via) })}>
          {VIAS.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <div className="check">
        <label>
          <input type="checkbox" checked={request.proxy === true} onChange={(e) => onChange({ proxy: e.target.checked ? true : undefined })} /> Through the app’s /proxy/ route
        </label>
      </div>
    </div>
  );
}
