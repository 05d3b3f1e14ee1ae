// Scenario links: the hash of a playground URL that carries a whole scenario
// (request, server side, the chosen origin, the title, and the lesson when it is
// one). A link is a public API: every format ever made keeps opening.
//
//   format 1  #scenario=<URL-encoded scenario JSON>   readable; people and tests write it by hand
//   format 2  #s=2<base64url(deflate-raw(JSON))>      compact; the links the page makes
//
// Format 2's JSON is the scenario format (docs/scenario-format.md) without
// "version" and with every field equal to its default left out, so the default
// scenario is "{}". Its one difference: a missing "title" means the default
// title and null means none (in format 1 a missing title means none).
//
// Reading: each format is read into its own JSON, migrated up one format at a
// time (MIGRATIONS) to the current one, then checked by parse.ts. Reading never
// throws: a truncated, corrupted, oversized or future-format link is an error
// saying what was wrong.
import type { Scenario } from './types.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST, DEFAULT_SCENARIO } from './defaults.ts';
import { fromBase64Url, toBase64Url } from './api-path.ts';
import { parseScenario } from './parse.ts';
import { deflateRaw } from './wire.ts';
import { LESSON_ID, READABLE_PREFIX, type LinkContent } from './link-readable.ts';

export { readableLink, type LinkContent } from './link-readable.ts';

// TextEncoder/TextDecoder and DecompressionStream exist in browsers and Node ≥ 18,
// but not in the ES library types this pure module is checked against (as in wire.ts).
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface Platform {
  DecompressionStream: new (format: 'deflate-raw') => { readable: unknown; writable: unknown };
  Response: new (body: Uint8Array) => { body: { pipeThrough(s: unknown): { getReader(): ByteReader } } };
}

export const CURRENT_FORMAT = 2;
const COMPACT_PREFIX = '#s=';
/** Longest link hash read, and largest decompressed JSON: bounds, far above any real scenario. */
export const MAX_LINK_CHARS = 16_000;
export const MAX_LINK_JSON_BYTES = 64 * 1024;

export type LinkRead =
  | { kind: 'none' }
  | ({ kind: 'ok'; format: number } & LinkContent)
  | { kind: 'error'; error: string };

type Json = Record<string, unknown>;

/** Format n's JSON → format n+1's JSON, keyed by n. Data, one row per format change. */
export const MIGRATIONS: Record<number, (json: Json) => Json> = {
  // Format 1 spelled out "version" and meant "no title" by a missing one.
  // Scenario version 1 ignored fields it did not know, so "answers" in one meant nothing: dropped, the meaning kept.
  1: ({ version, ...rest }) => ({ ...rest, title: rest.title ?? null, ...(version === 1 ? { server: withoutAnswers(rest.server) } : {}) }),
};

function withoutAnswers(server: unknown): unknown {
  if (typeof server !== 'object' || server === null || !('answers' in server)) return server;
  const { answers: _answers, ...rest } = server as Json;
  return rest;
}

class LinkError extends Error {}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Json)[k], (b as Json)[k]));
}

/** The fields of value that differ from the defaults. */
function changed<T extends object>(value: T, defaults: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (!sameJson(value[key], defaults[key])) out[key] = value[key];
  }
  return out;
}

/** The current format's JSON for a scenario: only what differs from the defaults. */
export function compactJson({ scenario, lesson }: LinkContent): Json {
  const out: Json = {};
  if (scenario.title !== DEFAULT_SCENARIO.title) out.title = scenario.title ?? null;
  if (lesson !== undefined) out.lesson = lesson;
  const request = changed(scenario.request, DEFAULT_REQUEST);
  if (Object.keys(request).length > 0) out.request = request;
  const server = scenario.server;
  if (server.type === 'raw') out.server = server;
  else {
    const policy = changed(server.policy, DEFAULT_POLICY);
    if (Object.keys(policy).length > 0) out.server = { type: 'policy', policy };
  }
  if (scenario.network) out.network = scenario.network;
  return out;
}

/** The compact hash the page writes: "#s=2…". */
export async function encodeLink(content: LinkContent): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(compactJson(content)));
  return COMPACT_PREFIX + String(CURRENT_FORMAT) + toBase64Url(await deflateRaw(bytes));
}

