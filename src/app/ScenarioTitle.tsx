// The loaded scenario's title, while it still describes what is on screen
// (the store clears it on the first edit and keeps what it was).
import { usePlayground } from '../store/playground-store.ts';

export function ScenarioTitle() {
  const title = usePlayground((s) => s.scenario.title);
  const editedFrom = usePlayground((s) => s.editedFrom);
  if (title) {
    return (
      <p className="scenario-title" data-testid="scenario-title">
        <span className="hint">Scenario: </span>
        <strong>{title}</strong>
      </p>
    );
  }
  if (!editedFrom) return null;
  return (
    <p className="scenario-title" data-testid="scenario-title">
      <span className="hint">Your own scenario, edited from: </span>
      {editedFrom}
    </p>
  );
}
