// The scenario in a few plain lines, for the Markdown copy and the embedded
// view (where the editors are not shown). Origins are the deployment's own.
import type { Deployment } from '../../scenario/origins.ts';
import { pageOrigin, targetOrigin } from '../../scenario/origins.ts';
import { DEFAULT_SCENARIO } from '../../scenario/defaults.ts';
import type { Scenario } from '../../scenario/types.ts';

export function scenarioTitle(scenario: Scenario): string {
  return scenario.title ?? 'A CORS scenario';
}

/** One line per part of the request that matters to CORS; a part left at its default is not named. */
export function requestLines(scenario: Scenario, deployment: Deployment): string[] {
  const r = scenario.request;
  const d = DEFAULT_SCENARIO.request;
  const lines = [`From ${pageOrigin(r.from, deployment)} (${r.from}): ${r.method} ${targetOrigin(r.from, deployment)}${r.path}`];
  for (const [name, value] of r.headers) lines.push(`Header ${name}: ${value}`);
  if (r.body.type !== 'none') lines.push(`Body: ${r.body.type}`);
  const options = (['mode', 'credentials', 'cache', 'redirect'] as const).filter((k) => r[k] !== d[k]).map((k) => `${k}: "${r[k]}"`);
  if (options.length > 0) lines.push(`Options: ${options.join(', ')}`);
  return lines;
}

/** The server side as the scenario format writes it (docs/scenario-format.md). */
export function serverJson(scenario: Scenario): string {
  return JSON.stringify(scenario.server, null, 2);
}

/** Whether the request carries cookies across origins: what a third-party iframe changes. */
export function isCredentialed(scenario: Scenario): boolean {
  return scenario.request.credentials === 'include';
}
