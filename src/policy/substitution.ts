// `{origin}` in raw header lines becomes the request's Origin, which the
// client chooses. So the result is checked after the substitution, not only
// the configuration before it, and its size is known before it is built: a
// 32 KB request must not become a 100 MB answer, a Location must not be made
// to leave the API, and no value may carry what cannot be written.
import type { HeaderList } from '../scenario/types.ts';
import { locationProblem, valueProblem } from './validate.ts';

/** The most header bytes an answer may carry (Chromium itself accepts 256 KiB). */
export const MAX_ANSWER_HEADER_BYTES = 64 * 1024;
/** The most body bytes an answer may carry (its JSON echoes the request's path). */
export const MAX_ANSWER_BODY_BYTES = 64 * 1024;

const TOKEN = '{origin}';

/** A field of the configuration (or of the request) and why the answer cannot be built from it. */
export interface Refusal {
  path: string;
  message: string;
}

export type Substituted = { ok: true; lines: HeaderList } | ({ ok: false } & Refusal);

/** Bytes of one header line as written ("Name: value\r\n"). */
export function lineBytes(name: string, value: string): number {
  return name.length + value.length + 4;
}

function occurrences(text: string): number {
  return text.split(TOKEN).length - 1;
}

/**
 * The lines with {origin} substituted, or the first line that makes the answer
 * too large (measured before anything is built) or unsafe (checked after).
 * `apiOrigins`: where a Location may point once substituted.
 */
export function substituteOrigin(lines: HeaderList, origin: string, at: string, apiOrigins: readonly string[]): Substituted {
  let bytes = 0;
  for (const [i, [name, value]] of lines.entries()) {
    bytes += lineBytes(name, value) + occurrences(value) * (origin.length - TOKEN.length);
    if (bytes > MAX_ANSWER_HEADER_BYTES) {
      return { ok: false, path: `${at}.${i}.value`, message: `With this Origin substituted for {origin}, the answer's headers would pass ${MAX_ANSWER_HEADER_BYTES} bytes.` };
    }
  }
  const out: HeaderList = [];
  for (const [i, [name, value]] of lines.entries()) {
    if (!value.includes(TOKEN)) {
      out.push([name, value]);
      continue;
    }
    const text = value.split(TOKEN).join(origin);
    const unsafe = valueProblem(text) ?? (name.toLowerCase() === 'location' ? locationProblem(text, apiOrigins) : null);
    if (unsafe) return { ok: false, path: `${at}.${i}.value`, message: `With this Origin substituted for {origin}: ${unsafe}` };
    out.push([name, text]);
  }
  return { ok: true, lines: out };
}
