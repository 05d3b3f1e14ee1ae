// What the policy server will and will not send, checked in one place: the
// editor marks the field, the server refuses the same input with the same words.
import type { HeaderList, Policy, RawResponse, ServerSide } from '../scenario/types.ts';
import { originPatternProblem } from './pattern-syntax.ts';
import { isToken } from '../scenario/http-syntax.ts';

export interface Problem {
  /** Where, as a dotted path into the scenario's server side, e.g. "actual.headers.2.name". */
  path: string;
  message: string;
}

const FORBIDDEN_VALUE_CHARS = /[\r\n\0]/;
// Header values are bytes: a character above U+00FF has no byte to stand for it.
const NOT_LATIN1 = /[^\u0000-\u00ff]/;
/** The server's own safety header: always sent, first, and never set by a configuration. */
const SERVER_OWNED = 'x-content-type-options';

/** Why a value cannot be sent as a header value (or part of one), or null. */
export function valueProblem(value: string): string | null {
  if (FORBIDDEN_VALUE_CHARS.test(value)) return 'A header value cannot contain a line break or NUL.';
  const wide = NOT_LATIN1.exec(value);
  if (wide) return `A header value must be ISO-8859-1 text (one byte per character): "${wide[0]}" is not.`;
  return null;
}

/**
 * Response headers a learner may set. Everything CORS is about, plus caching
 * and timing; anything else (Set-Cookie, Content-Type, CSP…) could turn the API
 * origin into something other than a JSON API, so it is refused.
 */
export function isSettableResponseHeader(name: string): boolean {
  const n = name.toLowerCase();
  if (n === SERVER_OWNED) return false;
  return (
    n.startsWith('access-control-') ||
    n.startsWith('x-') ||
    n === 'vary' ||
    n === 'cache-control' ||
    // HTTP caching of the actual response: validators and freshness (policy.httpCache sends them too).
    n === 'etag' ||
    n === 'last-modified' ||
    n === 'expires' ||
    n === 'age' ||
    n === 'timing-allow-origin' ||
    n === 'location'
  );
}

