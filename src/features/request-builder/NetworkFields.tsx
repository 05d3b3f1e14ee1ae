// Local Network Access: where the page sits and the user's answer (scenario.network),
// and fetch()'s targetAddressSpace. Part of FetchExtras (loaded on demand). The page
// really is on loopback: another placement is the model's, as PlacementNote says after a run.
import type { AddressSpace, NetworkPlacement, ScenarioRequest } from '../../scenario/types.ts';
import { ADDRESS_SPACES, LOOPBACK_PAGE } from '../../scenario/defaults.ts';
import { usePlayground } from '../../store/playground-store.ts';

/** One option per address space, most public first. */
function SpaceOptions({ loopback }: { loopback: string }) {
  return ADDRESS_SPACES.map((v) => <option key={v} value={v}>{v === 'loopback' ? loopback : v}</option>);
}

export function NetworkFields({ request, onChange }: { request: ScenarioRequest; onChange: (patch: Partial<ScenarioRequest>) => void }) {
  const network = usePlayground((s) => s.scenario.network) ?? LOOPBACK_PAGE;
  const updateNetwork = usePlayground((s) => s.updateNetwork);
  // Loopback with nothing else said is the playground as it is: left out of the scenario.
  const place = (next: NetworkPlacement) => updateNetwork(next.page === LOOPBACK_PAGE.page && next.permission === LOOPBACK_PAGE.permission && next.secureContext === undefined ? null : next);
  return (
    <>
      <label className="field">
        <span>Page’s address space (Local Network Access)</span>
        <select data-testid="network-page" value={network.page} onChange={(e) => place({ ...network, page: e.target.value as AddressSpace })}>
          <SpaceOptions loopback="loopback (as it really is)" />
        </select>
      </label>
      {network.page === 'public' && (
        <label className="field check">
          <input type="checkbox" checked={network.permission === 'granted'} onChange={(e) => place({ ...network, permission: e.target.checked ? 'granted' : 'denied' })} />
          <span>the user allowed local network access</span>
        </label>
      )}
      <label className="field">
        <span>targetAddressSpace</span>
        <select value={request.targetAddressSpace ?? ''} onChange={(e) => onChange({ targetAddressSpace: (e.target.value || undefined) as AddressSpace | undefined })}>
          <option value="">(not given)</option>
          <SpaceOptions loopback="loopback" />
        </select>
      </label>
    </>
  );
}
