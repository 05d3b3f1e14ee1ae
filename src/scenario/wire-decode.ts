// The server's side of wire.ts: a config segment back into the server side it
// carries. Decoding only reads the shape (parseServerSide); whether the server
// may send what it describes is the policy's question (validateServerSide),
// asked by the server after decoding.
import type { ServerSide } from './types.ts';
import { fromBase64Url } from './api-path.ts';
import { parseServerSide } from './parse.ts';
import { MAX_CONFIG_CHARS, MAX_CONFIG_JSON_BYTES, VERSION } from './wire.ts';

declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };

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
