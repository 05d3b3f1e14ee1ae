// The smallest change that makes a failing scenario pass: one targeted edit
// per failure, repeated while the engine itself still sees a failure (a
// missing origin first, then a missing method, …), and kept only when the
// final re-prediction is "ok".
import type { HeaderList, NetworkPlacement, Policy, RawResponse, Scenario, ScenarioRequest } from '../scenario/types.ts';
import { isLocalNetworkError } from './local-network.ts';
import { tokenizeOrigins, type Deployment } from '../scenario/origins.ts';
import { LOOPBACK_PAGE } from '../scenario/defaults.ts';
import type { CorsError, Fix, Prediction } from './types.ts';
import { failedResponse } from './decision.ts';
import { getAll, isToken, withoutHeaders } from './http.ts';
import { showValue } from './show-value.ts';
import type { AnsweredBy } from '../policy/respond.ts';

type Change = Fix['changes'][number];
interface Edit { summary: string; changes: Change[]; scenario: Scenario }

const show = showValue;
const MAX_EDITS = 6;

function editRequest<K extends keyof ScenarioRequest>(s: Scenario, key: K, value: ScenarioRequest[K], summary: string): Edit {
  return {
    summary,
    changes: [{ path: `request.${key}`, before: show(s.request[key]), after: show(value) }],
    scenario: { ...s, request: { ...s.request, [key]: value } },
  };
}

function editPolicy(s: Scenario, patch: Partial<Policy>, summary: string): Edit | null {
  if (s.server.type !== 'policy') return null;
  const policy = s.server.policy;
  const changes = (Object.keys(patch) as (keyof Policy)[]).map((k) => ({ path: `server.policy.${k}`, before: show(policy[k]), after: show(patch[k]) }));
  return { summary, changes, scenario: { ...s, server: { type: 'policy', policy: { ...policy, ...patch } } } };
}

/** The raw response a fix edits: the preflight or actual answer, or the answer row (version 2) that was served. */
function rawResponseOf(server: Extract<Scenario['server'], { type: 'raw' }>, part: AnsweredBy): RawResponse | undefined {
  return typeof part === 'string' ? server[part] : server.answers?.[part.row]?.response;
}

function editRaw(s: Scenario, part: AnsweredBy, next: RawResponse, summary: string): Edit | null {
  if (s.server.type !== 'raw') return null;
  const before = rawResponseOf(s.server, part);
  if (!before) return null;
  if (typeof part === 'string') {
    return { summary, changes: [{ path: `server.${part}`, before: show(before), after: show(next) }], scenario: { ...s, server: { ...s.server, [part]: next } } };
  }
  const answers = s.server.answers!.map((row, i) => (i === part.row ? { ...row, response: next } : row));
  return {
    summary,
    changes: [{ path: `server.answers.${part.row}.response`, before: show(before), after: show(next) }],
    scenario: { ...s, server: { ...s.server, answers } },
  };
}

/** Replaces every line of one header with a single line (or removes it when value is null). */
function setLine(headers: HeaderList, name: string, value: string | null): HeaderList {
  const rest = withoutHeaders(headers, [name]);
  return value === null ? rest : [...rest, [name, value]];
}

function validTokens(values: string[]): string[] {
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '' && isToken(v));
}

function fixTypeError(s: Scenario, p: Prediction): Edit | null {
  const r = s.request;
  switch (p.decision.typeErrorStep) {
    case 'only-if-cached-needs-same-origin':
      return editRequest(s, 'cache', 'default', 'Use the default cache mode: only-if-cached works only with mode "same-origin".');
    case 'method-not-allowed-in-no-cors':
      return editRequest(s, 'mode', 'cors', `Use mode "cors": no-cors allows only GET, HEAD and POST.`);
    case 'method-not-a-token': case 'method-forbidden':
      return editRequest(s, 'method', 'GET', 'Use a method the browser accepts.');
    case 'body-with-get-or-head':
      return editRequest(s, 'body', { type: 'none' }, 'Remove the body: GET and HEAD requests cannot have one.');
    case 'header-name-invalid': case 'header-value-invalid': {
      const valid = r.headers.filter(([n, v]) => isToken(n) && !/[\0\r\n]/.test(v.trim()));
      return editRequest(s, 'headers', valid, 'Remove the header that is not a valid name or value.');
    }
  }
  return null;
}

