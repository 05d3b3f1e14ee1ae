// Reads a check or an audit from untrusted JSON (the endpoints' bodies, the
// CLI's arguments) into the typed input, naming the field at fault. Never throws.
import { parseRequest } from '../scenario/parse.ts';
import { isSerializedOrigin } from '../engine/attacker-origins.ts';
import { parseUrl } from '../engine/http.ts';
import type { AuditInput, CheckInput, CheckRefusal, TypedCredentials } from './types.ts';

export type InputResult<T> = { ok: true; value: T } | { ok: false; refusal: CheckRefusal };

const MAX_TRUSTED = 8;
const MAX_URL = 2048;

function refuse(error: CheckRefusal['error'], field: string, message: string): { ok: false; refusal: CheckRefusal } {
  return { ok: false, refusal: { error, field, message: `${field}: ${message}` } };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Why `url` cannot be probed (not absolute http(s), user-info, too long), or null. */
export function urlProblem(url: unknown): string | null {
  if (typeof url !== 'string' || url.trim() === '') return 'expected an absolute http:// or https:// URL';
  if (url.length > MAX_URL) return `is longer than ${MAX_URL} characters`;
  const parsed = parseUrl(url);
  if (!parsed) return `"${url}" is not an absolute http:// or https:// URL`;
  if (parsed.userinfo) return 'a URL with a user name or password is refused by fetch() itself; type credentials in their own fields';
  if (/[\s"<>\\^`{|}]/.test(parsed.rest) || /#/.test(url)) return 'the path and query may not contain spaces, quotes, <, >, \\, ^, `, {, |, } or a fragment';
  return null;
}

/** A front-end origin: a serialized http(s) origin ("http://localhost:3000") or "null". */
export function originProblem(origin: unknown): string | null {
  if (origin === 'null') return null;
  if (typeof origin !== 'string') return 'expected an origin such as "http://localhost:3000", or "null"';
  if (isSerializedOrigin(origin) || /^https?:\/\/(\d{1,3}\.){3}\d{1,3}(:\d{1,5})?$/.test(origin)) return null;
  return `"${origin}" is not a serialized origin (scheme://host[:port], lower case, no path, no default port), nor "null"`;
}

function credentials(v: unknown, field: string): InputResult<TypedCredentials | undefined> {
  if (v === undefined) return { ok: true, value: undefined };
  if (!isObject(v)) return refuse('bad-input', field, 'expected an object { cookie?, authorization? }');
  const out: TypedCredentials = {};
  for (const key of ['cookie', 'authorization'] as const) {
    const value = v[key];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') return refuse('bad-input', `${field}.${key}`, 'expected a string');
    if (/[\r\n\0]/.test(value) || value.length > 4096) return refuse('bad-input', `${field}.${key}`, 'must be one line of at most 4096 characters');
    out[key] = value;
  }
  return { ok: true, value: out };
}

export function readCheckInput(v: unknown): InputResult<CheckInput> {
  if (!isObject(v)) return refuse('bad-input', '(body)', 'expected a JSON object { url, origin, … }');
  const url = urlProblem(v.url);
  if (url) return refuse('bad-url', 'url', url);
  const origin = originProblem(v.origin);
  if (origin) return refuse('bad-input', 'origin', origin);
  let request;
  try {
    // The fetch() fields mean what they mean in a scenario: one reader for both.
    request = parseRequest({ method: v.method, headers: v.headers, body: v.body, credentials: v.credentials, redirect: v.redirect }, 'check');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = message.indexOf(': ');
    const field = at > 0 ? message.slice('check.'.length, at) : '(body)';
    return refuse('bad-input', field, at > 0 ? message.slice(at + 2) : message);
  }
  if (request.headers.length > 64) return refuse('bad-input', 'headers', 'at most 64 header lines');
  const typed = credentials(v.typedCredentials, 'typedCredentials');
  if (!typed.ok) return typed;
  return {
    ok: true,
    value: {
      url: v.url as string, origin: v.origin as string, method: request.method, headers: request.headers, body: request.body,
      credentials: request.credentials, redirect: request.redirect, ...(typed.value ? { typedCredentials: typed.value } : {}),
    },
  };
}

export function readAuditInput(v: unknown): InputResult<AuditInput> {
  if (!isObject(v)) return refuse('bad-input', '(body)', 'expected a JSON object { url, trusted: [origins] }');
  const url = urlProblem(v.url);
  if (url) return refuse('bad-url', 'url', url);
  if (!Array.isArray(v.trusted) || v.trusted.length === 0) return refuse('bad-input', 'trusted', 'expected a list of at least one trusted origin');
  if (v.trusted.length > MAX_TRUSTED) return refuse('bad-input', 'trusted', `at most ${MAX_TRUSTED} trusted origins`);
  for (const [i, o] of v.trusted.entries()) {
    const problem = o === 'null' ? 'trusting "null" is itself the misconfiguration the audit looks for' : originProblem(o);
    if (problem) return refuse('bad-input', `trusted[${i}]`, problem);
  }
  const method = v.method === undefined ? 'GET' : v.method;
  if (typeof method !== 'string' || !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,32}$/.test(method)) return refuse('bad-input', 'method', 'expected an HTTP method token');
  const typed = credentials(v.typedCredentials, 'typedCredentials');
  if (!typed.ok) return typed;
  return {
    ok: true,
    value: { url: v.url as string, trusted: v.trusted as string[], method, ...(typed.value ? { typedCredentials: typed.value } : {}) },
  };
}