/** "http://user:pass@host/x" → "http://host/x": user-info may be tried, the host is what is checked. */
export function withoutUserinfo(url: string): string {
  return url.replace(/^(https?:\/\/)[^/?#@]*@/i, '$1');
}

/**
 * A Location may only point back at the API (a token, or a path on the same
 * origin). Asked of the configuration, and again of the value once {origin}
 * is substituted (then `extraOrigins` are the API's resolved origins).
 */
export function locationProblem(value: string, extraOrigins: readonly string[]): string | null {
  // Browsers read a backslash as "/" and skip some whitespace, so http://evil\\@{api-host}/
  // would leave for another host while looking like the API: refused outright.
  if (/[\\\s]/.test(value.trim())) return 'A Location here cannot contain a backslash or whitespace.';
  const v = withoutUserinfo(value.trim());
  if (v.startsWith('/') && !v.startsWith('//')) return null;
  // {app}: a hop back to the page's own origin. The app port answers it as this same experiment
  // (respondContext rewrites it to {app}/r/…: JSON, never a page), so nothing else of the app is reachable.
  for (const prefix of ['{api}', '{api2}', '{app}', 'http://{api-host}', 'http://{api2-host}', ...extraOrigins]) {
    if (v === prefix || v.startsWith(prefix + '/') || v.startsWith(prefix + '?')) return null;
  }
  return 'Location may only point at the API itself or back at the app: start it with {api}/, {api2}/, {app}/ or / (or http://user:pass@{api2-host}/ to try user-info).';
}

function headerLineProblems(lines: HeaderList, path: string, opts: ValidateOptions, onlyX = false): Problem[] {
  const problems: Problem[] = [];
  lines.forEach(([name, value], i) => {
    if (!isToken(name)) {
      problems.push({ path: `${path}.${i}.name`, message: `"${name}" is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only).` });
    } else if (name.toLowerCase() === SERVER_OWNED) {
      problems.push({ path: `${path}.${i}.name`, message: 'The server always sends X-Content-Type-Options: nosniff itself; it cannot be set or changed.' });
    } else if (onlyX ? !name.toLowerCase().startsWith('x-') : !isSettableResponseHeader(name)) {
      problems.push({
        path: `${path}.${i}.name`,
        message: onlyX
          ? `Extra headers must start with X- ("${name}" does not).`
          : `The playground does not send ${name}: only Access-Control-*, Vary, Cache-Control, ETag, Last-Modified, Expires, Age, Timing-Allow-Origin, Location and X-* headers can be set.`,
      });
    }
    const unwritable = valueProblem(value);
    if (unwritable) {
      problems.push({ path: `${path}.${i}.value`, message: unwritable });
    } else if (name.toLowerCase() === 'location') {
      const p = locationProblem(value, opts.locationOrigins ?? []);
      if (p) problems.push({ path: `${path}.${i}.value`, message: p });
    }
  });
  return problems;
}

/**
 * Final statuses a browser takes as the answer: every three-digit status from
 * 200 to 999 (observed in Chromium: 600, 680, 799 and 999 reach script as
 * themselves). 100–199 are interim: the browser waits for another answer (a
 * lone 1xx fails to fetch). Chromium also reads 0, 99 or 1000 from a status
 * line, but those are not HTTP (a status is three digits), so none is sent.
 */
export const MIN_STATUS = 200;
export const MAX_STATUS = 999;

function statusProblem(status: number, path: string): Problem[] {
  if (Number.isInteger(status) && status >= MIN_STATUS && status <= MAX_STATUS) return [];
  const interim = Number.isInteger(status) && status >= 100 && status < 200 ? ' 1xx answers are interim: the browser would wait for a final one' : '';
  return [{ path, message: `Status must be a whole number from ${MIN_STATUS} to ${MAX_STATUS} (got ${status}).${interim}` }];
}

function textProblems(values: readonly string[], path: string): Problem[] {
  return values.flatMap((v, i) => {
    const unwritable = valueProblem(v);
    return unwritable ? [{ path: `${path}.${i}`, message: unwritable.replace('A header value', 'A value') }] : [];
  });
}

function policyProblems(p: Policy, opts: ValidateOptions): Problem[] {
  const problems: Problem[] = [
    ...statusProblem(p.preflightStatus, 'policy.preflightStatus'),
    ...statusProblem(p.actualStatus, 'policy.actualStatus'),
    ...headerLineProblems(p.proxyHeaders, 'policy.proxyHeaders', opts),
    ...headerLineProblems(p.extraHeaders, 'policy.extraHeaders', opts, true),
    ...textProblems(p.exposeHeaders, 'policy.exposeHeaders'),
  ];
  if (p.allowOrigin.type === 'list') problems.push(...textProblems(p.allowOrigin.origins, 'policy.allowOrigin.origins'));
  if (p.allowOrigin.type === 'fixed' && FORBIDDEN_VALUE_CHARS.test(p.allowOrigin.origin)) {
    problems.push({ path: 'policy.allowOrigin.origin', message: 'The origin cannot contain a line break or NUL.' });
  }
  if (p.allowOrigin.type === 'pattern') {
    const problem = originPatternProblem(p.allowOrigin.pattern);
    if (problem) problems.push({ path: 'policy.allowOrigin.pattern', message: problem });
  }
  if (p.allowMethods.type === 'list') problems.push(...textProblems(p.allowMethods.values, 'policy.allowMethods.values'));
  if (p.allowHeaders.type === 'list') problems.push(...textProblems(p.allowHeaders.values, 'policy.allowHeaders.values'));
  if (p.maxAge !== null && !Number.isInteger(p.maxAge)) {
    problems.push({ path: 'policy.maxAge', message: 'Max-age must be a whole number of seconds, or empty for none.' });
  }
  if (p.httpCache) {
    const unwritable = valueProblem(p.httpCache.cacheControl);
    if (unwritable) problems.push({ path: 'policy.httpCache.cacheControl', message: unwritable });
  }
  if (p.redirect && !(p.redirect.path.startsWith('/') && !p.redirect.path.startsWith('//'))) {
    problems.push({ path: 'policy.redirect.path', message: 'The redirect path must start with a single "/".' });
  } else if (p.redirect && valueProblem(p.redirect.path)) {
    problems.push({ path: 'policy.redirect.path', message: `The redirect path becomes a Location header: ${valueProblem(p.redirect.path)!.replace('A header value', 'it')}` });
  }
  return problems;
}

function rawProblems(r: RawResponse, path: string, opts: ValidateOptions): Problem[] {
  return [...statusProblem(r.status, `${path}.status`), ...headerLineProblems(r.headers, `${path}.headers`, opts)];
}

export interface ValidateOptions {
  /** Resolved API origins a Location may also start with (the server passes its own). */
  locationOrigins?: readonly string[];
}

/** Every reason the server would refuse this server side; empty when it is fine. */
export function validateServerSide(server: ServerSide, opts: ValidateOptions = {}): Problem[] {
  if (server.type === 'policy') return policyProblems(server.policy, opts);
  return [
    ...rawProblems(server.preflight, 'preflight', opts),
    ...rawProblems(server.actual, 'actual', opts),
    ...(server.answers ?? []).flatMap((row, i) => rawProblems(row.response, `answers.${i}.response`, opts)),
  ];
}

/**
 * Why the browser cannot send this request header, or null. fetch() throws a
 * TypeError for these ("Invalid name" / "Invalid value").
 */
export function headerProblem(name: string, value: string): string | null {
  if (!isToken(name)) return name === '' ? 'The header name is empty.' : `"${name}" is not a valid header name: fetch() throws "Invalid name".`;
  if (FORBIDDEN_VALUE_CHARS.test(value)) return 'The value contains a line break or NUL: fetch() throws "Invalid value".';
  // Header values are byte strings: fetch() refuses characters above U+00FF.
  if (/[^\u0000-\u00ff]/.test(value)) return 'The value has a character outside ISO-8859-1 (e.g. an emoji): fetch() throws.';
  return null;
}
