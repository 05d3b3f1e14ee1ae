// The policy server as a function, for the engine and for tests: the same
// URL routing and redirect targets as server/, without sockets.
import type { ServerSide } from '../scenario/types.ts';
import type { Deployment } from '../scenario/origins.ts';
import { apiUrl, parseApiPath, PROXY_PREFIX, type ApiPath } from '../scenario/api-path.ts';
import { resolveServerSide } from '../scenario/resolve.ts';
import { isPreflight, respond, type IncomingRequest, type OutgoingResponse, type RespondContext } from './respond.ts';
import { arrivalKey, countsArrivals, sameArrivalKey, type ArrivalKey, type ArrivalKind } from './answers.ts';
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
    // The app too: a Location back at the page's own origin is answered there as this experiment.
    apiOrigins: [d.api, d.api2, d.app],
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

/** Where a request URL lands: the origin that answers it and its experiment path (null: not one). */
function landing(url: string, d: Deployment): { origin: string; at: ApiPath } | null {
  let origin = originOf(url);
  let target = url.slice(origin.length) || '/';
  // The app's /proxy/ route hands the call to the API as the API's own (server/proxy.ts).
  if (origin === d.app && target.startsWith(`${PROXY_PREFIX}/`)) {
    origin = d.api;
    target = target.slice(PROXY_PREFIX.length);
  }
  const at = parseApiPath(target);
  return at ? { origin, at } : null;
}

/** A request the engine has sent in this run, as the server would count it. */
export interface SentArrival {
  kind: ArrivalKind;
  url: string;
}

/** What these requests add to the server's arrivals (the ones at an experiment URL of this deployment). */
export function arrivalsOf(sent: readonly SentArrival[], d: Deployment): ArrivalKey[] {
  return sent.flatMap((r) => {
    const at = landing(r.url, d)?.at;
    return at ? [arrivalKey(r.kind, at.path)] : [];
  });
}

/**
 * The server model the engine asks, as the server answers: by hop and by arrival.
 * @param earlier what the server had already received for this server side in this tab
 *   (from its record), for answers that change on a later arrival
 * @returns serve(req, sent): `sent` is every request the engine sent in this run so far,
 *   this one included (the engine's own count, so one model serves any number of runs)
 */
export function serverModel(server: ServerSide, d: Deployment, earlier: readonly ArrivalKey[] = []): (req: IncomingRequest, sent?: readonly SentArrival[]) => OutgoingResponse {
  const resolved = resolveServerSide(server, d);
  const counting = countsArrivals(resolved);
  return (req, sent = []) => {
    const landed = landing(req.url, d);
    if (!landed) return NOT_FOUND;
    const ctx = respondContext(landed.origin, landed.at, d);
    if (counting) {
      const key = arrivalKey(isPreflight(req) ? 'preflight' : 'actual', landed.at.path);
      const thisRun = arrivalsOf(sent, d).filter((k) => sameArrivalKey(k, key)).length;
      ctx.arrival = earlier.filter((k) => sameArrivalKey(k, key)).length + Math.max(1, thisRun);
    }
    return respond(resolved, req, ctx);
  };
}
