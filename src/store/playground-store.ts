// The one store: the scenario being edited, plus the little UI state that
// belongs to no server (a link error, the server side of the mode not shown).
// Everything derived (fetch code, URLs, validation, predictions) is computed
// where it is shown, never stored. Results of real runs live in react-query.
import { create } from 'zustand';
import { DEFAULT_POLICY, DEFAULT_SCENARIO } from '../scenario/defaults.ts';
import type { Policy, RawResponse, Scenario, ScenarioRequest } from '../scenario/types.ts';

export interface RawPair {
  preflight: RawResponse;
  actual: RawResponse;
}

/** What Raw mode starts with: a plausible hand-written answer for the app. */
export const DEFAULT_RAW: RawPair = {
  preflight: {
    status: 204,
    headers: [
      ['Access-Control-Allow-Origin', '{app}'],
      ['Access-Control-Allow-Methods', 'GET, POST, PUT'],
    ],
  },
  actual: { status: 200, headers: [['Access-Control-Allow-Origin', '{app}']] },
};

export interface PlaygroundState {
  scenario: Scenario;
  /** The server side of the mode that is not shown, so switching modes loses nothing. */
  stash: { policy: Policy; raw: RawPair };
  /** Why the scenario link could not be loaded; shown until dismissed. */
  linkError: string | null;

  loadScenario: (scenario: Scenario) => void;
  updateRequest: (patch: Partial<ScenarioRequest>) => void;
  updatePolicy: (patch: Partial<Policy>) => void;
  updateRaw: (which: keyof RawPair, raw: RawResponse) => void;
  setServerMode: (mode: 'policy' | 'raw') => void;
  setLinkError: (error: string | null) => void;
}

function stashFor(scenario: Scenario): PlaygroundState['stash'] {
  const s = scenario.server;
  return s.type === 'policy'
    ? { policy: s.policy, raw: DEFAULT_RAW }
    : { policy: DEFAULT_POLICY, raw: { preflight: s.preflight, actual: s.actual } };
}

export function createPlaygroundStore(initial: Scenario = DEFAULT_SCENARIO) {
  return create<PlaygroundState>()((set) => ({
    scenario: initial,
    stash: stashFor(initial),
    linkError: null,

    loadScenario: (scenario) => set({ scenario, stash: stashFor(scenario) }),

    updateRequest: (patch) => set(({ scenario }) => ({ scenario: { ...scenario, request: { ...scenario.request, ...patch } } })),

    updatePolicy: (patch) =>
      set(({ scenario }) => {
        if (scenario.server.type !== 'policy') return {};
        return { scenario: { ...scenario, server: { type: 'policy', policy: { ...scenario.server.policy, ...patch } } } };
      }),

    updateRaw: (which, raw) =>
      set(({ scenario }) => {
        if (scenario.server.type !== 'raw') return {};
        return { scenario: { ...scenario, server: { ...scenario.server, [which]: raw } } };
      }),

    setServerMode: (mode) =>
      set(({ scenario, stash }) => {
        const server = scenario.server;
        if (server.type === mode) return {};
        if (server.type === 'policy') {
          return {
            scenario: { ...scenario, server: { type: 'raw', ...stash.raw } },
            stash: { ...stash, policy: server.policy },
          };
        }
        return {
          scenario: { ...scenario, server: { type: 'policy', policy: stash.policy } },
          stash: { ...stash, raw: { preflight: server.preflight, actual: server.actual } },
        };
      }),

    setLinkError: (linkError) => set({ linkError }),
  }));
}

export const usePlayground = createPlaygroundStore();
