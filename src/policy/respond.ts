// The pure policy server: given a (token-resolved) server side and one request,
// the exact response. It sends what it is told, broken or not, because
// learners need to see broken configurations fail. The socket adapter in
// server/ writes these lines verbatim; the engine asks this same function what
// the server would answer.
import type { AllowList, HeaderList, HttpCachePolicy, Policy, RawResponse, ServerSide } from '../scenario/types.ts';
import { patternAllowsOrigin } from './pattern-syntax.ts';
import { getJoined } from '../scenario/http-syntax.ts';
import type { VictimUser } from '../scenario/victim.ts';
import { valueProblem } from './validate.ts';
import { bodyKind, channelBody, type ChannelBody } from './channel-body.ts';
import { cachingHeaders, notModified } from './http-cache-answer.ts';
import { answerRowFor, arrivalKey } from './answers.ts';
import { lineBytes, MAX_ANSWER_BODY_BYTES, MAX_ANSWER_HEADER_BYTES, substituteOrigin, type Refusal } from './substitution.ts';

export { MAX_ANSWER_BODY_BYTES, MAX_ANSWER_HEADER_BYTES } from './substitution.ts';

/** One request as the server received it. */
export interface IncomingRequest {
  method: string; // the token exactly as sent
  url: string; // absolute URL, e.g. http://api.playground.localhost:8787/s/<session>/<config>/data?x=1
  headers: HeaderList; // in the order received
}

/** What the server answers: written verbatim by the adapter (plus Content-Length/Connection). */
export interface OutgoingResponse {
  status: number;
  headers: HeaderList;
  body: string;
  /** Which part of a raw server side wrote it: its preflight, its actual, or answer row n (version 2). For the fix finder. */
  answeredBy?: AnsweredBy;
}

export type AnsweredBy = 'preflight' | 'actual' | { row: number };

export interface RespondContext {
  /** The URL a policy redirect of the actual request points to (built by the caller from wire.ts). */
  redirectTarget: (to: 'same-origin' | 'other-origin', path: string) => string;
  /** A raw Location line's value as it should be sent (an API URL rewritten to its /r/ form). Identity when absent. */
  locationTarget?: (location: string) => string;
  /** True when this request is the target of an earlier redirect: it is answered, never redirected again. */
  redirected: boolean;
  /** The path and query the scenario asked for (after /s/<session>/<config>). */
  path: string;
  /**
   * The logged-in user's private data when this request carried the valid
   * login cookie (the server decides; the engine's model leaves it out: it
   * changes the body only, never a header or the status).
   */
  user?: VictimUser | null;
  /** The API's origins: where a raw Location may still point once {origin} is substituted. */
  apiOrigins?: readonly string[];
  /**
   * Which arrival this request is (1 = the first request of its kind at its path for this
   * server side in this tab): what answer rows with `when.arrival` are matched against.
   */
  arrival?: number;
}

/** A request header's value, several lines joined with ", " (as the browser would read them). */
const headerValue = getJoined;

/** A preflight is OPTIONS carrying Access-Control-Request-Method (as rs/cors decides). */
export function isPreflight(req: IncomingRequest): boolean {
  return req.method === 'OPTIONS' && headerValue(req.headers, 'access-control-request-method') !== null;
}

/** The Access-Control-Allow-Origin value this policy gives this Origin, or null for none. */
export function allowedOriginFor(policy: Policy, origin: string | null): string | null {
  const rule = policy.allowOrigin;
  switch (rule.type) {
    case 'none':
      return null;
    case 'any':
      return '*';
    case 'reflect':
      return origin;
    case 'fixed':
      // Sent whatever the request's Origin (or none): a string option does not compare.
      return rule.origin;
    case 'list':
      return origin !== null && rule.origins.includes(origin) ? origin : null;
    case 'pattern':
      return origin !== null && patternAllowsOrigin(rule.pattern, origin) ? origin : null;
  }
}

