// POST /login/<session> and /logout/<session> on the API origin: give this
// browser a cookie (or take it away) so credentialed experiments have one to
// send. Only the playground's own front end may read the answer.
// POST /login/<session>?sameSite=None sets it SameSite=None; Secure (Chromium
// stores Secure cookies on http://*.localhost: localhost counts as secure).
import { appOrigins, headerValue, type Deployments } from './hosts.ts';
import type { HandlerRequest, HandlerResponse } from './messages.ts';
import type { LogView } from './record.ts';
import type { HeaderList } from '../src/scenario/types.ts';
import { cookieAttributes, LOGIN_COOKIE, parseSameSite } from '../src/scenario/victim.ts';
import { badSession, json, jsonError, methodNotAllowed, NOSNIFF, splitTarget } from './responses.ts';
import type { SessionDeps } from './session-ids.ts';

export interface LoginDeps extends Deployments, SessionDeps {
  log: LogView;
  /** A fresh unguessable cookie value. */
  newCookieValue: () => string;
}


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
    return json(200, { cookie: null }, [...cors, ['Set-Cookie', `${LOGIN_COOKIE}=; ${cookieAttributes('Lax')}; Max-Age=0`]]);
  }
  const query = new URLSearchParams(splitTarget(request.target)?.query ?? '');
  const sameSite = parseSameSite(query.get('sameSite'));
  if (!sameSite) return jsonError(400, 'bad-same-site', 'sameSite must be Lax or None', cors);
  const value = deps.newCookieValue();
  deps.log.setCookie(session, value, sameSite);
  return json(200, { cookie: LOGIN_COOKIE, sameSite }, [...cors, ['Set-Cookie', `${LOGIN_COOKIE}=${value}; ${cookieAttributes(sameSite)}`]]);
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
