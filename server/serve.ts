// The handler with the request record around it: the session a request
// concerns is prepared from the record before the pure, synchronous handler
// runs (its login cookie; the entries a /__log read asks for), and what the
// handler recorded is stored before the answer is written, so the page that
// reads the record next (through any instance) finds it there.
import { parseApiPath, PROXY_PREFIX, type ApiPath } from '../src/scenario/api-path.ts';
import { needsArrivals } from './experiment.ts';
import { requestOrigin } from './hosts.ts';
import { handle, type HandlerDeps, type Listener } from './handler.ts';
import type { HandlerRequest, HandlerResponse } from './messages.ts';
import type { LogView, RequestRecord } from './record.ts';
import { splitTarget } from './responses.ts';

export interface ServeDeps extends HandlerDeps {
  record: RequestRecord;
}

/**
 * Which session's record a request reads or writes, and from which seq it reads; null when none.
 * @param readsEntries whether an experiment call must read the session's entries (to count arrivals)
 */
export function recordUse(listener: Listener, request: HandlerRequest, readsEntries: (call: ApiPath) => boolean = () => false): { session: string; after?: number } | null {
  const target = splitTarget(request.target);
  if (!target) return null;
  const { pathname, query } = target;
  const experiment = listener === 'app' && pathname.startsWith(`${PROXY_PREFIX}/`) ? request.target.slice(PROXY_PREFIX.length) : request.target;
  if (/^\/[sr]\//.test(splitTarget(experiment)?.pathname ?? '')) {
    const call = parseApiPath(experiment);
    if (!call) return null;
    return readsEntries(call) ? { session: call.session, after: 0 } : { session: call.session };
  }
  if (listener === 'api') {
    const login = /^\/(?:login|logout)\/([^/]*)$/.exec(pathname);
    return login ? { session: login[1]! } : null;
  }
  const log = /^\/__log\/([^/]*)$/.exec(pathname);
  if (!log) return null;
  const after = new URLSearchParams(query).get('after') ?? '0';
  return { session: log[1]!, after: /^\d{1,15}$/.test(after) ? Number(after) : 0 };
}

/** For requests the handler refuses before it looks at any record (a session this server did not issue). */
export const NO_RECORD: LogView = {
  record: () => undefined,
  setCookie: () => undefined,
  cookieOf: () => null,
  read: () => ({ entries: [], lastSeq: 0, cookie: null, sameSite: null }),
};

/** In memory the record is at hand: the handler answers at once, as it always has. */
export function serve(listener: Listener, request: HandlerRequest, deps: ServeDeps): HandlerResponse | Promise<HandlerResponse> {
  const { view } = deps.record;
  return view ? handle(listener, request, { ...deps, log: view }) : serveShared(listener, request, deps);
}

async function serveShared(listener: Listener, request: HandlerRequest, deps: ServeDeps): Promise<HandlerResponse> {
  const use = recordUse(listener, request, (call) => needsArrivals(call, requestOrigin(request.headers) ?? '', deps));
  if (!use || !deps.sessions.verify(use.session)) return handle(listener, request, { ...deps, log: NO_RECORD });
  const { view, commit } = await deps.record.prepare(use.session, use.after);
  const response = handle(listener, request, { ...deps, log: view });
  await commit();
  return response;
}
