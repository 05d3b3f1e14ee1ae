// Each probe of a check, with what the real browser did in it.
import { Icon } from '../../components/Icon.tsx';
import type { Probe } from '../../lessons/types.ts';
import type { ProbeOutcome } from './check-lesson.ts';
import { describeFacts } from './probes.ts';

const ORIGIN_WORDS: Record<Probe['from'], string> = {
  app: 'from the app',
  admin: 'from the second front end',
  'same-origin': 'from the API’s own origin',
  sibling: 'from an untrusted origin on the same site',
  'cross-site': 'from the attacker’s site',
  null: 'from a sandboxed page (origin null)',
};

export function ProbeList({ probes, outcomes }: { probes: Probe[]; outcomes: ProbeOutcome[] }) {
  return (
    <ol className="lesson-probes" aria-label="Checks">
      {probes.map((probe, i) => {
        const o = outcomes[i] ?? { state: 'idle' };
        return (
          <li key={i} data-testid="probe" data-probe-state={o.state} className={`probe probe-${o.state}`}>
            {o.state === 'passed' && <Icon name="pass" />}
            {o.state === 'failed' && <Icon name="fail" />}{' '}
            <strong>{probe.label}</strong> <span className="hint">({ORIGIN_WORDS[probe.from]})</span>
            {o.state === 'checking' && <span className="hint"> running…</span>}
            {o.facts && <div className="probe-facts">Your browser: {describeFacts(o.facts)}</div>}
            {o.unmet && o.unmet.length > 0 && <div className="probe-unmet">Not met: {o.unmet.join('; ')}.</div>}
          </li>
        );
      })}
    </ol>
  );
}
