// POST /__check and POST /__audit on the app port: the only routes that
// answer asynchronously (they wait for the probe). Answered only for the app
// origin's Host, only to JSON from the app's own page; bad input gets a
// located 400 (src/check/input.ts), never a 500.
import { readAuditInput, readCheckInput } from '../../src/check/input.ts';
import { AUDIT_PATH, CHECK_PATH, PROBE_LIMITS, type CheckRefusal } from '../../src/check/types.ts';
import { appOrigins, headerValue, isAppOrigin, requestOrigin, type Deployments } from '../hosts.ts';
import type { HandlerRequest, HandlerResponse } from '../messages.ts';
import { json, jsonError, splitTarget } from '../responses.ts';
import { resolveHost, type AddressPolicy } from './addresses.ts';
import { runAudit } from './audit.ts';
import { runCheck } from './check.ts';
import type { RateLimiter } from './rate-limit.ts';

/** publicMode (PUBLIC=1): no loopback, private or link-local targets, and a per-client rate limit. */
export interface CheckDeps extends Deployments, AddressPolicy {
  rateLimiter: RateLimiter;
}

const STATUS: Record<CheckRefusal['error'], number> = {
  'bad-json': 400, 'bad-input': 400, 'bad-url': 400, 'forbidden-address': 403, 'rate-limited': 429, 'body-too-large': 413,
  'bad-content-type': 415, 'forbidden-origin': 403, 'method-not-allowed': 405, 'forbidden-host': 403,
};
const NO_STORE: [string, string] = ['Cache-Control', 'no-store'];

function refuse(refusal: CheckRefusal): HandlerResponse {
  const extra: [string, string][] = [NO_STORE];
  if (refusal.retryAfterSeconds) extra.push(['Retry-After', String(refusal.retryAfterSeconds)]);
  if (refusal.error === 'method-not-allowed') extra.push(['Allow', 'POST']);
  return json(STATUS[refusal.error], refusal, extra);
}

/** The answer to a check or audit request, or null when the request is for another route. */
export function answerCheckRoute(request: HandlerRequest, deps: CheckDeps): Promise<HandlerResponse> | null {
  const pathname = splitTarget(request.target)?.pathname;
  if (pathname !== CHECK_PATH && pathname !== AUDIT_PATH) return null;
  return answer(request, pathname, deps).catch((error: unknown) => jsonError(500, 'server-error', String(error)));
}

function gate(request: HandlerRequest, deps: CheckDeps): CheckRefusal | null {
  const host = requestOrigin(request.headers);
  if (!host || !isAppOrigin(host, deps)) return { error: 'forbidden-host', message: `answered only for Host ${appOrigins(deps).map((o) => o.slice(7)).join(' or ')}` };
  if (request.method !== 'POST') return { error: 'method-not-allowed', message: `${request.method} is not answered here: POST a JSON body` };
  const origin = headerValue(request.headers, 'origin');
  const site = headerValue(request.headers, 'sec-fetch-site');
  if ((origin !== undefined && !appOrigins(deps).includes(origin)) || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
    return { error: 'forbidden-origin', message: 'only the playground\'s own page may ask for a check' };
  }
  const type = headerValue(request.headers, 'content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) return { error: 'bad-content-type', message: 'send Content-Type: application/json' };
  if (request.body.length > PROBE_LIMITS.inputBytes) return { error: 'body-too-large', message: `the body is over ${PROBE_LIMITS.inputBytes} bytes` };
  return null;
}

async function answer(request: HandlerRequest, pathname: string, deps: CheckDeps): Promise<HandlerResponse> {
  const refused = gate(request, deps);
  if (refused) return refuse(refused);
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(request.body).toString('utf8'));
  } catch (error) {
    return refuse({ error: 'bad-json', field: '(body)', message: `(body): not JSON: ${error instanceof Error ? error.message : String(error)}` });
  }
  const input = pathname === CHECK_PATH ? readCheckInput(body) : readAuditInput(body);
  if (!input.ok) return refuse(input.refusal);
  if (deps.publicMode) {
    const wait = deps.rateLimiter.take(request.remoteAddress ?? 'unknown');
    if (wait !== null) return refuse({ error: 'rate-limited', message: `too many checks from this client: try again in ${wait} s`, retryAfterSeconds: wait });
    // Refused before anything is sent; every request (redirects too) is checked again as it goes.
    const target = await resolveHost(new URL(input.value.url).hostname, deps);
    if (!target.ok) return refuse({ error: target.kind === 'dns' ? 'bad-url' : 'forbidden-address', field: 'url', message: `url: ${target.message}` });
  }
  const { publicMode, resolver, isInternal } = deps;
  const options = { publicMode, ...(resolver ? { resolver } : {}), ...(isInternal ? { isInternal } : {}) };
  const result = 'trusted' in input.value ? await runAudit(input.value, options) : await runCheck(input.value, options);
  return json(200, result, [NO_STORE]);
}