function fixNetworkError(s: Scenario, p: Prediction, last: LastResponse): Edit | null {
  const r = s.request;
  if (p.decision.networkError === 'mode-same-origin') {
    return editRequest(s, 'mode', 'cors', 'Use mode "cors": "same-origin" refuses every other origin.');
  }
  if (r.redirect !== 'follow') return editRequest(s, 'redirect', 'follow', 'Let the browser follow the redirect (redirect: "follow").');
  if (s.server.type === 'policy') return editPolicy(s, { redirect: null }, 'Answer directly instead of redirecting.');
  // The redirect that was refused (or the one too many in a chain or loop): whichever part answered it.
  const part = last.lastAnsweredBy ?? 'actual';
  const redirecting = rawResponseOf(s.server, part);
  if (!redirecting) return null;
  return editRaw(s, part, { status: 200, headers: withoutHeaders(redirecting.headers, ['Location']) }, 'Answer directly instead of redirecting.');
}

interface Failing {
  error: CorsError;
  /** The response the error was found on: for a raw server side, the part of it that wrote that response. */
  which: AnsweredBy;
  origin: string;
  include: boolean;
  status: number;
}

/** The origin value a response must allow, as a portable token where possible. */
function allowedValue(f: Failing, d: Deployment, raw: boolean): string {
  if (f.origin !== 'null') return tokenizeOrigins(f.origin, d);
  if (!f.include) return '*';
  return raw ? '{origin}' : 'null';
}

function fixPolicyCors(s: Scenario, policy: Policy, f: Failing, d: Deployment): Edit | null {
  const e = f.error;
  const proxyLines = (name: string) => getAll(policy.proxyHeaders, name).length > 0;
  const dropProxy = (name: string, why: string) => editPolicy(s, { proxyHeaders: withoutHeaders(policy.proxyHeaders, [name]) }, why);
  switch (e.name) {
    case 'MissingAllowOriginHeader': case 'AllowOriginMismatch': case 'InvalidAllowOriginValue':
    case 'MultipleAllowOriginValues': case 'WildcardOriginNotAllowed':
    case 'PreflightMissingAllowOriginHeader': case 'PreflightAllowOriginMismatch': case 'PreflightInvalidAllowOriginValue':
    case 'PreflightMultipleAllowOriginValues': case 'PreflightWildcardOriginNotAllowed': {
      if (proxyLines('Access-Control-Allow-Origin')) return dropProxy('Access-Control-Allow-Origin', 'Let only one layer send Access-Control-Allow-Origin: remove the proxy\'s copy.');
      if (e.name === 'MissingAllowOriginHeader' && f.status >= 400 && !policy.corsOnErrors) {
        return editPolicy(s, { corsOnErrors: true }, 'Send the CORS headers on error responses too.');
      }
      // A 304 answering a request whose conditional header the page set: its headers are what the CORS check reads.
      if (e.name === 'MissingAllowOriginHeader' && f.status === 304 && policy.httpCache && !policy.httpCache.notModifiedCors) {
        return editPolicy(s, { httpCache: { ...policy.httpCache, notModifiedCors: true } }, 'Send the CORS headers on 304 Not Modified answers too.');
      }
      const value = allowedValue(f, d, false);
      if (value === '*') return editPolicy(s, { allowOrigin: { type: 'any' } }, 'After a cross-origin redirect the Origin is "null": allow any origin with "*".');
      if (policy.allowOrigin.type === 'fixed') {
        return editPolicy(s, { allowOrigin: { type: 'fixed', origin: value } }, `Send ${value}, the caller's own origin: a fixed origin goes to every caller, so it must name the page that calls (for several callers, use a list).`);
      }
      const wildcard = e.name === 'WildcardOriginNotAllowed' || e.name === 'PreflightWildcardOriginNotAllowed';
      const origins = policy.allowOrigin.type === 'list' && !wildcard ? [...policy.allowOrigin.origins, value] : [value];
      return editPolicy(s, { allowOrigin: { type: 'list', origins } }, `Allow the origin ${value} by name.`);
    }
    case 'InvalidAllowCredentials': case 'PreflightInvalidAllowCredentials':
      if (proxyLines('Access-Control-Allow-Credentials')) return dropProxy('Access-Control-Allow-Credentials', 'Send Access-Control-Allow-Credentials once: remove the proxy\'s copy.');
      return editPolicy(s, { allowCredentials: true }, 'Send Access-Control-Allow-Credentials: true, since the request includes credentials.');
    case 'PreflightInvalidStatus':
      return editPolicy(s, { preflightStatus: 204 }, 'Answer the preflight with 204 No Content.');
    case 'InvalidAllowMethodsPreflightResponse':
    case 'InvalidAllowHeadersPreflightResponse': {
      const methods = e.name === 'InvalidAllowMethodsPreflightResponse';
      const header = methods ? 'Access-Control-Allow-Methods' : 'Access-Control-Allow-Headers';
      if (proxyLines(header)) return dropProxy(header, `Remove the proxy's malformed ${header}.`);
      const key = methods ? 'allowMethods' : 'allowHeaders';
      const list = policy[key];
      if (list.type !== 'list') return null;
      return editPolicy(s, { [key]: { type: 'list', values: validTokens(list.values) } }, `List only valid names in ${header}.`);
    }
    case 'MethodDisallowedByPreflightResponse': {
      const list = policy.allowMethods;
      const values = list.type === 'list' ? [...list.values, e.method] : [e.method];
      return editPolicy(s, { allowMethods: { type: 'list', values } }, `Add ${e.method} to Access-Control-Allow-Methods.`);
    }
    case 'HeaderDisallowedByPreflightResponse': {
      const list = policy.allowHeaders;
      const have = list.type === 'list' ? list.values : [];
      const add = e.refused.filter((h) => !have.some((v) => v.toLowerCase() === h));
      return editPolicy(s, { allowHeaders: { type: 'list', values: [...have, ...add] } }, `Add ${add.join(', ')} to Access-Control-Allow-Headers.`);
    }
    case 'RedirectContainsCredentials':
      return editPolicy(s, { redirect: null }, 'Do not redirect to a URL with a user name and password.');
  }
  return null;
}

