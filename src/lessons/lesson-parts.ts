// Parts lessons share: constructors for their scenarios (a lesson states only
// what its story is about and takes the playground's defaults for the rest, so
// its start and solution read as "the same scenario, but…"), and common probes.
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../scenario/defaults.ts';
import type { HeaderList, Policy, RawResponse, Scenario, ScenarioRequest } from '../scenario/types.ts';
import type { Probe } from './types.ts';

/** A scenario whose server is a CORS middleware configured with `policy` (on top of the defaults). */
export function policyLesson(title: string, request: Partial<ScenarioRequest>, policy: Partial<Policy>): Scenario {
  return { version: 1, title, request: { ...DEFAULT_REQUEST, ...request }, server: { type: 'policy', policy: { ...DEFAULT_POLICY, ...policy } } };
}

/** A scenario whose server answers these exact response lines (raw mode). */
export function rawLesson(title: string, request: Partial<ScenarioRequest>, preflight: RawResponse, actual: RawResponse): Scenario {
  return { version: 1, title, request: { ...DEFAULT_REQUEST, ...request }, server: { type: 'raw', preflight, actual } };
}

/** One raw response: a status and its header lines, in order. */
export const rawResponse = (status: number, ...headers: HeaderList): RawResponse => ({ status, headers });

/** The front end saving an item: a JSON PUT, which is always preflighted. */
export const JSON_PUT: Partial<ScenarioRequest> = {
  path: '/api/items/1',
  method: 'PUT',
  headers: [['Content-Type', 'application/json']],
  body: { type: 'json', text: '{"name":"lamp"}' },
};

/** A policy that allows the app's JSON PUT and nothing else. */
export const ALLOWS_APP_PUT: Partial<Policy> = {
  allowOrigin: { type: 'list', origins: ['{app}'] },
  allowMethods: { type: 'list', values: ['GET', 'PUT'] },
  allowHeaders: { type: 'list', values: ['Content-Type'] },
};

/** Where a fix must not open the API to everyone: the attacker's site stays refused. */
export const ATTACKER_IS_REFUSED: Probe = { label: "The attacker's site is still refused", from: 'cross-site', expect: { outcome: 'cors-error' } };
