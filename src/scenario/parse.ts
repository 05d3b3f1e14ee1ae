// Reads a scenario from untrusted JSON (a link, a file) into the typed format,
// naming the first thing that is wrong. Never throws.
import type {
  AllowList, AllowOrigin, AnswerRow, AnswerWhen, HeaderList, HttpCachePolicy, NetworkPlacement, Policy, RawResponse, RequestBody, Scenario, ScenarioRequest, ServerSide,
} from './types.ts';
import { ADDRESS_SPACES, BODY_TYPES, DEFAULT_POLICY, DEFAULT_REQUEST, REFERRER_POLICIES, VIAS } from './defaults.ts';
import { needsVersion2 } from './version.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

class ParseError extends Error {}

function fail(path: string, what: string): never {
  throw new ParseError(`${path}: ${what}`);
}

function obj(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'expected an object');
  return v as Record<string, unknown>;
}
function str(v: unknown, path: string): string {
  if (typeof v !== 'string') fail(path, 'expected a string');
  return v;
}
function int(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(path, 'expected a whole number');
  return v;
}
function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail(path, 'expected true or false');
  return v;
}
function oneOf<T extends string>(v: unknown, path: string, options: readonly T[]): T {
  if (typeof v !== 'string' || !options.includes(v as T)) fail(path, `expected one of ${options.map((o) => `"${o}"`).join(', ')}`);
  return v as T;
}
function strings(v: unknown, path: string): string[] {
  if (!Array.isArray(v)) fail(path, 'expected a list of strings');
  return v.map((x, i) => str(x, `${path}[${i}]`));
}
function headerList(v: unknown, path: string): HeaderList {
  if (!Array.isArray(v)) fail(path, 'expected a list of [name, value] pairs');
  return v.map((pair, i) => {
    if (!Array.isArray(pair) || pair.length !== 2) fail(`${path}[${i}]`, 'expected a [name, value] pair');
    return [str(pair[0], `${path}[${i}][0]`), str(pair[1], `${path}[${i}][1]`)];
  });
}
/** Optional fields fall back to the default, so hand-written links can stay short. */
function opt<T>(o: Record<string, unknown>, key: string, fallback: T, read: (v: unknown, path: string) => T, path: string): T {
  return o[key] === undefined ? fallback : read(o[key], `${path}.${key}`);
}

function body(v: unknown, path: string): RequestBody {
  const o = obj(v, path);
  const type = oneOf(o.type, `${path}.type`, BODY_TYPES);
  if (type === 'none') return { type };
  if (type === 'urlencoded' || type === 'multipart') return { type, fields: headerList(o.fields, `${path}.fields`) };
  const text = str(o.text, `${path}.text`);
  if (type !== 'blob') return { type, text };
  const blob: RequestBody = { type, text, blobType: opt(o, 'blobType', '', str, path) };
  if (o.name !== undefined) blob.name = str(o.name, `${path}.name`);
  return blob;
}

/** keepalive, referrerPolicy and referrer: each written only when it is not fetch()'s default. */
function requestOptions(o: Record<string, unknown>, path: string, request: ScenarioRequest): void {
  if (opt(o, 'keepalive', false, bool, path)) request.keepalive = true;
  const policy = opt(o, 'referrerPolicy', '', (x, p) => oneOf(x, p, REFERRER_POLICIES), path);
  if (policy !== '') request.referrerPolicy = policy;
  if (o.referrer === undefined) return;
  // "" (no referrer) or a path on the page's origin, as long as a request path may be.
  const referrer = str(o.referrer, `${path}.referrer`);
  if (!/^(\/.{0,511})?$/s.test(referrer)) fail(`${path}.referrer`, 'expected "" or a path starting with "/" (at most 512 characters)');
  request.referrer = referrer;
}

/** fetch()'s targetAddressSpace: written only when given. */
function targetAddressSpace(o: Record<string, unknown>, path: string, request: ScenarioRequest): void {
  if (o.targetAddressSpace !== undefined) request.targetAddressSpace = oneOf(o.targetAddressSpace, `${path}.targetAddressSpace`, ADDRESS_SPACES);
}

/** scenario.network (Local Network Access): the page's address space and the user's answer; both required when it is given. */
function network(v: unknown, path: string): NetworkPlacement {
  const o = obj(v, path);
  const placement: NetworkPlacement = {
    page: oneOf(o.page, `${path}.page`, ADDRESS_SPACES),
    permission: oneOf(o.permission, `${path}.permission`, ['denied', 'granted'] as const),
  };
  if (o.secureContext !== undefined && o.secureContext !== true) {
    if (o.secureContext !== false) fail(`${path}.secureContext`, 'expected false (or leave it out: a secure context)');
    placement.secureContext = false;
  }
  return placement;
}

