// Scenario links: #scenario=<URL-encoded JSON of a Scenario>. The link format
// is a public API (docs/scenario-format.md); parseScenario does the checking.
import { parseScenario } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/types.ts';

const PREFIX = '#scenario=';

export type LinkRead = { kind: 'none' } | { kind: 'ok'; scenario: Scenario } | { kind: 'error'; error: string };

export function readScenarioLink(hash: string): LinkRead {
  if (!hash.startsWith(PREFIX)) return { kind: 'none' };
  let text: string;
  try {
    text = decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    return { kind: 'error', error: 'The scenario link is not valid URL encoding (a "%" not followed by two hex digits?).' };
  }
  const parsed = parseScenario(text);
  return parsed.ok ? { kind: 'ok', scenario: parsed.scenario } : { kind: 'error', error: parsed.error };
}

export function scenarioHash(scenario: Scenario): string {
  return PREFIX + encodeURIComponent(JSON.stringify(scenario));
}
