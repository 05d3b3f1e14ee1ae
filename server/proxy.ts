// The app's /proxy/ route: the page calls its own origin, the app forwards the
// call to the API, and no CORS applies in the browser (the lesson "not needing
// CORS at all"). Only the playground's own API layout is forwarded
// (/proxy/s/… and /proxy/r/…, to this deployment's API): it is not an open
// proxy. Only the app's own Host may use it, like /__env. The forwarded
// request is the API's ordinary request (recorded in its log, with the
// X-Forwarded-* lines a reverse proxy adds); its answer comes back verbatim.
import { deploymentOf, isAppOrigin, type Deployments } from './hosts.ts';
import type { HandlerRequest, HandlerResponse } from './messages.ts';
import { jsonError } from './responses.ts';
import { PROXY_PREFIX } from '../src/scenario/api-path.ts';

export { PROXY_PREFIX };

export function answerProxy(
  request: HandlerRequest,
  origin: string,
  deps: Deployments,
  api: (forwarded: HandlerRequest) => HandlerResponse,
): HandlerResponse {
  if (!isAppOrigin(origin, deps)) {
    return jsonError(403, 'forbidden-host', `/proxy/ is answered only for the app's own host, not ${origin.slice('http://'.length)}`);
  }
  const rest = request.target.slice(PROXY_PREFIX.length);
  if (!/^\/[sr]\//.test(rest)) return jsonError(404, 'not-proxied', 'the proxy forwards only the API\'s /s/… and /r/… calls');
  // A WebSocket is not forwarded: the socket would belong to the app listener.
  if (request.headers.some(([n, v]) => n.toLowerCase() === 'upgrade' && v.trim() !== '')) {
    return jsonError(400, 'not-proxied', 'the proxy does not forward upgrades (WebSocket)');
  }
  const apiHost = deploymentOf(origin, deps).api.slice('http://'.length);
  const headers = request.headers.filter(([n]) => !/^(host|x-forwarded-host|x-forwarded-proto)$/i.test(n));
  const forwarded: HandlerRequest = {
    ...request,
    target: rest,
    headers: [['Host', apiHost], ...headers, ['X-Forwarded-Host', origin.slice('http://'.length)], ['X-Forwarded-Proto', 'http']],
  };
  return api(forwarded);
}