function fixRawCors(s: Scenario, f: Failing, d: Deployment): Edit | null {
  if (s.server.type !== 'raw') return null;
  const e = f.error;
  const raw = rawResponseOf(s.server, f.which);
  if (!raw) return null;
  const withLine = (name: string, value: string | null, why: string, status = raw.status) =>
    editRaw(s, f.which, { status, headers: setLine(raw.headers, name, value) }, why);
  const listWith = (name: string, extra: string[]) => validTokens([...getAll(raw.headers, name), ...extra]).join(', ');
  switch (e.name) {
    case 'MissingAllowOriginHeader': case 'AllowOriginMismatch': case 'InvalidAllowOriginValue':
    case 'MultipleAllowOriginValues': case 'WildcardOriginNotAllowed':
    case 'PreflightMissingAllowOriginHeader': case 'PreflightAllowOriginMismatch': case 'PreflightInvalidAllowOriginValue':
    case 'PreflightMultipleAllowOriginValues': case 'PreflightWildcardOriginNotAllowed': {
      const value = allowedValue(f, d, true);
      return withLine('Access-Control-Allow-Origin', value, `Send exactly one Access-Control-Allow-Origin: ${value}.`);
    }
    case 'InvalidAllowCredentials': case 'PreflightInvalidAllowCredentials':
      return withLine('Access-Control-Allow-Credentials', 'true', 'Send Access-Control-Allow-Credentials: true exactly once.');
    case 'PreflightInvalidStatus':
      return withLine('Location', null, 'Answer the preflight with 204 No Content.', 204);
    case 'PreflightDisallowedRedirect':
      return withLine('Location', null, 'Answer the preflight directly (204), without a redirect.', 204);
    case 'InvalidAllowMethodsPreflightResponse':
      return withLine('Access-Control-Allow-Methods', listWith('Access-Control-Allow-Methods', []), 'List only valid method names.');
    case 'InvalidAllowHeadersPreflightResponse':
      return withLine('Access-Control-Allow-Headers', listWith('Access-Control-Allow-Headers', []), 'List only valid header names.');
    case 'MethodDisallowedByPreflightResponse':
      return withLine('Access-Control-Allow-Methods', listWith('Access-Control-Allow-Methods', [e.method]), `Add ${e.method} to Access-Control-Allow-Methods.`);
    case 'HeaderDisallowedByPreflightResponse':
      return withLine('Access-Control-Allow-Headers', listWith('Access-Control-Allow-Headers', e.refused), `Add ${e.refused.join(', ')} to Access-Control-Allow-Headers.`);
    case 'RedirectContainsCredentials':
      return withLine('Location', null, 'Answer directly instead of redirecting.', 200);
  }
  return null;
}

