// What an imported cURL command or fetch() call becomes: the request a page's
// script makes. The browser's own headers (Cookie, User-Agent, Sec-*, Origin…)
// that DevTools copies are set aside, named, never replayed: the playground's
// browser sets its own, and the user's cookies are never forwarded.
import { isForbiddenRequestHeader } from '../../engine/safelist.ts';
import type { CredentialsMode, HeaderList, RequestBody, RequestMode, ScenarioRequest } from '../../scenario/types.ts';

export interface ImportedRequest {
  url: string;
  method: string;
  /** What script sets: browser-set headers removed. */
  headers: HeaderList;
  body: RequestBody;
  mode: RequestMode;
  credentials: CredentialsMode;
  /** The page's origin when the copy names it (the Origin header, or a referrer). */
  origin: string | null;
  /** Header names set aside (the browser sends its own), and cookies not kept. */
  setAside: string[];
}

export class ImportError extends Error {
  constructor(message: string, readonly at: number) {
    super(message);
  }
}

/** "line L, column C" of an offset into the pasted text. */
export function where(text: string, at: number): string {
  const before = text.slice(0, at).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

/** Headers browsers add on their own that DevTools copies; not forbidden, but no script set them. */
const ADDED_BY_BROWSER = new Set(['accept-language', 'cache-control', 'pragma', 'priority', 'dnt', 'upgrade-insecure-requests']);
const MODES: RequestMode[] = ['cors', 'no-cors', 'same-origin'];

export interface RawImport {
  url: string;
  method: string | null;
  headers: HeaderList;
  bodyText: string | null;
  /** A structured body (fetch() with FormData / URLSearchParams, curl -F) wins over bodyText. */
  body?: RequestBody;
  mode?: RequestMode;
  credentials?: CredentialsMode;
  origin?: string | null;
  setAside?: string[];
}

function originOf(url: string): string | null {
  try {
    const o = new URL(url).origin;
    return o === 'null' ? null : o;
  } catch {
    return null;
  }
}

/** A multipart body as DevTools copies it (boundary lines, Content-Disposition) → its fields; null if it has a file or does not parse. */
function multipartFields(text: string, contentType: string): HeaderList | null {
  const boundary = /boundary=("?)([^";]+)\1/i.exec(contentType)?.[2];
  if (!boundary) return null;
  const fields: HeaderList = [];
  for (const part of text.split(`--${boundary}`).slice(1)) {
    if (part.startsWith('--')) return fields;
    const m = /^\r?\nContent-Disposition: form-data; name="([^"]*)"\r?\n\r?\n([\s\S]*?)\r?\n$/i.exec(part);
    if (!m) return null;
    fields.push([m[1]!, m[2]!]);
  }
  return null;
}

function bodyOf(text: string | null, contentType: string | undefined): RequestBody {
  if (text === null) return { type: 'none' };
  const fields = contentType && /^multipart\/form-data/i.test(contentType) ? multipartFields(text, contentType) : null;
  if (fields) return { type: 'multipart', fields };
  return /^application\/(?:[\w.+-]*\+)?json\b/i.test(contentType ?? '') ? { type: 'json', text } : { type: 'text', text };
}

/** Cleans what a copy holds into the request script makes. */
export function finish(raw: RawImport): ImportedRequest {
  const setAside = [...(raw.setAside ?? [])];
  const headers: HeaderList = [];
  let origin = raw.origin ?? null;
  let mode = raw.mode;
  let credentials = raw.credentials;
  for (const [name, value] of raw.headers) {
    const lower = name.toLowerCase();
    if (lower === 'origin') origin = value;
    if (lower === 'referer' && origin === null) origin = originOf(value);
    if (lower === 'sec-fetch-mode' && MODES.includes(value as RequestMode)) mode ??= value as RequestMode;
    if (lower === 'cookie') credentials ??= 'include';
    if (isForbiddenRequestHeader(name, value) || ADDED_BY_BROWSER.has(lower) || (lower === 'accept' && value === '*/*')) setAside.push(name);
    else headers.push([name, value]);
  }
  const contentType = headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
  const method = raw.method ?? (raw.bodyText !== null || raw.body ? 'POST' : 'GET');
  const body = raw.body ?? bodyOf(raw.bodyText, contentType);
  // FormData brings its own Content-Type (and boundary): the copied one would be a second.
  const kept = body.type === 'multipart' ? headers.filter(([n]) => n.toLowerCase() !== 'content-type') : headers;
  return {
    url: raw.url, method, headers: kept, body,
    mode: mode ?? 'cors', credentials: credentials ?? 'same-origin', origin, setAside,
  };
}

/** The playground's request for an import: the URL's path goes to the API, its origin is the user's. */
export function toScenarioRequest(r: ImportedRequest): Partial<ScenarioRequest> {
  let path = '/api/data';
  try {
    const u = new URL(r.url, 'http://placeholder.invalid');
    path = (u.pathname + u.search).slice(0, 512);
  } catch {
    // finish() was given a URL both parsers accepted; a relative one keeps its path above.
  }
  return { path, method: r.method, headers: r.headers, body: r.body, mode: r.mode, credentials: r.credentials };
}
