// Every field of a CORS middleware's configuration (Policy in scenario/types.ts).
import type { Policy } from '../../scenario/types.ts';
import type { Deployment } from '../../scenario/origins.ts';
import { MAX_STATUS, MIN_STATUS, type Problem } from '../../policy/validate.ts';
import { ListInput } from '../../components/ListInput.tsx';
import { HeaderRows } from '../../components/HeaderRows.tsx';
import { FieldMessages } from '../../components/FieldMessages.tsx';
import { AllowOriginField } from './AllowOriginField.tsx';
import { AllowListField } from './AllowListField.tsx';
import { RedirectField } from './RedirectField.tsx';
import { problemsAt } from './problems.ts';
import { describeMaxAge } from '../../engine/max-age.ts';

export interface PolicyFormProps {
  policy: Policy;
  onChange: (patch: Partial<Policy>) => void;
  deployment: Deployment;
  problems: Problem[];
}

function StatusInput({ label, value, onChange, problems }: { label: string; value: number; onChange: (n: number) => void; problems: string[] }) {
  const id = label.replace(/\W+/g, '-').toLowerCase();
  return (
    <>
      <label className="field">
        <span>{label}</span>
        <input type="number" min={MIN_STATUS} max={MAX_STATUS} value={Number.isNaN(value) ? '' : value} aria-invalid={problems.length ? true : undefined} aria-describedby={problems.length ? id : undefined} onChange={(e) => onChange(e.target.value === '' ? NaN : Number(e.target.value))} />
      </label>
      <FieldMessages id={id} problems={problems} />
    </>
  );
}

/** `header` is shown beside the label, not in it, so labels stay distinct from the request side's ("Credentials"). */
function Check({ label, header, checked, onChange }: { label: string; header?: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="check">
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
      </label>
      {header && <code className="hint mono">{header}</code>}
    </div>
  );
}

export function PolicyForm({ policy, onChange, deployment, problems }: PolicyFormProps) {
  const at = (path: string) => problemsAt(problems, `policy.${path}`);
  const rowMessages = (path: string) => (i: number) => {
    const name = at(`${path}.${i}.name`);
    const value = at(`${path}.${i}.value`);
    return { problems: [...name, ...value], invalid: { name: name.length > 0, value: value.length > 0 } };
  };
  return (
    <div className="policy-form">
      <AllowOriginField value={policy.allowOrigin} onChange={(allowOrigin) => onChange({ allowOrigin })} deployment={deployment} problems={at('allowOrigin')} />
      <AllowListField legend="Allowed methods (Access-Control-Allow-Methods)" name="methods" listLabel="Allowed verbs (comma-separated; case matters)" value={policy.allowMethods} onChange={(allowMethods) => onChange({ allowMethods })} problems={at('allowMethods')} />
      <AllowListField legend="Allowed headers (Access-Control-Allow-Headers)" name="headers" listLabel="Allowed header names (comma-separated)" value={policy.allowHeaders} onChange={(allowHeaders) => onChange({ allowHeaders })} problems={at('allowHeaders')} />
      <ListInput label="Exposed headers (Access-Control-Expose-Headers)" values={policy.exposeHeaders} onChange={(exposeHeaders) => onChange({ exposeHeaders })} placeholder="X-Total-Count" />
      <FieldMessages id="expose-problems" problems={at('exposeHeaders')} />
      <Check label="Allow cookies and HTTP auth" header="Access-Control-Allow-Credentials: true" checked={policy.allowCredentials} onChange={(allowCredentials) => onChange({ allowCredentials })} />
      <label className="field">
        <span>Max-age in seconds (empty: no Access-Control-Max-Age)</span>
        <input
          inputMode="numeric"
          value={policy.maxAge === null ? '' : String(policy.maxAge)}
          aria-invalid={at('maxAge').length ? true : undefined}
          aria-describedby="max-age-problems"
          onChange={(e) => onChange({ maxAge: e.target.value.trim() === '' ? null : Number(e.target.value) })}
        />
      </label>
      <FieldMessages id="max-age-problems" problems={at('maxAge')} notes={[Number.isInteger(policy.maxAge) || policy.maxAge === null ? describeMaxAge(policy.maxAge) : null]} />
      <Check label="Vary: Origin" checked={policy.varyOrigin} onChange={(varyOrigin) => onChange({ varyOrigin })} />
      <div className="option-grid">
        <StatusInput label="Preflight status" value={policy.preflightStatus} onChange={(preflightStatus) => onChange({ preflightStatus })} problems={at('preflightStatus')} />
        <StatusInput label="Actual response status" value={policy.actualStatus} onChange={(actualStatus) => onChange({ actualStatus })} problems={at('actualStatus')} />
      </div>
      <Check label="CORS headers on error responses (status ≥ 400)" checked={policy.corsOnErrors} onChange={(corsOnErrors) => onChange({ corsOnErrors })} />
      <HeaderRows legend="Proxy header lines (added to both responses)" rows={policy.proxyHeaders} onChange={(proxyHeaders) => onChange({ proxyHeaders })} messagesFor={rowMessages('proxyHeaders')} />
      <HeaderRows legend="Extra X-* headers on the actual response" rows={policy.extraHeaders} onChange={(extraHeaders) => onChange({ extraHeaders })} messagesFor={rowMessages('extraHeaders')} />
      <Check label="WebSocket: the server checks Origin" checked={policy.wsCheckOrigin === true} onChange={(v) => onChange({ wsCheckOrigin: v ? true : undefined })} />
      <RedirectField value={policy.redirect} onChange={(redirect) => onChange({ redirect })} problems={at('redirect')} />
    </div>
  );
}
