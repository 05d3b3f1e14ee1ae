// Small constructors that keep each case to a line or two. The base policy
// and request are spelled out here (not taken from defaults.ts) so that the
// expectations in this table never change when the playground's defaults do.
import type { HeaderList, Policy, RawResponse, Scenario, ScenarioRequest } from '../types.ts';
import type { CaseExpectation, ScenarioCase } from './types.ts';

/** Allows the app origin, the three safelisted methods, no extra headers; answers 204 / 200. */
export const BASE_POLICY: Policy = {
  allowOrigin: { type: 'list', origins: ['{app}'] },
  allowMethods: { type: 'list', values: ['GET', 'HEAD', 'POST'] },
  allowHeaders: { type: 'list', values: [] },
  exposeHeaders: [],
  allowCredentials: false,
  maxAge: null,
  varyOrigin: true,
  preflightStatus: 204,
  actualStatus: 200,
  corsOnErrors: true,
  proxyHeaders: [],
  extraHeaders: [],
  redirect: null,
};

/** A plain GET from the app origin. */
export const BASE_REQUEST: ScenarioRequest = {
  from: 'app',
  path: '/data',
  method: 'GET',
  headers: [],
  body: { type: 'none' },
  mode: 'cors',
  credentials: 'same-origin',
  cache: 'default',
  redirect: 'follow',
};

export type RequestPatch = Partial<ScenarioRequest>;

export function policyScenario(req: RequestPatch, policy: Partial<Policy> = {}): Scenario {
  return { version: 1, request: { ...BASE_REQUEST, ...req }, server: { type: 'policy', policy: { ...BASE_POLICY, ...policy } } };
}

export function rawScenario(req: RequestPatch, preflight: RawResponse, actual: RawResponse): Scenario {
  return { version: 1, request: { ...BASE_REQUEST, ...req }, server: { type: 'raw', preflight, actual } };
}

export const raw = (status: number, ...headers: HeaderList): RawResponse => ({ status, headers });
export const acao = (value: string): [string, string] => ['Access-Control-Allow-Origin', value];
export const acac = (value: string): [string, string] => ['Access-Control-Allow-Credentials', value];
export const acam = (value: string): [string, string] => ['Access-Control-Allow-Methods', value];
export const acah = (value: string): [string, string] => ['Access-Control-Allow-Headers', value];
export const acma = (value: string): [string, string] => ['Access-Control-Max-Age', value];

export const ok = (preflight = false): CaseExpectation => ({ verdict: 'ok', corsError: null, preflight });
export const opaque = (): CaseExpectation => ({ verdict: 'opaque', corsError: null, preflight: false });
export const typeError = (): CaseExpectation => ({ verdict: 'type-error', corsError: null, preflight: false });
export const networkError = (preflight = false): CaseExpectation => ({ verdict: 'network-error', corsError: null, preflight });
export function fails(corsError: string, failedParameter: string, preflight: boolean): CaseExpectation {
  return { verdict: 'cors-error', corsError, failedParameter, preflight };
}
/** A preflighted request refused because this header is not allowed: proves the header was not safelisted. */
export const headerRefused = (name: string) => fails('HeaderDisallowedByPreflightResponse', name, true);
export const methodRefused = (method: string) => fails('MethodDisallowedByPreflightResponse', method, true);

export function policyCase(id: string, title: string, req: RequestPatch, policy: Partial<Policy>, expect: CaseExpectation): ScenarioCase {
  return { id, title, steps: [{ scenario: policyScenario(req, policy), expect }] };
}

export function rawCase(id: string, title: string, req: RequestPatch, preflight: RawResponse, actual: RawResponse, expect: CaseExpectation): ScenarioCase {
  return { id, title, steps: [{ scenario: rawScenario(req, preflight, actual), expect }] };
}

/** A request with these header lines under the base policy. */
export function headerCase(id: string, title: string, headers: HeaderList, expect: CaseExpectation, req: RequestPatch = {}): ScenarioCase {
  return policyCase(id, title, { ...req, headers }, {}, expect);
}

export const text = (t = 'hello'): ScenarioRequest['body'] => ({ type: 'text', text: t });
export const repeat = (ch: string, n: number) => ch.repeat(n);
