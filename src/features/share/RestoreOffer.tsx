// Offers back the scenario the user had last time (kept in this browser),
// when the page opened on a link or fresh on something else.
import { usePlayground } from '../../store/playground-store.ts';
import { scenarioTitle } from './summary.ts';

export function RestoreOffer() {
  const restorable = usePlayground((s) => s.restorable);
  const setRestorable = usePlayground((s) => s.setRestorable);
  const loadScenario = usePlayground((s) => s.loadScenario);
  if (!restorable) return null;
  return (
    <div className="notice restore" role="region" aria-label="Your last scenario">
      <p>
        Your last scenario in this browser: <strong>{scenarioTitle(restorable)}</strong>.
      </p>
      <button
        type="button"
        onClick={() => {
          loadScenario(restorable);
          setRestorable(null);
        }}
      >
        Restore your last scenario
      </button>
      <button type="button" onClick={() => setRestorable(null)}>
        Dismiss
      </button>
    </div>
  );
}
