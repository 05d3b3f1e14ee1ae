// Small HTTP building blocks shared by the algorithms: tokens, header lists,
// and the URL parsing the engine needs (it has no URL global: it is pure ES2022).
import type { HeaderList } from '../scenario/types.ts';

import { getAll } from '../scenario/http-syntax.ts';

export { isToken, getAll, getJoined } from '../scenario/http-syntax.ts';

/** HTTP whitespace as Chromium's header parser trims it (space and tab). */
export function trimHttpWhitespace(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, '');
}

export function hasHeader(headers: HeaderList, name: string): boolean {
  return getAll(headers, name).length > 0;
}

export function withoutHeaders(headers: HeaderList, names: string[]): HeaderList {
  const drop = new Set(names.map((n) => n.toLowerCase()));
  return headers.filter(([n]) => !drop.has(n.toLowerCase()));
}

/** The response as Chromium's parser hands it on: each value trimmed. */
export function parsedResponseHeaders(headers: HeaderList): HeaderList {
  return headers.map(([n, v]) => [n, trimHttpWhitespace(v)]);
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** An absolute http(s) URL split into the parts CORS cares about. */
export interface ParsedUrl {
  scheme: string;
  userinfo: string;
  host: string;
  port: string;
  /** Path, query and fragment ("/" when empty). */
  rest: string;
  /** scheme://host[:port], lower-case, default port omitted. */
  origin: string;
  /** The URL as the browser serializes it. */
  href: string;
}

const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };
const ABSOLUTE = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)([^#]*)/;

// https://url.spec.whatwg.org/#concept-url-parser (only what http(s) needs)
export function parseUrl(text: string): ParsedUrl | null {
  const m = ABSOLUTE.exec(text.trim());
  if (!m) return null;
  const scheme = m[1]!.toLowerCase();
  if (!(scheme in DEFAULT_PORTS)) return null;
  const authority = m[2]!;
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : '';
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const hp = /^([^:]+)(?::(\d*))?$/.exec(hostPort);
  if (!hp || /[\s<>^|%]/.test(hp[1]!)) return null;
  const host = hp[1]!.toLowerCase();
  const rawPort = hp[2] ?? '';
  if (rawPort !== '' && Number(rawPort) > 65535) return null;
  const port = rawPort === '' || String(Number(rawPort)) === DEFAULT_PORTS[scheme] ? '' : String(Number(rawPort));
  const origin = `${scheme}://${host}${port ? ':' + port : ''}`;
  const rest = m[3] || '/';
  const auth = userinfo ? userinfo + '@' : '';
  return { scheme, userinfo, host, port, rest, origin, href: `${scheme}://${auth}${host}${port ? ':' + port : ''}${rest}` };
}

/** A Location value resolved against the URL that answered (absolute, or path-absolute). */
export function resolveLocation(location: string, base: ParsedUrl): ParsedUrl | null {
  const value = location.trim();
  if (value.startsWith('//')) return parseUrl(`${base.scheme}:${value}`);
  if (value.startsWith('/')) return parseUrl(`${base.origin}${value}`);
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value)) return parseUrl(value);
  const dir = base.rest.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  return parseUrl(`${base.origin}${dir}${value}`);
}

/**
 * Whether Chromium's GURL would accept an Access-Control-Allow-Origin value as
 * a URL at all (used only to choose between "invalid" and "mismatch").
 */
export function isValidGurl(text: string): boolean {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/.exec(text);
  if (!m) return false;
  const scheme = m[1]!.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return !/\s/.test(text);
  const afterScheme = m[2]!.replace(/^[/\\]*/, '');
  const authority = /^[^/?#\\]*/.exec(afterScheme)![0];
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const hp = /^([^:]*)(?::(\d*))?$/.exec(hostPort);
  if (!hp || hp[1] === '' || /[\s<>^|[\]]/.test(hp[1]!)) return false;
  return hp[2] === undefined || hp[2] === '' || Number(hp[2]) <= 65535;
}
