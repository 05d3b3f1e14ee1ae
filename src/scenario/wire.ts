// How a scenario's server side travels to the policy server: inside the
// request URL (the layout is api-path.ts), so every server instance can answer
// without stored state and the URL stays the same for the same scenario (the
// preflight cache keys on it).
//
// <config> = "1" + base64url(deflate-raw(JSON of the token-resolved server side)).
// Chromium never caches preflights for URLs of 1024 characters or more, so
// compactness is a feature, not a nicety.
//
// Decoding (wire-decode.ts, the server's side: kept apart so the page, which only
// encodes, does not load the parser up front) only reads the shape.
import type { ServerSide } from './types.ts';
import { toBase64Url } from './api-path.ts';

export const VERSION = '1';
/** Largest config segment accepted, and largest inflated JSON: a bound, not a target. */
export const MAX_CONFIG_CHARS = 6000;
export const MAX_CONFIG_JSON_BYTES = 32 * 1024;

// CompressionStream and TextEncoder exist in browsers and in
// Node ≥ 18, but not in the ES library types this pure module is checked against.
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
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

export type { DecodeResult, InflateRaw } from './wire-decode.ts';
