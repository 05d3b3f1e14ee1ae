// What the browser does when the page reaches the API with something other
// than fetch() (request.via). Each is reduced to the fetch the browser makes
// for it, run through the same algorithms, then read the way that element or
// API reads it:
//   <img>, <script>: a no-cors GET with credentials (HTML's CORS settings
//     attribute in the "No CORS" state): sent, never CORS-checked, unreadable.
//   <form method=post>: a navigation of the hidden frame: no CORS either.
//   EventSource: a CORS GET, Accept: text/event-stream, credentials "include"
//     with withCredentials, else "same-origin" (HTML 9.2.2).
//   WebSocket: not a fetch the CORS protocol covers: the handshake carries
//     Origin and cookies, and the server alone decides (websocket.ts).
import type { ScenarioRequest, ServerSide, Via } from '../scenario/types.ts';
import { resolveServerSide } from '../scenario/resolve.ts';
import { WEBSOCKET_REFUSED_STATUS, websocketAccepts } from '../policy/websocket.ts';
import type { Deployment } from '../scenario/origins.ts';
import { cookieDecision, siteOf } from './cookies.ts';
import type { FetchContext } from './context.ts';
import { step } from './explain.ts';
import { parseUrl } from './http.ts';
import { websocketRefusedMessage } from './messages.ts';
import { channelFailureConsole } from './console-lines.ts';
import type { Prediction } from './types.ts';
import type { NetworkErrorReason } from './decision.ts';

export type ChannelVia = Exclude<Via, 'fetch'>;

/** What page script sees, predicted: the runner reports the same (protocol.ts ChannelResult.event). */
export type ChannelEvent = 'load' | 'message' | 'open' | 'error';

const WHAT: Record<ChannelVia, string> = {
  img: 'An <img>', script: 'A <script>', form: 'A <form method=post>', eventsource: 'An EventSource', websocket: 'A WebSocket',
};

/** The fetch the browser makes for `via` (never called for websocket, which is no fetch). */
export function channelRequest(request: ScenarioRequest, via: Exclude<ChannelVia, 'websocket'>): ScenarioRequest {
  const base: ScenarioRequest = { ...request, headers: [], cache: 'default', redirect: 'follow' };
  delete base.via;
  if (via === 'eventsource') {
    return { ...base, method: 'GET', body: { type: 'none' }, mode: 'cors', credentials: request.credentials === 'include' ? 'include' : 'same-origin', headers: [['Accept', 'text/event-stream']] };
  }
  // A form posts its fields (urlencoded unless they are multipart or plain text); an element GETs.
  const body = via === 'form' ? (request.body.type === 'none' || request.body.type === 'json' ? { type: 'urlencoded' as const, fields: [] } : request.body) : { type: 'none' as const };
  return { ...base, method: via === 'form' ? 'POST' : 'GET', body, mode: 'no-cors', credentials: 'include' };
}

/** A sandboxed frame without allow-forms cannot submit a form (the null runner has allow-scripts only). */
export function formBlocked(request: ScenarioRequest): boolean {
  return request.via === 'form' && request.from === 'null';
}

/** The prediction with its verdict (and the decision record's) changed to what `via` makes of it. */
function withVerdict(p: Prediction, verdict: Prediction['verdict'], networkError: NetworkErrorReason): Prediction {
  if (verdict === p.verdict) return p;
  return { ...p, verdict, decision: { ...p.decision, verdict, networkError: verdict === 'network-error' ? networkError : null } };
}

