// STUB being written by the lead: signature is final, body is not.
import type { HeaderList, ServerSide } from '../scenario/types.ts';

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
}

export interface RespondContext {
  /** The URL a redirect of the actual request points to (already built by the caller from wire.ts). */
  redirectTarget: (to: 'same-origin' | 'other-origin', path: string) => string;
  /** True when this request is the target of an earlier redirect: it is answered, never redirected again. */
  redirected: boolean;
  /** The path and query the scenario asked for (after /s/<session>/<config>). */
  path: string;
}

/** A preflight is OPTIONS carrying Access-Control-Request-Method (as rs/cors decides). */
export function isPreflight(req: IncomingRequest): boolean {
  return req.method === 'OPTIONS' && req.headers.some(([n]) => n.toLowerCase() === 'access-control-request-method');
}

/** The pure policy server: the response to one request under one (token-resolved) server side. */
export function respond(server: ServerSide, req: IncomingRequest, ctx: RespondContext): OutgoingResponse {
  void server; void req; void ctx;
  throw new Error('stub');
}
