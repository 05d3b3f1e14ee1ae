// Scenario format versions. Version 2 only added to version 1 (raw answer
// rows by hop and arrival; statuses outside 200–599), so a version-1
// scenario means the same in version 2 and is kept as written; only what
// version 1 could not say needs "version": 2 (docs/scenario-format.md).
import type { Scenario, ScenarioVersion, ServerSide } from './types.ts';

export const SCENARIO_VERSION: ScenarioVersion = 2;

/** Whether this server side says something version 1 cannot (answer rows). */
export function needsVersion2(server: ServerSide): boolean {
  return server.type === 'raw' && server.answers !== undefined && server.answers.length > 0;
}

/** The version a scenario is written with: 2 when it needs it, else the one it has. */
export function writtenVersion(scenario: Scenario): ScenarioVersion {
  return needsVersion2(scenario.server) ? 2 : scenario.version;
}
