// What every server target needs from a scenario: the policy with this
// deployment's origins, and the parts of it that no middleware configuration
// expresses (said once here, not in each generator).
import { resolveServerSide } from '../scenario/resolve.ts';
import type { Policy } from '../scenario/types.ts';
import type { ExportInput, ExportNote } from './types.ts';

export interface ServerParts {
  /** Null in raw mode: hand-written response lines are not a configuration. */
  policy: Policy | null;
  notes: ExportNote[];
  /** Path of the request, without the query (where the generated route answers). */
  path: string;
}

const cannot = (text: string): ExportNote => ({ kind: 'cannot-express', text });

export function serverParts(input: ExportInput): ServerParts {
  const path = new URL(input.scenario.request.path, 'http://x').pathname;
  const server = resolveServerSide(input.scenario.server, input.deployment);
  if (server.type === 'raw') {
    const text = 'Raw mode: these response lines are written by hand, not by a CORS middleware, so there is no configuration to export. Switch the server side to policy mode.';
    return { policy: null, notes: [cannot(text)], path };
  }
  const p = server.policy;
  const notes: ExportNote[] = [];
  if (p.proxyHeaders.length > 0) {
    const lines = p.proxyHeaders.map(([n, v]) => `${n}: ${v}`).join('; ');
    notes.push(cannot(`The proxy's own lines (${lines}) are not part of this export: they belong in the proxy, and CORS headers added twice make the browser refuse the response.`));
  }
  if (p.redirect) notes.push(cannot(`The ${p.redirect.status} redirect of the actual request is not exported: write it in your route.`));
  if (!p.corsOnErrors) notes.push(cannot('Errors without CORS headers (an error handler that runs before the middleware) is the bug being shown, not a setting: the export sends CORS headers on errors too.'));
  return { policy: p, notes, path };
}

/** An origin rule as data the generators switch on; "other" for a rule this export does not know yet. */
export type OriginRule =
  | { type: 'none' }
  | { type: 'any' }
  | { type: 'reflect' }
  // Sent to every caller: not a list of one, which is sent only to a matching Origin.
  | { type: 'fixed'; origin: string }
  | { type: 'list'; origins: string[] }
  | { type: 'pattern'; pattern: string }
  | { type: 'other'; what: string };

export function originRule(p: Policy): OriginRule {
  // Read loosely: a scenario saved by a newer version may hold a rule this export does not know.
  const rule = p.allowOrigin as { type: string; origins?: string[]; pattern?: string; origin?: string };
  switch (rule.type) {
    case 'none':
    case 'any':
    case 'reflect':
      return { type: rule.type };
    case 'fixed':
      return { type: 'fixed', origin: rule.origin ?? '' };
    case 'list':
      return { type: 'list', origins: rule.origins ?? [] };
    case 'pattern':
      return { type: 'pattern', pattern: rule.pattern ?? '' };
    default:
      return { type: 'other', what: rule.type };
  }
}

/**
 * The limit of a middleware that compares the Origin with what it allows, so
 * cannot send one origin to every caller: the export allows that one origin,
 * and `others` says what the rest get instead.
 */
export const fixedOriginLimit = (middleware: string, origin: string, others: string): ExportNote =>
  cannot(`${middleware} cannot send one fixed origin whatever the request's Origin: the export allows ${JSON.stringify(origin)} instead, so Access-Control-Allow-Origin is sent only when the Origin is exactly that; ${others}.`);

/** Whether Access-Control-Allow-Origin depends on the request (then caches must Vary on Origin); a fixed origin does not. */
export const originDepends = (rule: OriginRule) => rule.type === 'list' || rule.type === 'pattern' || rule.type === 'reflect';

/** The header lines the generated route adds to the actual response (X-* extras). */
export const extraHeaders = (p: Policy) => p.extraHeaders;

/** A double-quoted string literal valid in Python, Go and Java (JSON's escapes are a subset of theirs). */
export const quoted = (text: string) => JSON.stringify(text);

/** The small JSON body our policy server answers with, as a literal for generated routes. */
export const BODY = '{"ok":true}';
