// The policy server as a function, for the engine and for tests: the same
// URL routing and redirect targets as server/, without sockets.
import type { ServerSide } from '../scenario/types.ts';
import type { Deployment } from '../scenario/origins.ts';
import { apiUrl, parseApiPath, PROXY_PREFIX, type ApiPath } from '../scenario/api-path.ts';
import { resolveServerSide } from '../scenario/resolve.ts';
import { respond, type IncomingRequest, type OutgoingResponse, type RespondContext } from './respond.ts';
import { withoutUserinfo } from './validate.ts';

function originOf(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * How one request to `requestOrigin` redirects: "same-origin" stays on it,
 * "other-origin" goes to the second API origin (from it, back to the first).
 * Raw Location lines that point at one of our origins, or at a bare path, are
 * rewritten to that origin's /r/ URL, so the browser comes back to this
 * experiment with the same server side. The server and the engine both use
 * this, so they agree on every redirect.
 */
export function respondContext(requestOrigin: string, at: ApiPath, d: Deployment): RespondContext {
  const otherOrigin = requestOrigin === d.api2 ? d.api : d.api2;
  const known = [d.api, d.api2, d.app];
  return {
    path: at.path,
    redirected: at.redirected,
    apiOrigins: [d.api, d.api2],
    redirectTarget: (to, path) => apiUrl(to === 'same-origin' ? requestOrigin : otherOrigin, at.session, at.config, path, true),
    locationTarget: (location) => {
      location = location.trim();
      // A bare path stays relative, as written: the browser resolves it against the API URL.
      if (location.startsWith('/') && !location.startsWith('//')) return apiUrl('', at.session, at.config, location, true);
      // User-info (http://user:pass@host/…) stays in the URL: the browser must see it to refuse it.
      const userinfo = /^https?:\/\/([^/?#@]*@)/i.exec(location)?.[1] ?? '';
      const plain = withoutUserinfo(location);
      const origin = known.find((o) => plain === o || plain.startsWith(o + '/') || plain.startsWith(o + '?'));
      if (!origin) return location;
      const target = apiUrl(origin, at.session, at.config, plain.slice(origin.length) || '/', true);
      return userinfo ? target.replace('://', `://${userinfo}`) : target;
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
    let origin = originOf(req.url);
    let target = req.url.slice(origin.length) || '/';
    // The app's /proxy/ route hands the call to the API as the API's own (server/proxy.ts).
    if (origin === d.app && target.startsWith(`${PROXY_PREFIX}/`)) {
      origin = d.api;
      target = target.slice(PROXY_PREFIX.length);
    }
    const at = parseApiPath(target);
    if (!at) return NOT_FOUND;
    return respond(resolved, req, respondContext(origin, at, d));
  };
}
