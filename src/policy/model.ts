// The policy server as a function, for the engine and for tests: the same
// URL routing and redirect targets as server/, without sockets.
import type { ServerSide } from '../scenario/types.ts';
import type { Deployment } from '../scenario/origins.ts';
import { apiUrl, parseApiPath, type ApiPath } from '../scenario/wire.ts';
import { resolveServerSide } from '../scenario/resolve.ts';
import { respond, type IncomingRequest, type OutgoingResponse, type RespondContext } from './respond.ts';

function originOf(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * How one request to `requestOrigin` redirects: "same-origin" stays on it,
 * "other-origin" hops between the two API origins (or from the app origin,
 * for same-origin experiments, to the API). Raw Location lines that point at
 * one of our origins are rewritten to that origin's /r/ URL.
 */
export function respondContext(requestOrigin: string, at: ApiPath, d: Deployment): RespondContext {
  const otherOrigin = requestOrigin === d.api ? d.api2 : d.api;
  const known = [d.api, d.api2, d.app];
  return {
    path: at.path,
    redirected: at.redirected,
    redirectTarget: (to, path) => apiUrl(to === 'same-origin' ? requestOrigin : otherOrigin, at.session, at.config, path, true),
    locationTarget: (location) => {
      if (location.startsWith('/') && !location.startsWith('//')) return apiUrl(requestOrigin, at.session, at.config, location, true);
      const origin = known.find((o) => location === o || location.startsWith(o + '/') || location.startsWith(o + '?'));
      return origin ? apiUrl(origin, at.session, at.config, location.slice(origin.length) || '/', true) : location;
    },
  };
}

const NOT_FOUND: OutgoingResponse = {
  status: 404,
  headers: [['Content-Type', 'application/json'], ['X-Content-Type-Options', 'nosniff']],
  body: JSON.stringify({ error: 'Not found' }),
};

/** `serve` for the engine: answers every request to an API URL of this scenario. */
export function serverModel(server: ServerSide, d: Deployment): (req: IncomingRequest) => OutgoingResponse {
  const resolved = resolveServerSide(server, d);
  return (req) => {
    const origin = originOf(req.url);
    const at = parseApiPath(req.url.slice(origin.length) || '/');
    if (!at) return NOT_FOUND;
    return respond(resolved, req, respondContext(origin, at, d));
  };
}
