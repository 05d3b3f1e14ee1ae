// What only the app port serves: the deployment (/__env), the request
// record (/__log/<session>) and the built front end. None of it carries CORS
// headers: only pages on the app origin itself may read it. The env and the
// log (Cookie headers, the session cookie) are answered only when the Host is
// the app origin's: the same port also answers as admin., evil., evil.localhost
// (the origins a request comes from), which load the runner page and the
// static files but must not read the record.
import type { HandlerRequest, HandlerResponse } from './messages.ts';
import type { LogView, RequestRecord } from './record.ts';
import { isAppOrigin, type Deployments } from './hosts.ts';
import { badSession, json, jsonError, methodNotAllowed, notFound, NOSNIFF } from './responses.ts';
import type { SessionDeps, SessionIds } from './session-ids.ts';
import type { StaticFiles } from './static-files.ts';

export interface AppDeps extends Deployments, SessionDeps {
  log: LogView;
  /** Follows a session's record live (GET /__log/<session>/stream). */
  live: Pick<RequestRecord, 'subscribe'>;
  staticFiles: StaticFiles;
}

const NO_STORE: [string, string] = ['Cache-Control', 'no-store'];

/** `origin` is "http://<Host>" of the request (see requestOrigin). */
export function answerApp(request: HandlerRequest, pathname: string, query: string, origin: string, deps: AppDeps): HandlerResponse {
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(request.method, ['GET', 'HEAD']);
  const isPrivate = pathname === '/__env' || pathname === '/__session' || pathname.startsWith('/__log/');
  if (isPrivate && !isAppOrigin(origin, deps)) {
    const hosts = [deps.deployment.app, deps.fallback.app].map((o) => o.slice('http://'.length));
    return jsonError(403, 'forbidden-host', `${pathname.startsWith('/__log/') ? '/__log' : '/__env'} is answered only for Host ${hosts.join(' or ')}, not ${origin.slice('http://'.length)}`);
  }
  if (pathname === '/__env') return json(200, { deployment: deps.deployment, fallback: deps.fallback }, [NO_STORE]);
  if (pathname === '/__session') return answerSession(query, deps.sessions);
  const live = /^\/__log\/([^/]*)\/stream$/.exec(pathname);
  if (live) return answerLive(live[1]!, deps);
  if (pathname.startsWith('/__log/')) return answerLog(pathname.slice('/__log/'.length), query, deps);
  return answerStatic(pathname, deps);
}

/** The tab's id: the one it holds if this server issued it (its preflight cache stays useful), else a new one. */
function answerSession(query: string, sessions: SessionIds): HandlerResponse {
  const current = new URLSearchParams(query).get('current') ?? '';
  return json(200, { session: sessions.verify(current) ? current : sessions.issue() }, [NO_STORE]);
}

function answerLog(session: string, query: string, { log, sessions }: AppDeps): HandlerResponse {
  if (!sessions.verify(session)) return badSession();
  const after = new URLSearchParams(query).get('after') ?? '0';
  if (!/^\d{1,15}$/.test(after)) return jsonError(400, 'bad-after', '"after" must be a whole number (a seq)');
  return json(200, log.read(session, Number(after)), [NO_STORE]);
}

/** How often a comment keeps an idle stream (and the proxies on its way) open. */
export const LIVE_KEEPALIVE_MS = 15_000;

/**
 * Server-sent events, one per change of the session's record (an entry, the
 * cookie, the record becoming unavailable or available again), whichever
 * instance made it: the page re-reads /__log when told.
 */
function answerLive(session: string, { live, sessions }: AppDeps): HandlerResponse {
  if (!sessions.verify(session)) return badSession();
  return {
    status: 200,
    // X-Accel-Buffering: nginx passes each event on at once instead of buffering the answer.
    headers: [['Content-Type', 'text/event-stream'], NO_STORE, ['X-Accel-Buffering', 'no'], NOSNIFF],
    body: '',
    stream: (send) => {
      send('retry: 1000\n\n');
      const stop = live.subscribe(session, (event) => send(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`));
      const beat = setInterval(() => send(': keep-alive\n\n'), LIVE_KEEPALIVE_MS);
      beat.unref();
      return () => {
        clearInterval(beat);
        stop();
      };
    },
  };
}

function answerStatic(pathname: string, deps: AppDeps): HandlerResponse {
  const file = deps.staticFiles.read(pathname);
  if (!file) return notFound(pathname);
  const headers: [string, string][] = [
    ['Content-Type', file.contentType],
    ['Cache-Control', file.cacheControl],
    NOSNIFF,
  ];
  // The runner page makes requests on behalf of whoever frames it: only our app may.
  if (pathname === '/runner.html') {
    headers.push(['Content-Security-Policy', `frame-ancestors ${deps.deployment.app} ${deps.fallback.app}`]);
  }
  return { status: 200, headers, body: file.body };
}
