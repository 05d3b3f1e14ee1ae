// The scenario placed the page in another address space than the one it really
// has (loopback, like the API): the model applies Chromium's Local Network Access
// there, the real run does not, unless this browser was started with the switch
// that places the app's port. Said near the result, so a difference is expected.
import type { Prediction } from '../../engine/types.ts';

/** The command that makes a real Chromium see what the scenario says, on this page's own port. */
export function overrideCommand(space: string, appPort: string): string {
  return `chromium --ip-address-space-overrides=127.0.0.1:${appPort}=${space}`;
}

export function PlacementNote({ prediction }: { prediction: Prediction }) {
  const placed = prediction.decision.placedPage;
  if (!placed) return null;
  const port = typeof location === 'undefined' ? '' : location.port || '80';
  return (
    <div className="agreement other-engine" data-testid="placement-note" data-placed-page={placed}>
      <p>
        This scenario places the page in the <strong>{placed}</strong> address space, but your browser loaded it from this machine
        (loopback, like the API): the model applies Local Network Access, a normal browser does not, so they may differ here
        and that is expected. To see Chromium’s own check, start it with the playground’s port placed in {placed}:
      </p>
      <pre className="mono">{overrideCommand(placed, port)}</pre>
      <p className="hint">(Chrome then asks for the permission itself: your answer, not the scenario’s, decides.)</p>
    </div>
  );
}