/** Where the page sits, changed: a fix to the environment, not to the server (no header lifts Local Network Access). */
function editNetwork(s: Scenario, next: NetworkPlacement, summary: string): Edit {
  const before = s.network ?? LOOPBACK_PAGE;
  const changes = (['page', 'permission', 'secureContext'] as const)
    .filter((k) => before[k] !== next[k])
    .map((k) => ({ path: `network.${k}`, before: show(before[k] ?? true), after: show(next[k] ?? true) }));
  return { summary, changes, scenario: { ...s, network: next } };
}

/** Local Network Access refusals: the right target space, a secure page, the user's permission. */
function fixLocalNetwork(s: Scenario, e: CorsError): Edit | null {
  switch (e.name) {
    case 'InvalidLocalNetworkAccess':
      return editRequest(s, 'targetAddressSpace', e.resourceSpace, `Name the address space the API is really in: targetAddressSpace "${e.resourceSpace}" (or leave the option out).`);
    case 'InsecureLocalNetwork': {
      const { secureContext: _insecure, ...secure } = s.network ?? { page: e.pageSpace, permission: 'denied' };
      return editNetwork(s, secure, 'Serve the page over https (a secure context): only then may Chrome ask the user for local network access.');
    }
    case 'LocalNetworkAccessPermissionDenied':
      return editNetwork(s, { ...(s.network ?? { page: e.pageSpace }), permission: 'granted' },
        `Have the user allow this site to reach the ${e.resourceSpace} address space (Chrome asks "Access other apps and services on this device"), or serve the page from the same network: no server header can allow it.`);
  }
  return null;
}

/**
 * The failing response: the last one received (a failure ends the exchange), written by the part of
 * the server side the server model names (an answer row when one served it); its origin is the
 * Origin the last request sent.
 */
function failingResponse(s: Scenario, p: Prediction, error: CorsError, last: LastResponse): Failing {
  const request = p.requests[p.requests.length - 1];
  const origin = request?.headers.find(([n]) => n === 'Origin')?.[1] ?? 'null';
  const which = last.lastAnsweredBy ?? failedResponse(error);
  return { error, which, origin, include: s.request.credentials === 'include', status: last.lastStatus };
}

/** One edit for this failure, or null when the engine knows none. */
export function proposeEdit(s: Scenario, p: Prediction, d: Deployment, last: LastResponse): Edit | null {
  const { verdict, error } = p.decision;
  if (verdict === 'type-error') return fixTypeError(s, p);
  if (verdict === 'network-error') return fixNetworkError(s, p, last);
  if (verdict !== 'cors-error' || !error) return null;
  if (isLocalNetworkError(error.name)) return fixLocalNetwork(s, error);
  const f = failingResponse(s, p, error, last);
  if (s.server.type === 'policy') return fixPolicyCors(s, s.server.policy, f, d);
  return fixRawCors(s, f, d);
}

/**
 * Repeats single edits until the prediction is "ok"; null when no edit
 * applies or the result still fails after MAX_EDITS.
 */
/** Success as the request asked for it: "ok", or the opaque answer no-cors and redirect "manual" give by design. */
export function passes(s: Scenario, p: Prediction): boolean {
  if (p.verdict === 'ok') return true;
  // An <img>, <script> or form that loaded did all it can: it never reads the answer.
  return p.verdict === 'opaque' && (s.request.mode === 'no-cors' || s.request.redirect === 'manual' || p.channel?.event === 'load');
}

/** One prediction, and the last response the engine received in it: its status and the part of the server side that wrote it. */
export interface Run { prediction: Prediction; lastStatus: number; lastAnsweredBy?: AnsweredBy }
type LastResponse = Omit<Run, 'prediction'>;

export function findFix(s: Scenario, first: Run, d: Deployment, repredict: (s: Scenario) => Run): Fix | null {
  let scenario = s;
  let run = first;
  const summaries: string[] = [];
  const changes: Change[] = [];
  for (let i = 0; i < MAX_EDITS; i++) {
    const edit = proposeEdit(scenario, run.prediction, d, run);
    if (!edit) return null;
    summaries.push(edit.summary);
    for (const c of edit.changes) {
      const earlier = changes.find((e) => e.path === c.path);
      if (earlier) earlier.after = c.after;
      else changes.push({ ...c });
    }
    scenario = edit.scenario;
    run = repredict(scenario);
    if (passes(scenario, run.prediction)) return { summary: summaries.join(' '), changes, scenario };
  }
  return null;
}
