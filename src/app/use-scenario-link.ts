// Keeps the scenario and the address bar in step: #scenario=<JSON> is read on
// start and on hashchange, and edits are written back with replaceState
// (debounced, so typing creates no history entries and no jank).
import { useEffect } from 'react';
import { readScenarioLink, scenarioHash } from '../lib/scenario-link.ts';
import { DEFAULT_SCENARIO } from '../scenario/defaults.ts';
import { usePlayground } from '../store/playground-store.ts';

const WRITE_DELAY_MS = 300;

/** Called once before the first render, so a linked scenario never flashes the default. */
export function loadInitialLink(hash: string): void {
  const link = readScenarioLink(hash);
  const { loadScenario, setLinkError } = usePlayground.getState();
  if (link.kind === 'ok') loadScenario(link.scenario);
  if (link.kind === 'error') {
    loadScenario(DEFAULT_SCENARIO);
    setLinkError(link.error);
  }
}

export function useScenarioLink(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = usePlayground.subscribe((state, previous) => {
      if (state.scenario === previous.scenario) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const hash = scenarioHash(usePlayground.getState().scenario);
        if (location.hash !== hash) history.replaceState(history.state, '', location.pathname + location.search + hash);
      }, WRITE_DELAY_MS);
    });

    const onHashChange = () => {
      const link = readScenarioLink(location.hash);
      const { loadScenario, setLinkError } = usePlayground.getState();
      // A broken link typed over a working session keeps the work: only the message is new.
      if (link.kind === 'ok') {
        loadScenario(link.scenario);
        setLinkError(null);
      } else if (link.kind === 'error') setLinkError(link.error);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
}
