// POST /login/<session> and /logout/<session> on the API origin: give this
// browser a cookie (or take it away) so credentialed experiments have one to
// send. Only the playground's own front end may read the answer.
import { appOrigins, headerValue, type Deployments } from './hosts.ts';
import type { HandlerRequest, HandlerResponse } from './messages.ts';
import type { RequestLog } from './request-log.ts';
import type { HeaderList } from '../src/scenario/types.ts';
import { badSession, json, methodNotAllowed, NOSNIFF } from './responses.ts';
import type { SessionDeps } from './session-ids.ts';

export interface LoginDeps extends Deployments, SessionDeps {
  log: RequestLog;
  /** A fresh unguessable cookie value. */
  newCookieValue: () => string;
}

export const COOKIE_NAME = 'pg_session';
const COOKIE_ATTRIBUTES = 'Path=/; SameSite=Lax; HttpOnly';

export function answerLogin(
  request: HandlerRequest,
  action: 'login' | 'logout',
  session: string,
  deps: LoginDeps,
): HandlerResponse {
  const cors = corsLines(request, deps);
  if (request.method === 'OPTIONS') {
    return { status: 204, headers: [...cors, ['Access-Control-Allow-Methods', 'POST'], NOSNIFF], body: '' };
  }
  if (request.method !== 'POST') return methodNotAllowed(request.method, ['POST', 'OPTIONS']);
  if (!deps.sessions.verify(session)) return badSession(cors);
  if (action === 'logout') {
    deps.log.setCookie(session, null);
    return json(200, { cookie: null }, [...cors, ['Set-Cookie', `${COOKIE_NAME}=; ${COOKIE_ATTRIBUTES}; Max-Age=0`]]);
  }
  const value = deps.newCookieValue();
  deps.log.setCookie(session, value);
  return json(200, { cookie: COOKIE_NAME }, [...cors, ['Set-Cookie', `${COOKIE_NAME}=${value}; ${COOKIE_ATTRIBUTES}`]]);
}

/** Credentialed CORS for the app origins only; Vary because the answer depends on Origin. */
function corsLines(request: HandlerRequest, deps: LoginDeps): HeaderList {
  const origin = headerValue(request.headers, 'origin');
  const allowed = origin !== undefined && appOrigins(deps).includes(origin);
  return [
    ...(allowed ? ([['Access-Control-Allow-Origin', origin], ['Access-Control-Allow-Credentials', 'true']] as HeaderList) : []),
    ['Vary', 'Origin'],
  ];
}