/** The prediction of the fetch, read as `via` reads it. */
export function channelPrediction(via: Exclude<ChannelVia, 'websocket'>, p: Prediction, status: number, ctx: FetchContext): Prediction {
  if (via === 'eventsource') {
    const delivered = p.verdict === 'ok' && status === 200;
    ctx.trace.push(step('eventsource-result', delivered ? 'pass' : 'fail'));
    const verdict = delivered || p.verdict === 'cors-error' ? p.verdict : 'network-error';
    const url = p.requests.at(-1)?.url;
    const console = p.verdict === 'cors-error' && url ? [...p.console, ...channelFailureConsole(ctx.rules.engine, 'eventsource-cors', url)] : p.console;
    return { ...withVerdict(p, verdict, 'channel-error'), console, trace: ctx.trace, channel: { via, event: delivered ? 'message' : 'error' } };
  }
  if (p.verdict !== 'opaque') return { ...p, channel: { via, event: 'error' } };
  // A form's answer always loads in its frame; an image or a script needs an ok status.
  const loaded = via === 'form' || (status >= 200 && status < 300);
  const use = via === 'img' ? 'the image shows' : via === 'script' ? 'the script runs' : 'the server got the post and its answer loads in the frame';
  ctx.trace.push(step('channel-loaded', loaded ? 'info' : 'fail', { what: WHAT[via], status: String(status), use }));
  return { ...withVerdict(p, loaded ? 'opaque' : 'network-error', 'channel-error'), trace: ctx.trace, channel: { via, event: loaded ? 'load' : 'error' } };
}

export function channelIntro(via: Exclude<ChannelVia, 'websocket'>, request: ScenarioRequest, ctx: FetchContext): void {
  // Chromium's console names an EventSource's blocked request "resource" (observed), not "fetch".
  if (via === 'eventsource') ctx.initiator = 'resource';
  if (via === 'eventsource') ctx.trace.push(step('eventsource-request', 'info', { credentials: channelRequest(request, via).credentials }));
  else ctx.trace.push(step('channel-no-cors', 'info', { what: WHAT[via] }));
}

/** The WebSocket handshake: Origin and cookies go, nothing is checked by the browser, the server decides. */
export function websocketPrediction(server: ServerSide, url: string, d: Deployment, ctx: FetchContext, base: Omit<Prediction, 'js'>): Prediction {
  const parsed = parseUrl(url);
  const wsUrl = url.replace(/^http/, 'ws');
  const cookie = cookieDecision({
    notStored: ctx.cookies.notStored,
    login: ctx.cookies.login, credentials: 'include', credentialsFlag: true,
    cookieHost: parsed?.host === ctx.cookies.host,
    sameSite: ctx.cookies.siteForCookies !== null && parsed !== null && siteOf(parsed.origin) === ctx.cookies.siteForCookies,
  });
  const headers: [string, string][] = [['Upgrade', 'websocket'], ['Connection', 'Upgrade'], ['Origin', ctx.pageOrigin], ['Sec-WebSocket-Version', '13']];
  ctx.requests.push({ kind: 'actual', method: 'GET', url, headers, credentials: true, cookie });
  ctx.trace.push(step('websocket-handshake', 'info', { origin: ctx.pageOrigin, cookie: cookie.cookie }));
  const accepted = websocketAccepts(resolveServerSide(server, d), ctx.pageOrigin);
  ctx.trace.push(step('websocket-result', accepted ? 'pass' : 'fail'));
  // The server's refusal status, from the same policy function the server runs.
  // Chromium's words, or the engine's own (console-lines.ts).
  const refusedLines = ctx.rules.engine === 'chromium' ? [websocketRefusedMessage(wsUrl, WEBSOCKET_REFUSED_STATUS)] : channelFailureConsole(ctx.rules.engine, 'websocket-refused', wsUrl);
  const consoleMessage = accepted ? null : (refusedLines[0] ?? null);
  const js: Prediction['js'] = accepted
    ? { kind: 'response', status: 101, type: 'basic', readableHeaders: [] }
    : { kind: 'error', name: 'TypeError', message: `WebSocket connection to '${wsUrl}' failed` };
  const verdict: Prediction['verdict'] = accepted ? 'ok' : 'network-error';
  const decision = { ...base.decision, verdict, cookie, networkError: accepted ? null : ('websocket-refused' as const) };
  return { ...base, consoleMessage, console: accepted ? [] : refusedLines, requests: ctx.requests, trace: ctx.trace, cookie, verdict, decision, js, channel: { via: 'websocket', event: accepted ? 'message' : 'error' } };
}
