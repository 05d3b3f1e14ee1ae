// Small builders for the answers the server itself composes (not the
// policy's). Everything sent from the API origin is JSON or text with
// nosniff, so no answer there can ever be read as HTML.
import type { HeaderList } from '../src/scenario/types.ts';
import type { HandlerResponse } from './messages.ts';

export const NOSNIFF: [string, string] = ['X-Content-Type-Options', 'nosniff'];

export function json(status: number, value: unknown, extra: HeaderList = []): HandlerResponse {
  return {
    status,
    headers: [NOSNIFF, ['Content-Type', 'application/json'], ...extra],
    body: JSON.stringify(value),
  };
}

/** The shape of every error the server itself answers: a code and one sentence. */
export function jsonError(status: number, error: string, detail: string, extra: HeaderList = []): HandlerResponse {
  return json(status, { error, detail }, extra);
}

/** An id this server did not issue (or issued before a restart): never used, whatever it is. */
export function badSession(extra: HeaderList = []): HandlerResponse {
  return jsonError(400, 'bad-session', 'this session id was not issued by this server (reload the page for a new one)', extra);
}

export function notFound(pathname: string): HandlerResponse {
  return jsonError(404, 'not-found', `nothing is served at ${pathname}`);
}

export function methodNotAllowed(method: string, allowed: string[]): HandlerResponse {
  return jsonError(405, 'method-not-allowed', `${method} is not answered here`, [['Allow', allowed.join(', ')]]);
}

/** The path and the query of an origin-form request-target, or null for any other form. */
export function splitTarget(target: string): { pathname: string; query: string } | null {
  if (!target.startsWith('/')) return null;
  const mark = target.indexOf('?');
  return mark < 0 ? { pathname: target, query: '' } : { pathname: target.slice(0, mark), query: target.slice(mark + 1) };
}
