// The user's last scenario, kept in this browser (localStorage) so closing the
// tab loses nothing; stored as its compact link, the same codec as the URL.
import type { Scenario } from '../scenario/types.ts';

export const LAST_SCENARIO_KEY = 'cors-playground:last-scenario';

export interface StoredScenario {
  hash: string;
  scenario: Scenario;
}

/** Storage may be full or refused (private modes): keeping the last scenario is best-effort. */
export function saveLastScenario(hash: string): void {
  try {
    localStorage.setItem(LAST_SCENARIO_KEY, hash);
  } catch {
    // nothing to do: the URL still holds the scenario
  }
}

/** The stored scenario, or null when there is none or it no longer reads. */
export async function readLastScenario(): Promise<StoredScenario | null> {
  let hash: string | null = null;
  try {
    hash = localStorage.getItem(LAST_SCENARIO_KEY);
  } catch {
    return null;
  }
  if (!hash) return null;
  const { decodeLink } = await import('../scenario/link.ts'); // on demand, like every link read
  const read = await decodeLink(hash);
  return read.kind === 'ok' ? { hash, scenario: read.scenario } : null;
}
