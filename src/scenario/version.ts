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

const V1_BODIES = ['none', 'text', 'json', 'urlencoded', 'multipart'];
const V1_MAX_STATUS = 599;

/**
 * Whether the scenario says anything a page that knew only version 1 would drop without a word
 * (it ignored unknown fields) or refuse: answer rows, a status over 599, the fetch() options and
 * bodies added since (keepalive, referrer, Blob/ArrayBuffer/stream, targetAddressSpace), the HTTP
 * cache, the page's network. Such a scenario is written as version 2, so that page says it cannot
 * read it instead of running something else. Reading stays lenient: a version-1 JSON holding them
 * (links written before this rule) means what it says.
 */
export function saysMoreThanVersion1(scenario: Scenario): boolean {
  const { request, server, network } = scenario;
  if (needsVersion2(server) || network !== undefined) return true;
  if (!V1_BODIES.includes(request.body.type) || request.keepalive !== undefined) return true;
  if (request.referrerPolicy !== undefined || request.referrer !== undefined || request.targetAddressSpace !== undefined) return true;
  if (server.type === 'raw') return Math.max(server.preflight.status, server.actual.status) > V1_MAX_STATUS;
  const p = server.policy;
  return p.httpCache !== undefined || Math.max(p.preflightStatus, p.actualStatus) > V1_MAX_STATUS;
}

/** The version a scenario is written with: 2 when it needs it, else the one it has. */
export function writtenVersion(scenario: Scenario): ScenarioVersion {
  return saysMoreThanVersion1(scenario) ? 2 : scenario.version;
}