/** Inflates at most max bytes: a small link must not be able to expand into megabytes. */
async function inflateRaw(bytes: Uint8Array, max: number): Promise<Uint8Array> {
  const platform = globalThis as unknown as Platform;
  const reader = new platform.Response(bytes).body.pipeThrough(new platform.DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value!.length;
      if (total > max) {
        void reader.cancel().catch(() => undefined);
        throw new LinkError(`The link expands to more than ${max / 1024} KB of scenario, more than any scenario needs.`);
      }
      chunks.push(value!);
    }
  } catch (e) {
    if (e instanceof LinkError) throw e;
    throw new LinkError('The link is incomplete or damaged: its compressed part does not decompress (was it cut off when copied?).');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function jsonObject(text: string, what: string): Json {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LinkError(`The ${what} is not valid JSON (${(e as Error).message}).`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new LinkError(`The ${what} is not a JSON object.`);
  return json as Json;
}

function readReadable(body: string): Json {
  let text: string;
  try {
    text = decodeURIComponent(body);
  } catch {
    throw new LinkError('The scenario link is not valid URL encoding (a "%" not followed by two hex digits?).');
  }
  const json = jsonObject(text, 'scenario');
  // Format 1 carries scenario format 1 or 2 (2 only added to 1, so both read alike).
  if (json.version !== 1 && json.version !== 2) throw new LinkError(`scenario.version: expected 1 or 2 (got ${JSON.stringify(json.version)})`);
  return json;
}

async function readCompact(body: string): Promise<{ format: number; json: Json }> {
  const format = /^[0-9]/.test(body) ? Number(body[0]) : NaN;
  if (format > CURRENT_FORMAT) {
    throw new LinkError(`This link was made by a newer version of the playground (link format ${format}; this page reads formats up to ${CURRENT_FORMAT}). Reload the page to get the newer version.`);
  }
  if (format !== CURRENT_FORMAT) throw new LinkError(`The link starts with an unknown format "${body.slice(0, 1)}" (expected "${CURRENT_FORMAT}").`);
  const bytes = fromBase64Url(body.slice(1));
  if (!bytes) throw new LinkError('The link is damaged: it holds characters (or a length) that a playground link never has. Was it cut off or changed when copied?');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await inflateRaw(bytes, MAX_LINK_JSON_BYTES));
  } catch (e) {
    if (e instanceof LinkError) throw e;
    throw new LinkError('The link is damaged: its content is not text.');
  }
  return { format, json: jsonObject(text, 'link’s content') };
}

/** Format-2 JSON → the scenario and lesson, checked by the scenario parser. */
function fromCurrent(json: Json): LinkContent {
  const { title, lesson, ...rest } = json;
  if (title !== undefined && title !== null && typeof title !== 'string') throw new LinkError('scenario.title: expected a string');
  if (lesson !== undefined && (typeof lesson !== 'string' || !LESSON_ID.test(lesson))) throw new LinkError('lesson: expected a lesson id (a-z, 0-9 and "-")');
  // Format 2 has no version: the scenario is written with the lowest one that says it (version.ts).
  const version = typeof rest.server === 'object' && rest.server !== null && Array.isArray((rest.server as Json).answers) ? 2 : 1;
  const full = { ...rest, version, ...(title === undefined ? { title: DEFAULT_SCENARIO.title } : title === null ? {} : { title }) };
  const parsed = parseScenario(JSON.stringify(full));
  if (!parsed.ok) throw new LinkError(parsed.error);
  return lesson === undefined ? { scenario: parsed.scenario } : { scenario: parsed.scenario, lesson: lesson as string };
}

/** Reads a location hash. Never throws; a hash that is no scenario link is "none". */
export async function decodeLink(hash: string): Promise<LinkRead> {
  const readable = hash.startsWith(READABLE_PREFIX);
  if (!readable && !hash.startsWith(COMPACT_PREFIX)) return { kind: 'none' };
  try {
    if (hash.length > MAX_LINK_CHARS) throw new LinkError(`The link is too long (${hash.length} characters; at most ${MAX_LINK_CHARS}).`);
    let { format, json } = readable ? { format: 1, json: readReadable(hash.slice(READABLE_PREFIX.length)) } : await readCompact(hash.slice(COMPACT_PREFIX.length));
    const opened = format;
    for (; format < CURRENT_FORMAT; format++) json = MIGRATIONS[format]!(json);
    return { kind: 'ok', format: opened, ...fromCurrent(json) };
  } catch (e) {
    if (e instanceof LinkError) return { kind: 'error', error: e.message };
    return { kind: 'error', error: `The link could not be read (${e instanceof Error ? e.message : String(e)}).` };
  }
}