export function parseRequest(v: unknown, path: string): ScenarioRequest {
  const o = obj(v, path);
  const d = DEFAULT_REQUEST;
  const request: ScenarioRequest = {
    from: opt(o, 'from', d.from, (x, p) => oneOf(x, p, ['app', 'admin', 'sibling', 'cross-site', 'null', 'same-origin'] as const), path),
    path: opt(o, 'path', d.path, str, path),
    method: opt(o, 'method', d.method, str, path),
    headers: opt(o, 'headers', d.headers, headerList, path),
    body: opt(o, 'body', d.body, body, path),
    mode: opt(o, 'mode', d.mode, (x, p) => oneOf(x, p, ['cors', 'no-cors', 'same-origin'] as const), path),
    credentials: opt(o, 'credentials', d.credentials, (x, p) => oneOf(x, p, ['omit', 'same-origin', 'include'] as const), path),
    cache: opt(o, 'cache', d.cache, (x, p) => oneOf(x, p, ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'] as const), path),
    redirect: opt(o, 'redirect', d.redirect, (x, p) => oneOf(x, p, ['follow', 'error', 'manual'] as const), path),
  };
  // 'fetch' is the default and is left out, so a scenario compares equal however it was written.
  const via = opt(o, 'via', 'fetch', (x, p) => oneOf(x, p, VIAS), path);
  if (via !== 'fetch') request.via = via;
  if (opt(o, 'proxy', false, bool, path)) request.proxy = true;
  requestOptions(o, path, request);
  targetAddressSpace(o, path, request);
  if (!request.path.startsWith('/')) fail(`${path}.path`, 'must start with "/"');
  if (request.path.length > 512) fail(`${path}.path`, 'is longer than 512 characters');
  return request;
}

function allowOrigin(v: unknown, path: string): AllowOrigin {
  const o = obj(v, path);
  const type = oneOf(o.type, `${path}.type`, ['none', 'any', 'reflect', 'fixed', 'list', 'pattern'] as const);
  if (type === 'fixed') return { type, origin: str(o.origin, `${path}.origin`) };
  if (type === 'list') return { type, origins: strings(o.origins, `${path}.origins`) };
  if (type === 'pattern') return { type, pattern: str(o.pattern, `${path}.pattern`) };
  return { type };
}

function allowList(v: unknown, path: string): AllowList {
  const o = obj(v, path);
  const type = oneOf(o.type, `${path}.type`, ['list', 'any', 'mirror'] as const);
  return type === 'list' ? { type, values: strings(o.values, `${path}.values`) } : { type };
}

function redirect(v: unknown, path: string): Policy['redirect'] {
  if (v === null) return null;
  const o = obj(v, path);
  const status = int(o.status, `${path}.status`);
  if (![301, 302, 303, 307, 308].includes(status)) fail(`${path}.status`, 'expected 301, 302, 303, 307 or 308');
  return {
    status: status as 301 | 302 | 303 | 307 | 308,
    to: oneOf(o.to, `${path}.to`, ['same-origin', 'other-origin'] as const),
    path: str(o.path, `${path}.path`),
  };
}

// policy.httpCache: every field may be left out (no caching header, no validator, a 304 without CORS headers).
function httpCache(v: unknown, path: string): HttpCachePolicy {
  const o = obj(v, path);
  return {
    cacheControl: opt(o, 'cacheControl', '', str, path),
    etag: opt(o, 'etag', false, bool, path),
    lastModified: opt(o, 'lastModified', false, bool, path),
    notModifiedCors: opt(o, 'notModifiedCors', false, bool, path),
  };
}

function policy(v: unknown, path: string): Policy {
  const o = obj(v, path);
  const d = DEFAULT_POLICY;
  return {
    allowOrigin: opt(o, 'allowOrigin', d.allowOrigin, allowOrigin, path),
    allowMethods: opt(o, 'allowMethods', d.allowMethods, allowList, path),
    allowHeaders: opt(o, 'allowHeaders', d.allowHeaders, allowList, path),
    exposeHeaders: opt(o, 'exposeHeaders', d.exposeHeaders, strings, path),
    allowCredentials: opt(o, 'allowCredentials', d.allowCredentials, bool, path),
    maxAge: opt(o, 'maxAge', d.maxAge, (x, p) => (x === null ? null : int(x, p)), path),
    varyOrigin: opt(o, 'varyOrigin', d.varyOrigin, bool, path),
    preflightStatus: opt(o, 'preflightStatus', d.preflightStatus, int, path),
    actualStatus: opt(o, 'actualStatus', d.actualStatus, int, path),
    corsOnErrors: opt(o, 'corsOnErrors', d.corsOnErrors, bool, path),
    proxyHeaders: opt(o, 'proxyHeaders', d.proxyHeaders, headerList, path),
    extraHeaders: opt(o, 'extraHeaders', d.extraHeaders, headerList, path),
    redirect: opt(o, 'redirect', d.redirect, redirect, path),
    // Written only when true (absent means the default: no Origin check).
    ...(opt(o, 'wsCheckOrigin', false, bool, path) ? { wsCheckOrigin: true } : {}),
    // Absent (or null) means no HTTP caching: links made before it keep their meaning.
    ...(o.httpCache !== undefined && o.httpCache !== null ? { httpCache: httpCache(o.httpCache, `${path}.httpCache`) } : {}),
  };
}

function raw(v: unknown, path: string): RawResponse {
  const o = obj(v, path);
  return { status: int(o.status, `${path}.status`), headers: headerList(o.headers, `${path}.headers`) };
}

// --- version 2: answers by hop and by arrival ---
/** The most answer rows a server side may hold: far more than any chain or sequence needs. */
export const MAX_ANSWER_ROWS = 32;

function answerWhen(v: unknown, path: string): AnswerWhen {
  const o = obj(v, path);
  const when: AnswerWhen = {};
  if (o.kind !== undefined) when.kind = oneOf(o.kind, `${path}.kind`, ['preflight', 'actual'] as const);
  if (o.path !== undefined) {
    when.path = str(o.path, `${path}.path`);
    if (!when.path.startsWith('/') || /[?#]/.test(when.path)) fail(`${path}.path`, 'must start with "/" and hold no "?" or "#" (the path alone)');
  }
  if (o.arrival !== undefined) {
    when.arrival = int(o.arrival, `${path}.arrival`);
    if (when.arrival < 1) fail(`${path}.arrival`, 'expected 1 (the first arrival) or more');
  }
  return when;
}

function answers(v: unknown, path: string): AnswerRow[] {
  if (!Array.isArray(v)) fail(path, 'expected a list of { when, response } rows');
  if (v.length > MAX_ANSWER_ROWS) fail(path, `expected at most ${MAX_ANSWER_ROWS} rows (got ${v.length})`);
  return v.map((row, i) => {
    const o = obj(row, `${path}[${i}]`);
    return { when: answerWhen(o.when ?? {}, `${path}[${i}].when`), response: raw(o.response, `${path}[${i}].response`) };
  });
}

function serverSide(v: unknown, path: string): ServerSide {
  const o = obj(v, path);
  const type = oneOf(o.type, `${path}.type`, ['policy', 'raw'] as const);
  if (type === 'policy') return { type, policy: policy(o.policy ?? {}, `${path}.policy`) };
  const side: ServerSide = { type, preflight: raw(o.preflight, `${path}.preflight`), actual: raw(o.actual, `${path}.actual`) };
  // Written only when there are rows, so a version-1 server side compares equal however it was written.
  const rows = opt(o, 'answers', [], answers, path);
  if (rows.length > 0) side.answers = rows;
  return side;
}

function attempt<T>(read: () => T): Parsed<T> {
  try {
    return { ok: true, value: read() };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message };
    throw e;
  }
}

export function parseServerSide(v: unknown, path = 'server'): Parsed<ServerSide> {
  return attempt(() => serverSide(v, path));
}

/** A scenario from its JSON text, e.g. the #scenario= part of a link. */
export function parseScenario(text: string): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The scenario is not valid JSON (${(e as Error).message}).` };
  }
  const result = attempt((): Scenario => {
    const o = obj(json, 'scenario');
    if (o.version !== 1 && o.version !== 2) fail('scenario.version', `expected 1 or 2 (got ${JSON.stringify(o.version)})`);
    const scenario: Scenario = {
      version: o.version,
      request: parseRequest(o.request ?? {}, 'scenario.request'),
      server: serverSide(o.server ?? { type: 'policy' }, 'scenario.server'),
    };
    // Version 1 had no answer rows (it ignored unknown fields): they need the version that gives them a meaning.
    if (scenario.version === 1 && needsVersion2(scenario.server)) {
      fail('scenario.server.answers', 'answers by hop and arrival need "version": 2');
    }
    if (o.title !== undefined) scenario.title = str(o.title, 'scenario.title');
    // Absent (or null) means loopback with nothing to ask: every link made before it keeps its meaning.
    if (o.network !== undefined && o.network !== null) scenario.network = network(o.network, 'scenario.network');
    return scenario;
  });
  return result.ok ? { ok: true, scenario: result.value } : result;
}
