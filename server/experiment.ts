// One request of an experiment (/s/… or /r/…): decode the server side the
// URL carries, refuse what the server may not send, let the pure policy
// server answer, and record what arrived and exactly what goes back, before
// it is written.
import { isPreflight, respond, type IncomingRequest } from '../src/policy/respond.ts';
import { respondContext } from '../src/policy/model.ts';
import { validateServerSide } from '../src/policy/validate.ts';
import { parseApiPath, type ApiPath } from '../src/scenario/api-path.ts';
import { arrivalKey, countsArrivals, sameArrivalKey } from '../src/policy/answers.ts';
import { decodeServerSide, type DecodeResult, type InflateRaw } from '../src/scenario/wire-decode.ts';
import { deploymentOf, headerValue, type Deployments } from './hosts.ts';
import type { Deployment } from '../src/scenario/origins.ts';
import type { ConfigCache } from './config-cache.ts';
import { framedHeaders, unwritableReason, unwritableResponse } from './http-write.ts';
import type { HandlerRequest, HandlerResponse } from './messages.ts';
import { bodyPreview } from './request-log.ts';
import type { LogView } from './record.ts';
import { jsonError } from './responses.ts';
import { cookieValue, LOGIN_COOKIE, VICTIM_USER, type VictimUser } from '../src/scenario/victim.ts';
import { getAll, getJoined } from '../src/scenario/http-syntax.ts';
import type { ServerSide } from '../src/scenario/types.ts';
import { WEBSOCKET_REFUSED_STATUS, websocketAccepts, websocketMessage } from '../src/policy/websocket.ts';
import { handshakeAccept, isWebSocketHandshake } from './websocket.ts';

export interface ExperimentDeps extends Deployments {
  log: LogView;
  inflateRaw: InflateRaw;
  configs: ConfigCache;
}

export function answerExperiment(
  request: HandlerRequest,
  call: ApiPath,
  origin: string,
  deps: ExperimentDeps,
): HandlerResponse {
  const incoming: IncomingRequest = { method: request.method, url: origin + request.target, headers: request.headers };
  const answer = computeAnswer(incoming, call, origin, deps, loggedInUser(request, call, deps), request);
  // Checked here, not only in the adapter, so the record shows the 500 that is really sent.
  const reason = unwritableReason(answer);
  const response = reason ? unwritableResponse(reason) : answer;
  deps.log.record(call.session, {
    host: headerValue(request.headers, 'host') ?? '',
    method: request.method,
    target: request.target,
    path: call.path,
    headers: request.headers,
    bodyBytes: request.body.byteLength,
    bodyText: request.body.byteLength === 0 ? '' : bodyPreview(request.body),
    kind: isPreflight(incoming) ? 'preflight' : 'actual',
    redirected: call.redirected,
    response: { status: response.status, headers: framedHeaders(response, request.keepAlive) },
  });
  return response;
}

/**
 * The server side the config segment carries, if it decodes and the server may
 * send it; else why not. Cached per segment and deployment (validation depends on it).
 */
function readConfig(config: string, d: Deployment, deps: ExperimentDeps): DecodeResult {
  return deps.configs.get(`${d.api} ${config}`, () => decodeAndValidate(config, d, deps));
}

function decodeAndValidate(config: string, d: Deployment, deps: ExperimentDeps): DecodeResult {
  let decoded: DecodeResult;
  try {
    decoded = decodeServerSide(config, deps.inflateRaw);
  } catch (error) {
    return { ok: false, error: `The configuration could not be read: ${String(error)}` };
  }
  if (!decoded.ok) return decoded;
  // A raw Location may point at this deployment's API origins or its app: respondContext rewrites exactly those.
  const problems = validateServerSide(decoded.server, { locationOrigins: [d.api, d.api2, d.app] });
  if (problems.length > 0) return { ok: false, error: problems.map((p) => `${p.path}: ${p.message}`).join(' ') };
  return decoded;
}

/**
 * Which arrival this request is: 1 + the requests of its kind at its path for this same
 * config already in the session's record (kept: the last 200, for an hour). With several
 * instances (Redis) each reads the record before answering, so two such requests at the
 * same moment on two instances would both count the same earlier ones and get the same
 * number; a browser's hops and Sends come one after another, so the count holds for them.
 */
function arrivalOf(incoming: IncomingRequest, call: ApiPath, log: LogView): number {
  const key = arrivalKey(isPreflight(incoming) ? 'preflight' : 'actual', call.path);
  const earlier = log.read(call.session).entries.filter((e) =>
    parseApiPath(e.target)?.config === call.config && sameArrivalKey(arrivalKey(e.kind, e.path), key));
  return earlier.length + 1;
}

/** Whether answering this call needs the session's record entries (its server side answers by arrival). */
export function needsArrivals(call: ApiPath, origin: string, deps: ExperimentDeps): boolean {
  const config = readConfig(call.config, deploymentOf(origin, deps), deps);
  return config.ok && countsArrivals(config.server);
}

/** The user's private data when the request carries the login cookie issued for its session. */
function loggedInUser(request: HandlerRequest, call: ApiPath, deps: ExperimentDeps): VictimUser | null {
  const issued = deps.log.cookieOf(call.session);
  const sent = cookieValue(getAll(request.headers, 'cookie'), LOGIN_COOKIE);
  return issued !== null && sent === issued ? VICTIM_USER : null;
}

function computeAnswer(incoming: IncomingRequest, call: ApiPath, origin: string, deps: ExperimentDeps, user: VictimUser | null, request: HandlerRequest): HandlerResponse {
  const d = deploymentOf(origin, deps);
  const config = readConfig(call.config, d, deps);
  if (!config.ok) return jsonError(400, 'bad-config', config.error);
  if (isWebSocketHandshake(request.method, request.headers)) return answerWebSocket(config.server, request, call, user);
  try {
    const arrival = countsArrivals(config.server) ? arrivalOf(incoming, call, deps.log) : undefined;
    return respond(config.server, incoming, { ...respondContext(origin, call, d), user, ...(arrival ? { arrival } : {}) });
  } catch (error) {
    return jsonError(500, 'respond-failed', String(error));
  }
}

/**
 * A WebSocket handshake on the scenario's URL: no CORS is involved; the
 * server's own Origin check (policy.wsCheckOrigin) is the only thing that
 * can refuse a page. Its messages carry the user's private data when the
 * handshake carried the login cookie.
 */
function answerWebSocket(server: ServerSide, request: HandlerRequest, call: ApiPath, user: VictimUser | null): HandlerResponse {
  const handshake = handshakeAccept(request.headers);
  if (!handshake.ok) return jsonError(400, 'bad-websocket-handshake', handshake.reason);
  const origin = getJoined(request.headers, 'origin');
  if (!websocketAccepts(server, origin)) {
    return jsonError(WEBSOCKET_REFUSED_STATUS, 'origin-not-allowed', `this WebSocket endpoint checks Origin, and ${origin ?? 'a handshake without one'} is not allowed`);
  }
  const refusal = request.webSocketRefusal?.(call.session) ?? null;
  if (refusal) return jsonError(refusal.status, 'too-many-websockets', refusal.reason);
  return {
    status: 101,
    headers: [['Upgrade', 'websocket'], ['Connection', 'Upgrade'], ['Sec-WebSocket-Accept', handshake.accept]],
    body: '',
    upgrade: {
      session: call.session,
      greeting: websocketMessage('welcome', call.path, user),
      reply: (text) => websocketMessage('reply', call.path, user, text),
    },
  };
}
