// The one store: the scenario being edited, plus the little UI state that
// belongs to no server (a link error, the server side of the mode not shown).
// Everything derived (fetch code, URLs, validation, predictions) is computed
// where it is shown, never stored. Results of real runs live in react-query.
import { create } from 'zustand';
import { DEFAULT_POLICY, DEFAULT_SCENARIO } from '../scenario/defaults.ts';
import type { NetworkPlacement, AnswerRow, Policy, RawResponse, Scenario, ScenarioRequest } from '../scenario/types.ts';
import { BROWSER_ENGINES, type BrowserEngine } from '../engine/types.ts';

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
  /** Counts whole-scenario loads (a link, a preset, a fix): each is a history entry, edits are not. */
  loads: number;
  /** The user's last scenario from an earlier visit, offered back until taken or dismissed. */
  restorable: Scenario | null;
  /** The title of the loaded scenario once an edit has cleared it (the scenario is no longer that one). */
  editedFrom: string | null;
  /** The lesson open on the playground (its id, as links carry it); null in the free playground. */
  lesson: string | null;
  /**
   * The engine the model predicts for, as the learner chose it; null: the browser running the page.
   * A preference of this browser (localStorage), never part of a scenario or its link.
   */
  predictFor: BrowserEngine | null;

  loadScenario: (scenario: Scenario) => void;
  /** Opens a lesson on the given scenario (a load), or closes it (null) keeping the scenario, also a new history entry. */
  setLesson: (lesson: string | null, scenario?: Scenario) => void;
  updateRequest: (patch: Partial<ScenarioRequest>) => void;
  /** Where the page sits (Local Network Access); null: on loopback, as it really is (left out of the scenario). */
  updateNetwork: (network: NetworkPlacement | null) => void;
  updatePolicy: (patch: Partial<Policy>) => void;
  /** Puts in a whole policy (a preset): a load, not an edit. */
  loadPolicy: (policy: Policy) => void;
  updateRaw: (which: keyof RawPair, raw: RawResponse) => void;
  /** Raw answer rows (scenario version 2): none leaves the server side as version 1 wrote it. */
  updateAnswers: (answers: AnswerRow[]) => void;
  setServerMode: (mode: 'policy' | 'raw') => void;
  setLinkError: (error: string | null) => void;
  setRestorable: (scenario: Scenario | null) => void;
  setPredictFor: (engine: BrowserEngine | null) => void;
}

const PREDICT_FOR_KEY = 'cors-playground:predict-for';

/** The learner's engine choice from an earlier visit; null when none (or no storage: a test, a locked-down browser). */
function storedPredictFor(): BrowserEngine | null {
  try {
    const value = globalThis.localStorage?.getItem(PREDICT_FOR_KEY);
    return BROWSER_ENGINES.find((e) => e === value) ?? null;
  } catch {
    return null;
  }
}

function storePredictFor(engine: BrowserEngine | null): void {
  try {
    if (engine) globalThis.localStorage?.setItem(PREDICT_FOR_KEY, engine);
    else globalThis.localStorage?.removeItem(PREDICT_FOR_KEY);
  } catch {
    // Storage refused (private mode, quota): the choice still holds for this page.
  }
}

function stashFor(scenario: Scenario): PlaygroundState['stash'] {
  const s = scenario.server;
  return s.type === 'policy'
    ? { policy: s.policy, raw: DEFAULT_RAW }
    : { policy: DEFAULT_POLICY, raw: { preflight: s.preflight, actual: s.actual } };
}

/**
 * An edit makes a new scenario: a loaded scenario's title no longer describes
 * it, so the title goes (from the link too) and is kept only as "edited from".
 */
function edited(state: PlaygroundState, scenario: Scenario): Pick<PlaygroundState, 'scenario' | 'editedFrom'> {
  const { title, ...rest } = scenario;
  return { scenario: rest, editedFrom: title ?? state.editedFrom };
}

export function createPlaygroundStore(initial: Scenario = DEFAULT_SCENARIO) {
  return create<PlaygroundState>()((set) => ({
    scenario: initial,
    stash: stashFor(initial),
    linkError: null,
    loads: 0,
    restorable: null,
    editedFrom: null,
    lesson: null,
    predictFor: storedPredictFor(),

    loadScenario: (scenario) => set(({ loads }) => ({ scenario, stash: stashFor(scenario), loads: loads + 1, editedFrom: null })),

    setLesson: (lesson, scenario) =>
      set(({ loads }) => ({ lesson, loads: loads + 1, ...(scenario ? { scenario, stash: stashFor(scenario), editedFrom: null } : {}) })),

    updateRequest: (patch) => set((state) => edited(state, { ...state.scenario, request: { ...state.scenario.request, ...patch } })),
    updateNetwork: (network) => set((state) => {
      const { network: _before, ...rest } = state.scenario;
      return edited(state, network ? { ...rest, network } : rest);
    }),

    updatePolicy: (patch) =>
      set((state) => {
        const { scenario } = state;
        if (scenario.server.type !== 'policy') return {};
        return edited(state, { ...scenario, server: { type: 'policy', policy: { ...scenario.server.policy, ...patch } } });
      }),

    loadPolicy: (policy) =>
      set((state) => {
        const { scenario, stash, loads } = state;
        return {
          ...edited(state, { ...scenario, server: { type: 'policy', policy } }),
          stash: scenario.server.type === 'raw' ? { ...stash, raw: { preflight: scenario.server.preflight, actual: scenario.server.actual } } : stash,
          loads: loads + 1,
        };
      }),

    updateRaw: (which, raw) =>
      set((state) => {
        const { scenario } = state;
        if (scenario.server.type !== 'raw') return {};
        return edited(state, { ...scenario, server: { ...scenario.server, [which]: raw } });
      }),

    updateAnswers: (answers) =>
      set((state) => {
        const { scenario } = state;
        if (scenario.server.type !== 'raw') return {};
        const { answers: _old, ...server } = scenario.server;
        return edited(state, answers.length > 0 ? { ...scenario, version: 2, server: { ...server, answers } } : { ...scenario, server });
      }),

    setServerMode: (mode) =>
      set((state) => {
        const { scenario, stash } = state;
        const server = scenario.server;
        if (server.type === mode) return {};
        if (server.type === 'policy') {
          return {
            ...edited(state, { ...scenario, server: { type: 'raw', ...stash.raw } }),
            stash: { ...stash, policy: server.policy },
          };
        }
        return {
          ...edited(state, { ...scenario, server: { type: 'policy', policy: stash.policy } }),
          stash: { ...stash, raw: { preflight: server.preflight, actual: server.actual } },
        };
      }),

    setLinkError: (linkError) => set({ linkError }),
    setRestorable: (restorable) => set({ restorable }),
    setPredictFor: (predictFor) => {
      storePredictFor(predictFor);
      set({ predictFor });
    },
  }));
}

export const usePlayground = createPlaygroundStore();
