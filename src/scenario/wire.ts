// How a scenario's server side travels to the policy server: inside the
// request URL (the layout is api-path.ts), so every server instance can answer
// without stored state and the URL stays the same for the same scenario (the
// preflight cache keys on it).
//
// <config> = "1" + base64url(deflate-raw(JSON of the token-resolved server side)).
// Chromium never caches preflights for URLs of 1024 characters or more, so
// compactness is a feature, not a nicety.
//
// Decoding only reads the shape (parseServerSide); whether the server may send
// what it describes is the policy's question (validateServerSide), asked by
// the server after decoding.
import type { ServerSide } from './types.ts';
import { fromBase64Url, toBase64Url } from './api-path.ts';
import { parseServerSide } from './parse.ts';

const VERSION = '1';
/** Largest config segment accepted, and largest inflated JSON: a bound, not a target. */
export const MAX_CONFIG_CHARS = 6000;
export const MAX_CONFIG_JSON_BYTES = 32 * 1024;

// CompressionStream and TextEncoder/TextDecoder exist in browsers and in
// Node ≥ 18, but not in the ES library types this pure module is checked against.
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
type StreamCtor = new (format: 'deflate-raw') => { readable: unknown; writable: unknown };
/** Compresses with the platform's CompressionStream (links reuse it: scenario/link.ts). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
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

/** The server side a config segment carries, structurally checked; not validated (see validateServerSide). */
export function decodeServerSide(text: string, inflateRaw: InflateRaw): DecodeResult {
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
  return parsed.ok ? { ok: true, server: parsed.value } : parsed;
}