function allowListValue(list: AllowList, requested: string | null): string | null {
  if (list.type === 'any') return '*';
  if (list.type === 'mirror') return requested;
  return list.values.length > 0 ? list.values.join(', ') : null;
}

function push(headers: HeaderList, name: string, value: string | null): void {
  if (value !== null) headers.push([name, value]);
}

/** What a CORS middleware adds; `preflight` adds the Allow-Methods/-Headers/Max-Age family. */
function corsHeaders(p: Policy, req: IncomingRequest, preflight: boolean): HeaderList {
  const headers: HeaderList = [];
  const origin = headerValue(req.headers, 'origin');
  push(headers, 'Access-Control-Allow-Origin', allowedOriginFor(p, origin));
  if (p.allowCredentials) headers.push(['Access-Control-Allow-Credentials', 'true']);
  if (preflight) {
    push(headers, 'Access-Control-Allow-Methods', allowListValue(p.allowMethods, headerValue(req.headers, 'access-control-request-method')));
    push(headers, 'Access-Control-Allow-Headers', allowListValue(p.allowHeaders, headerValue(req.headers, 'access-control-request-headers')));
    if (p.maxAge !== null) headers.push(['Access-Control-Max-Age', String(p.maxAge)]);
  } else if (p.exposeHeaders.length > 0) {
    headers.push(['Access-Control-Expose-Headers', p.exposeHeaders.join(', ')]);
  }
  const vary: string[] = [];
  // A fixed origin does not depend on the request, so it needs no Vary: Origin.
  if (p.varyOrigin && ['reflect', 'list', 'pattern'].includes(p.allowOrigin.type)) vary.push('Origin');
  if (preflight && p.allowHeaders.type === 'mirror') vary.push('Access-Control-Request-Headers');
  if (vary.length > 0) headers.push(['Vary', vary.join(', ')]);
  return headers;
}

/** The small answer every response carries, so JavaScript has something to read (shaped for who asked: channel-body.ts). */
function answerBody(req: IncomingRequest, ctx: RespondContext, status: number): ChannelBody {
  const answer = { ok: status < 400, method: req.method, path: ctx.path, redirected: ctx.redirected };
  return channelBody(bodyKind(req.headers), answer, ctx.user);
}

/**
 * The answer as sent: the server's safety header first (a raw line can
 * neither precede nor replace it), and never more than the bounds: past
 * them, a 400 naming what made it too large.
 */
function finish(status: number, headers: HeaderList, answer: ChannelBody | null): OutgoingResponse {
  const body = answer?.body ?? '';
  const withBody = status !== 204 && status !== 304 && body !== '';
  if (headers.reduce((n, [name, value]) => n + lineBytes(name, value), 0) > MAX_ANSWER_HEADER_BYTES) {
    return refuse({ path: 'headers', message: `The answer's headers would pass ${MAX_ANSWER_HEADER_BYTES} bytes.` });
  }
  // Reflected and mirrored request values too are checked as sent (the socket parser already refuses CR/LF/NUL in a request).
  const unsafe = headers.find(([, value]) => valueProblem(value) !== null);
  if (unsafe) return refuse({ path: `response.${unsafe[0]}`, message: `echoes a request value that cannot be sent back: ${valueProblem(unsafe[1])}` });
  if (withBody && body.length > MAX_ANSWER_BODY_BYTES) {
    return refuse({ path: 'path', message: `The answer's body (which echoes the path) would pass ${MAX_ANSWER_BODY_BYTES} bytes.` });
  }
  return {
    status,
    headers: [['X-Content-Type-Options', 'nosniff'], ...headers, ...(withBody && answer ? answer.headers : [])],
    body: withBody ? body : '',
  };
}

/** The configuration cannot be answered for this request: the server's own 400, naming the field. */
function refuse({ path, message }: Refusal): OutgoingResponse {
  return {
    status: 400,
    headers: [['X-Content-Type-Options', 'nosniff'], ['Content-Type', 'application/json']],
    body: JSON.stringify({ error: 'bad-config', detail: `${path}: ${message}` }),
  };
}

