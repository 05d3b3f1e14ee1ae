// Policy → Raw: the raw editor starts from the exact lines this policy sends
// for the current request (its preflight and its actual request), computed by
// the same pure respond() the server runs, so a learner can break one line of
// a working answer instead of retyping it.
import type { HeaderList, Policy, RawResponse, Scenario } from '../../scenario/types.ts';
import { pageOrigin, tokenizeOrigins, type Deployment } from '../../scenario/origins.ts';
import { resolveServerSide } from '../../scenario/resolve.ts';
import { respond, type IncomingRequest, type RespondContext } from '../../policy/respond.ts';
import { constructRequest } from '../../engine/request.ts';
import { buildPreflightRequest } from '../../engine/preflight.ts';
import { corsUnsafeRequestHeaderNames } from '../../engine/safelist.ts';

/** Lines the server adds to every answer by itself; raw mode cannot set them. */
const ALWAYS_ADDED = ['content-type', 'x-content-type-options'];

/** The server's answer as raw lines: tokens for our origins, nothing raw mode would refuse. */
function asRaw(status: number, headers: HeaderList, d: Deployment): RawResponse {
  return {
    status,
    headers: headers.filter(([n]) => !ALWAYS_ADDED.includes(n.toLowerCase())).map(([n, v]) => [n, tokenizeOrigins(v, d)]),
  };
}

/** The preflight and actual request as the browser would send them for this scenario (one hop, no cache). */
function browserRequests(s: Scenario, d: Deployment): { preflight: IncomingRequest; actual: IncomingRequest } {
  const origin = pageOrigin(s.request.from, d);
  const url = `${d.api}${s.request.path}`;
  const built = constructRequest(s.request);
  // A request fetch() would refuse never reaches a server: answer it as if it had no extra headers.
  const method = built.ok ? built.request.method : s.request.method;
  const headers = built.ok ? built.request.headers : [];
  const preflight = buildPreflightRequest(method, url, origin, corsUnsafeRequestHeaderNames(headers));
  return { preflight, actual: { method, url, headers: [['Origin', origin], ...headers] } };
}

/** The lines `policy` sends to the current request, ready for the raw editor. */
export function rawFromPolicy(s: Scenario, policy: Policy, d: Deployment): { preflight: RawResponse; actual: RawResponse } {
  const server = resolveServerSide({ type: 'policy', policy }, d);
  const ctx: RespondContext = {
    path: s.request.path,
    redirected: false,
    // A raw Location must point back at the API, written with a token (validate.ts).
    redirectTarget: (to, path) => `${to === 'same-origin' ? '{api}' : '{api2}'}${path}`,
  };
  const { preflight, actual } = browserRequests(s, d);
  const pre = respond(server, preflight, ctx);
  const act = respond(server, actual, ctx);
  return { preflight: asRaw(pre.status, pre.headers, d), actual: asRaw(act.status, act.headers, d) };
}
