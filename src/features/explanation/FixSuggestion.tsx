// The smallest change the engine found (and checked by predicting it again),
// as a small diff and one button that puts it into the editors.
import { Icon } from '../../components/Icon.tsx';
import type { Fix } from '../../engine/types.ts';
import { usePlayground } from '../../store/playground-store.ts';

export function FixSuggestion({ fix, onApplied }: { fix: Fix; onApplied: () => void }) {
  const loadScenario = usePlayground((s) => s.loadScenario);
  return (
    <section className="fix" aria-labelledby="fix-heading">
      <h4 id="fix-heading">The fix</h4>
      <p>{fix.summary}</p>
      <ul className="fix-changes">
        {fix.changes.map((c) => (
          <li key={c.path}>
            <code className="fix-path">{c.path}</code>
            <span className="fix-diff">
              <del className="mono" aria-label={`before: ${c.before}`}>{c.before}</del>
              {' '}<Icon name="arrow-right" />{' '}
              <ins className="mono" aria-label={`after: ${c.after}`}>{c.after}</ins>
            </span>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="apply-fix"
        onClick={() => {
          loadScenario(fix.scenario);
          onApplied();
        }}
      >
        Apply fix
      </button>
    </section>
  );
}
