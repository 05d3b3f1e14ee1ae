// The whole server as one pure function: which listener, which request, and
// what to answer. No sockets here (see http.ts), so every route is tested
// without a network.
//
//   both ports   /s/<session>/<config><path>   an experiment (any method)
//                /r/<session>/<config><path>   the target of its redirect
//   API port     GET /__ping                   204, ACAO *: does this host name resolve?
//                POST /login/<session>         sets pg_session (CORS for the app origins only);
//                                              ?sameSite=None makes it SameSite=None; Secure (default Lax)
//                POST /logout/<session>        clears it
//                anything else                 404 JSON
//   app port     GET /__env                    { deployment, fallback }
//                GET /__session?current=<id>   { session }: the current id if this server issued it, else a new one
//                GET /__log/<session>?after=N  { entries, lastSeq, cookie, unavailable? } (same-origin only)
//                GET /__log/<session>/stream   server-sent events: each change of that record (live)
//                (both only for Host = the app origin's, else 403 forbidden-host)
//                ANY /proxy/s/… and /proxy/r/…   forwarded to the API as /s/… and /r/… (proxy.ts;
//                                              app Host only): the page calls its own origin
//                GET anything else             a file of STATIC_DIR, or 404
import { parseApiPath } from '../src/scenario/api-path.ts';
import { answerApp, type AppDeps } from './app-routes.ts';
import { answerExperiment, type ExperimentDeps } from './experiment.ts';
import { requestOrigin } from './hosts.ts';
import { answerLogin, type LoginDeps } from './login.ts';
import { answerProxy, PROXY_PREFIX } from './proxy.ts';
import type { HandlerRequest, HandlerResponse } from './messages.ts';
import { badSession, jsonError, methodNotAllowed, notFound, NOSNIFF, splitTarget } from './responses.ts';

export type Listener = 'app' | 'api';

export type HandlerDeps = ExperimentDeps & LoginDeps & AppDeps;

export function handle(listener: Listener, request: HandlerRequest, deps: HandlerDeps): HandlerResponse {
  try {
    return route(listener, request, deps);
  } catch (error) {
    return jsonError(500, 'server-error', String(error));
  }
}

function route(listener: Listener, request: HandlerRequest, deps: HandlerDeps): HandlerResponse {
  const target = splitTarget(request.target);
  if (!target) return jsonError(400, 'bad-target', 'only request targets starting with "/" are answered');
  const origin = requestOrigin(request.headers);
  if (!origin) return jsonError(400, 'bad-host', 'the Host header must be a plain host[:port]');
  const { pathname, query } = target;
  if (listener === 'app' && pathname.startsWith(`${PROXY_PREFIX}/`)) {
    return answerProxy(request, origin, deps, (forwarded) => route('api', forwarded, deps));
  }

  if (/^\/[sr]\//.test(pathname)) {
    const call = parseApiPath(request.target);
    if (!call) return jsonError(400, 'bad-api-path', 'expected /s/<session>/<config><path> with a 16-64 character session id');
    if (!deps.sessions.verify(call.session)) return badSession();
    return answerExperiment(request, call, origin, deps);
  }
  return listener === 'api' ? answerApi(request, pathname, deps) : answerApp(request, pathname, query, origin, deps);
}

function answerApi(request: HandlerRequest, pathname: string, deps: HandlerDeps): HandlerResponse {
  if (pathname === '/__ping') {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(request.method, ['GET', 'HEAD']);
    // The page asks whether this host name resolves at all; anyone may know.
    return { status: 204, headers: [['Access-Control-Allow-Origin', '*'], NOSNIFF], body: '' };
  }
  const login = /^\/(login|logout)\/([^/]*)$/.exec(pathname);
  if (login) return answerLogin(request, login[1] as 'login' | 'logout', login[2]!, deps);
  return notFound(pathname);
}
