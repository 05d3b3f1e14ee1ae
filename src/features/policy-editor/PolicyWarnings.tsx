// A security reviewer beside the editor: warnings that hold even when every
// request succeeds (a policy can pass CORS and still hand your users' data to
// any website). Shown as you type; icon and word, never colour alone.
import type { Warning, WarningSeverity } from '../../engine/types.ts';
import { Icon, type IconName } from '../../components/Icon.tsx';

const MARK: Record<WarningSeverity, { icon: IconName; label: string }> = {
  danger: { icon: 'danger', label: 'Danger' },
  warning: { icon: 'warning', label: 'Warning' },
  info: { icon: 'info', label: 'Note' },
};

export function PolicyWarnings({ warnings }: { warnings: Warning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="policy-warnings" aria-labelledby="policy-warnings-heading" data-testid="policy-warnings">
      <h3 id="policy-warnings-heading">Security review</h3>
      <ul>
        {warnings.map((w) => (
          <li key={w.id} className={`policy-warning warning-${w.severity}`} data-warning={w.id}>
            <strong className="warning-mark">
              <Icon name={MARK[w.severity].icon} />{' '}
              {MARK[w.severity].label}:
            </strong>{' '}
            {w.message} <code className="hint">{w.path}</code>
            {w.lesson && (
              <>
                {' '}
                <a href={`#lesson=${w.lesson}`} data-lesson={w.lesson}>
                  The lesson on this
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
