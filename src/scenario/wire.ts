// STUB being written by the lead: signatures are final, bodies are not.
import type { ServerSide } from './types.ts';

/** The compact, URL-safe encoding of a token-resolved server side (deflate-raw + base64url, versioned prefix). */
export async function encodeServerSide(server: ServerSide): Promise<string> { void server; throw new Error('stub'); }

/** Decoding is synchronous and bounded; the server passes its own inflate (node:zlib) so this file stays pure. */
export type InflateRaw = (bytes: Uint8Array, maxOutputLength: number) => Uint8Array;
export type DecodeResult = { ok: true; server: ServerSide } | { ok: false; error: string };
export function decodeServerSide(text: string, inflateRaw: InflateRaw): DecodeResult { void text; void inflateRaw; throw new Error('stub'); }

/** URL layout on the API: /s/<session>/<config><path> ; a redirect target uses /r/ instead of /s/. */
export function apiUrl(target: string, session: string, config: string, path: string, redirected = false): string {
  return `${target}/${redirected ? 'r' : 's'}/${session}/${config}${path}`;
}
export interface ApiPath { session: string; config: string; path: string; redirected: boolean }
export function parseApiPath(pathAndQuery: string): ApiPath | null { void pathAndQuery; throw new Error('stub'); }