function respondToPolicy(p: Policy, req: IncomingRequest, ctx: RespondContext): OutgoingResponse {
  if (isPreflight(req)) {
    return finish(p.preflightStatus, [...corsHeaders(p, req, true), ...p.proxyHeaders], null);
  }
  if (p.redirect && !ctx.redirected) {
    const location = ctx.redirectTarget(p.redirect.to, p.redirect.path);
    const headers: HeaderList = [...corsHeaders(p, req, false), ['Location', location], ...p.proxyHeaders];
    return finish(p.redirect.status, headers, channelBody('json', { redirect: location }, null));
  }
  const status = p.actualStatus;
  const cors = status >= 400 && !p.corsOnErrors ? [] : corsHeaders(p, req, false);
  if (p.httpCache && status === 200) return cacheableAnswer(p, p.httpCache, req, ctx, cors);
  return finish(status, [...cors, ...p.extraHeaders, ...p.proxyHeaders], answerBody(req, ctx, status));
}

/**
 * A 200 with the caching lines, or 304 Not Modified when the request's
 * preconditions match: without the CORS headers unless the policy says so
 * (only Vary of them, which RFC 9110 asks a 304 to repeat).
 */
function cacheableAnswer(p: Policy, c: HttpCachePolicy, req: IncomingRequest, ctx: RespondContext, cors: HeaderList): OutgoingResponse {
  const caching = cachingHeaders(c);
  if (notModified(c, req.headers)) {
    const kept = c.notModifiedCors ? cors : cors.filter(([name]) => name.toLowerCase() === 'vary');
    return finish(304, [...kept, ...caching, ...p.proxyHeaders], null);
  }
  return finish(200, [...cors, ...caching, ...p.extraHeaders, ...p.proxyHeaders], answerBody(req, ctx, 200));
}

/**
 * Raw lines are sent as written, `{origin}` becoming the request's Origin.
 * A redirect target answers with the same lines as 200 and no Location, so a
 * chain ends after one hop instead of looping; an answer row (`asWritten`) is
 * sent as it is, so rows can make chains and loops.
 */
function respondToRaw(raw: RawResponse, which: string, req: IncomingRequest, ctx: RespondContext, asWritten = false): OutgoingResponse {
  const origin = headerValue(req.headers, 'origin') ?? '';
  const endsChain = !asWritten && ctx.redirected && raw.status >= 300 && raw.status < 400;
  const substituted = substituteOrigin(raw.headers, origin, `${which}.headers`, ctx.apiOrigins ?? []);
  if (!substituted.ok) return refuse(substituted);
  const headers: HeaderList = [];
  for (const [name, text] of substituted.lines) {
    const isLocation = name.toLowerCase() === 'location';
    if (isLocation && endsChain) continue;
    headers.push([name, isLocation && ctx.locationTarget ? ctx.locationTarget(text) : text]);
  }
  const status = endsChain ? 200 : raw.status;
  return finish(status, headers, answerBody(req, ctx, status));
}

/** The pure policy server: the response to one request under one (token-resolved) server side. */
export function respond(server: ServerSide, req: IncomingRequest, ctx: RespondContext): OutgoingResponse {
  if (server.type === 'policy') return respondToPolicy(server.policy, req, ctx);
  const kind = isPreflight(req) ? 'preflight' : 'actual';
  // Version 2: the first answer row that serves this request wins, sent as written (its Location too: chains and loops).
  const rows = server.answers ?? [];
  const row = rows.length > 0 ? answerRowFor(rows, arrivalKey(kind, ctx.path), ctx.arrival) : null;
  if (row) {
    const n = rows.indexOf(row);
    return { ...respondToRaw(row.response, `answers.${n}.response`, req, ctx, true), answeredBy: { row: n } };
  }
  return { ...respondToRaw(kind === 'preflight' ? server.preflight : server.actual, kind, req, ctx), answeredBy: kind };
}
