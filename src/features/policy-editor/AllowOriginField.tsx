// Which origins the middleware allows: none, "*", reflect any, one fixed origin
// (always sent, like a string option), a list, or a pattern.
import type { AllowOrigin } from '../../scenario/types.ts';
import { resolveTokens, type Deployment } from '../../scenario/origins.ts';
import { readOriginPattern, describeReading } from '../../policy/pattern-syntax.ts';
import { ListInput } from '../../components/ListInput.tsx';
import { FieldMessages } from '../../components/FieldMessages.tsx';

const KINDS: { type: AllowOrigin['type']; label: string }[] = [
  { type: 'none', label: 'None (no header)' },
  { type: 'any', label: '* (any origin)' },
  { type: 'reflect', label: 'Reflect the request’s Origin' },
  { type: 'fixed', label: 'A single fixed origin' },
  { type: 'list', label: 'A list' },
  { type: 'pattern', label: 'A pattern' },
];
const ROLE_TOKENS = ['{app}', '{admin}', '{sibling}', '{cross-site}'];

function ofType(type: AllowOrigin['type'], current: AllowOrigin): AllowOrigin {
  switch (type) {
    case 'list':
      return { type, origins: current.type === 'list' ? current.origins : ['{app}'] };
    case 'fixed':
      return { type, origin: current.type === 'fixed' ? current.origin : '{app}' };
    case 'pattern':
      return { type, pattern: current.type === 'pattern' ? current.pattern : '^http://[a-z0-9-]+\\.{site}(:\\d+)?$' };
    default:
      return { type };
  }
}

/** Which syntax the pattern was read in, once it reads at all (otherwise the problem says why). */
function patternSyntaxNote(pattern: string): string | null {
  const reading = readOriginPattern(pattern);
  return reading.ok ? describeReading(reading) : null;
}

export interface AllowOriginFieldProps {
  value: AllowOrigin;
  onChange: (value: AllowOrigin) => void;
  deployment: Deployment;
  problems: string[];
}

export function AllowOriginField({ value, onChange, deployment, problems }: AllowOriginFieldProps) {
  const origins = value.type === 'list' ? value.origins : [];
  const literals = origins.filter((o) => !ROLE_TOKENS.includes(o));
  const toggle = (token: string, on: boolean) =>
    onChange({ type: 'list', origins: on ? [...origins, token] : origins.filter((o) => o !== token) });

  return (
    <fieldset className="group">
      <legend>Allowed origins (Access-Control-Allow-Origin)</legend>
      <div className="radio-row">
        {KINDS.map((k) => (
          <label key={k.type}>
            <input type="radio" name="allow-origin" checked={value.type === k.type} onChange={() => onChange(ofType(k.type, value))} />
            {k.label}
          </label>
        ))}
      </div>
      {value.type === 'list' && (
        <>
          <div className="check-list">
            {ROLE_TOKENS.map((t) => (
              <label key={t}>
                <input type="checkbox" checked={origins.includes(t)} onChange={(e) => toggle(t, e.target.checked)} />
                <code className="mono">{t}</code> <span className="hint mono">{resolveTokens(t, deployment)}</span>
              </label>
            ))}
          </div>
          <ListInput
            label="Other origins (comma-separated, e.g. null)"
            values={literals}
            onChange={(more) => onChange({ type: 'list', origins: [...origins.filter((o) => ROLE_TOKENS.includes(o)), ...more] })}
          />
        </>
      )}
      {value.type === 'fixed' && (
        <>
          <label className="field">
            <span>The one origin sent, whatever the request’s Origin (a role such as {'{app}'} or a literal)</span>
            <input className="mono" value={value.origin} list="fixed-origin-roles" spellCheck={false} aria-invalid={problems.length ? true : undefined} onChange={(e) => onChange({ type: 'fixed', origin: e.target.value })} />
          </label>
          <datalist id="fixed-origin-roles">
            {ROLE_TOKENS.map((t) => (
              <option key={t} value={t}>
                {resolveTokens(t, deployment)}
              </option>
            ))}
          </datalist>
          <p className="hint">
            Sends <code className="mono">Access-Control-Allow-Origin: {resolveTokens(value.origin, deployment)}</code> to every caller, as{' '}
            <code className="mono">cors({'{'} origin: '…' {'}'})</code> does: any other caller gets a value not equal to its origin.
          </p>
        </>
      )}
      {value.type === 'pattern' && (
        <label className="field">
          <span>Origin pattern (a /…/flags literal or a bare RegExp source; {'{site}'} = {deployment.site})</span>
          <input className="mono" value={value.pattern} spellCheck={false} aria-invalid={problems.length ? true : undefined} onChange={(e) => onChange({ type: 'pattern', pattern: e.target.value })} />
        </label>
      )}
      <FieldMessages id="allow-origin-problems" problems={problems} notes={[value.type === 'pattern' ? patternSyntaxNote(value.pattern) : null]} />
    </fieldset>
  );
}
