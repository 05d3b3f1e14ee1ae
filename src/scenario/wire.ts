// How a scenario's server side travels to the policy server: inside the
// request URL, so every server instance can answer without stored state and
// the URL stays the same for the same scenario (the preflight cache keys on it).
//
//   <origin>/s/<session>/<config><path>     the scenario's request
//   <origin>/r/<session>/<config><path>     the target of a redirect it asked for
//
// <config> = "1" + base64url(deflate-raw(JSON of the token-resolved server side)).
// Chromium never caches preflights for URLs of 1024 characters or more, so
// compactness is a feature, not a nicety.
import type { ServerSide } from './types.ts';
import { parseServerSide } from './parse.ts';
import { validateServerSide } from '../policy/validate.ts';

const VERSION = '1';
/** Largest config segment accepted, and largest inflated JSON: a bound, not a target. */
export const MAX_CONFIG_CHARS = 6000;
export const MAX_CONFIG_JSON_BYTES = 32 * 1024;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const ch of text) {
    acc = (acc << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

// CompressionStream and TextEncoder/TextDecoder exist in browsers and in
// Node ≥ 18, but not in the ES library types this pure module is checked against.
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
type StreamCtor = new (format: 'deflate-raw') => { readable: unknown; writable: unknown };
async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const Ctor = (globalThis as unknown as { CompressionStream: StreamCtor }).CompressionStream;
  const ResponseCtor = (globalThis as unknown as { Response: new (body: unknown) => { body: { pipeThrough(s: unknown): unknown }; arrayBuffer(): Promise<ArrayBuffer> } }).Response;
  const compressed = new ResponseCtor(bytes).body.pipeThrough(new Ctor('deflate-raw'));
  return new Uint8Array(await new ResponseCtor(compressed).arrayBuffer());
}

/** The compact, URL-safe encoding of a token-resolved server side. */
export async function encodeServerSide(server: ServerSide): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(server));
  return VERSION + toBase64Url(await deflateRaw(json));
}

/** Decoding is synchronous and bounded; the server passes its own inflate (node:zlib) so this file stays pure. */
export type InflateRaw = (bytes: Uint8Array, maxOutputLength: number) => Uint8Array;
export type DecodeResult = { ok: true; server: ServerSide } | { ok: false; error: string };

export function decodeServerSide(text: string, inflateRaw: InflateRaw, locationOrigins: readonly string[] = []): DecodeResult {
  if (text.length > MAX_CONFIG_CHARS) return { ok: false, error: `The configuration is too long (${text.length} characters, at most ${MAX_CONFIG_CHARS}).` };
  if (!text.startsWith(VERSION)) return { ok: false, error: `Unknown configuration version "${text.slice(0, 1)}" (expected "${VERSION}").` };
  const bytes = fromBase64Url(text.slice(VERSION.length));
  if (!bytes) return { ok: false, error: 'The configuration is not valid base64url.' };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflateRaw(bytes, MAX_CONFIG_JSON_BYTES)));
  } catch (e) {
    return { ok: false, error: `The configuration could not be read: ${(e as Error).message}` };
  }
  const parsed = parseServerSide(json, 'server');
  if (!parsed.ok) return parsed;
  const problems = validateServerSide(parsed.value, { locationOrigins });
  if (problems.length > 0) return { ok: false, error: problems.map((p) => `${p.path}: ${p.message}`).join(' ') };
  return { ok: true, server: parsed.value };
}

export function apiUrl(target: string, session: string, config: string, path: string, redirected = false): string {
  return `${target}/${redirected ? 'r' : 's'}/${session}/${config}${path.startsWith('/') ? path : '/' + path}`;
}

export interface ApiPath {
  session: string;
  config: string;
  /** The scenario's own path and query, starting with "/". */
  path: string;
  redirected: boolean;
}

const SESSION = /^[A-Za-z0-9_-]{16,64}$/;

/** Splits "/s/<session>/<config><path>"; null when the target is not an API call. */
export function parseApiPath(pathAndQuery: string): ApiPath | null {
  const m = /^\/([sr])\/([^/?#]+)\/([^/?#]+)(.*)$/.exec(pathAndQuery);
  if (!m || !SESSION.test(m[2]!)) return null;
  const rest = m[4]!;
  return { redirected: m[1] === 'r', session: m[2]!, config: m[3]!, path: rest.startsWith('/') ? rest : '/' + rest };
}

export function isValidSessionId(id: string): boolean {
  return SESSION.test(id);
}
