// The scenario placed the page in another address space than the one it really
// has (loopback, like the API): the model applies the engine's Local Network Access
// there, the real run does not, unless this browser was set up to place the app's
// port. Said near the result, so a difference is expected.
import type { BrowserEngine, Prediction } from '../../engine/types.ts';
import type { AddressSpace } from '../../scenario/types.ts';
import { ENGINE_NAMES } from '../../lib/browser-engine.ts';

/** How each engine's user places this page's port (as e2e/chromium-launch.ts and e2e/engines/firefox-lna.spec.ts do); null: it cannot. */
const PLACE_IT: Record<BrowserEngine, ((space: AddressSpace, appPort: string) => { how: string; code: string }) | null> = {
  chromium: (space, appPort) => ({ how: 'start it with the playground’s port placed there', code: `chromium --ip-address-space-overrides=127.0.0.1:${appPort}=${space}` }),
  // Firefox calls the local space "private".
  gecko: (space, appPort) => ({
    how: 'set this preference in about:config, then restart Firefox',
    code: `network.lna.address_space.${space === 'local' ? 'private' : space}.override = 127.0.0.1:${appPort}`,
  }),
  webkit: null,
};

export function PlacementNote({ prediction }: { prediction: Prediction }) {
  const placed = prediction.decision.placedPage;
  if (!placed) return null;
  const port = typeof location === 'undefined' ? '' : location.port || '80';
  const name = ENGINE_NAMES[prediction.engine];
  const place = PLACE_IT[prediction.engine]?.(placed, port);
  return (
    <div className="agreement other-engine" data-testid="placement-note" data-placed-page={placed}>
      {place ? (
        <>
          <p>
            This scenario places the page in the <strong>{placed}</strong> address space, but your browser loaded it from this machine
            (loopback, like the API): the model applies {name}’s Local Network Access, a normal browser does not, so they may differ here
            and that is expected. To see {name}’s own check, {place.how}:
          </p>
          <pre className="mono">{place.code}</pre>
          <p className="hint">({name} then asks for the permission itself: your answer, not the scenario’s, decides.)</p>
        </>
      ) : (
        <p>
          This scenario places the page in the <strong>{placed}</strong> address space. {name}’s Local Network Access is not modelled
          (WebKitGTK cannot be placed in another address space here): the prediction is as for any page.
        </p>
      )}
    </div>
  );
}
