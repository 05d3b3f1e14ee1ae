// How an allowed-origin pattern is written. People who configure Express write
// a RegExp literal, cors({ origin: /example\.com$/i }); people who configure it
// from a config file write the bare source, new RegExp('example\\.com$'). Both
// are accepted: text of the form /…/flags is read as a literal, anything else
// as a bare source, and the reading says which, so the editor can show it.
// The matching itself stays in origin-pattern.ts (linear-time, refuses
// dangerous shapes); this file only turns the text into what that matcher runs.
import { compileOriginPattern, originMatches } from './origin-pattern.ts';

export type PatternReading =
  | {
      ok: true;
      syntax: 'literal' | 'source';
      /** The RegExp source as written between the slashes (or the whole text). */
      source: string;
      /** Flags after the closing slash, as written ('' for a bare source). */
      flags: string;
      /** What the matcher runs: the source, with letters folded to lower case under /i. */
      matchSource: string;
      /** /i: the origin is lowercased before matching too. */
      caseInsensitive: boolean;
    }
  | { ok: false; message: string };

/** Flags that change nothing for a one-line origin, accepted so pasted literals keep working. */
const HARMLESS_FLAGS: Record<string, string> = {
  m: 'm (multi-line) changes nothing: an origin is one line',
  s: 's (dotAll) changes nothing: an origin has no line break',
  d: 'd (indices) changes nothing for a yes/no match',
};

/** Flags refused, with the reason a learner needs. */
const REFUSED_FLAGS: Record<string, string> = {
  g: 'the g flag makes RegExp.test() remember where it stopped (lastIndex), so middleware that reuses the RegExp allows an origin on one request and refuses it on the next. Remove it.',
  y: 'the y flag makes RegExp.test() remember where it stopped (lastIndex), so middleware that reuses the RegExp allows an origin on one request and refuses it on the next. Remove it.',
  u: 'the u flag is not supported here: the server matches the pattern without it. Remove it (origins are ASCII).',
  v: 'the v flag is not supported here: the server matches the pattern without it. Remove it (origins are ASCII).',
};

/** "/body/flags" split at the last slash, when the text has that shape. */
function literalParts(text: string): { body: string; flags: string } | null {
  if (!text.startsWith('/')) return null;
  const last = text.lastIndexOf('/');
  if (last < 1) return null;
  const flags = text.slice(last + 1);
  return /^[a-z]*$/i.test(flags) ? { body: text.slice(1, last), flags } : null;
}

/** Index of the first `char` in a RegExp source that is neither escaped nor inside [...], or -1. */
export function firstUnescaped(source: string, char: string): number {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === char && !inClass) return i;
  }
  return -1;
}

function flagProblem(flags: string): string | null {
  const seen = new Set<string>();
  for (const f of flags) {
    if (seen.has(f)) return `the flag ${f} is written twice.`;
    seen.add(f);
    if (REFUSED_FLAGS[f]) return REFUSED_FLAGS[f];
    if (f !== 'i' && !HARMLESS_FLAGS[f]) return `"${f}" is not a RegExp flag (JavaScript knows d, g, i, m, s, u, v, y).`;
  }
  return null;
}

/**
 * Lower-cases the letters a pattern matches literally, leaving escapes (\D,
 * \S, \W, \B, \k<name>…) alone. Browsers serialize an origin's scheme and host
 * in lower case, so a lower-case pattern on a lower-cased origin accepts what
 * /i would, and the matcher needs no flags. (Hex escapes such as \x41 are not
 * folded: write letters as letters.)
 */
function foldCase(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else out += source[i]!.toLowerCase();
  }
  return out;
}

/** Reads a pattern as the policy holds it; never throws. */
export function readOriginPattern(text: string): PatternReading {
  const parts = literalParts(text);
  if (!parts) return { ok: true, syntax: 'source', source: text, flags: '', matchSource: text, caseInsensitive: false };
  const { body, flags } = parts;
  if (body === '') return { ok: false, message: 'The literal "//" is empty (in JavaScript it would be a comment): write a pattern between the slashes.' };
  const slash = firstUnescaped(body, '/'); // it would end a JavaScript literal early
  if (slash >= 0) {
    return { ok: false, message: `In a /…/ literal a "/" must be written \\/ (the one at character ${slash + 2} would end the literal).` };
  }
  const problem = flagProblem(flags);
  if (problem) return { ok: false, message: `Flag problem: ${problem}` };
  const caseInsensitive = flags.includes('i');
  return { ok: true, syntax: 'literal', source: body, flags, matchSource: caseInsensitive ? foldCase(body) : body, caseInsensitive };
}

/** Why the server refuses this pattern (syntax, length, dangerous shape, not a RegExp), or null. */
export function originPatternProblem(text: string): string | null {
  const reading = readOriginPattern(text);
  if (!reading.ok) return reading.message;
  const compiled = compileOriginPattern(reading.matchSource);
  return compiled.ok ? null : compiled.message;
}

/**
 * True while the page is still loading the matcher (origin-pattern.ts may load
 * it on demand): the pattern allows nothing yet, and nothing should be claimed
 * about it until it can be checked.
 */
export function patternBeingChecked(text: string): boolean {
  const reading = readOriginPattern(text);
  if (!reading.ok) return false;
  const compiled = compileOriginPattern(reading.matchSource);
  return !compiled.ok && 'pending' in compiled && compiled.pending === true;
}

/** Whether the pattern, in either syntax, allows this origin; a refused pattern allows nothing. */
export function patternAllowsOrigin(text: string, origin: string): boolean {
  const reading = readOriginPattern(text);
  if (!reading.ok) return false;
  return originMatches(reading.matchSource, reading.caseInsensitive ? origin.toLowerCase() : origin);
}

/** One sentence for the editor: which syntax was understood, and what the flags do. */
export function describeReading(reading: Extract<PatternReading, { ok: true }>): string {
  if (reading.syntax === 'source') return 'Read as a bare RegExp source, as new RegExp(text) would (no flags; write /…/i for flags).';
  const notes = [...reading.flags].map((f) => (f === 'i' ? 'i: letters match in either case' : HARMLESS_FLAGS[f]!));
  const flags = notes.length > 0 ? ` Flags: ${notes.join('; ')}.` : '';
  return `Read as a JavaScript RegExp literal, as in cors({ origin: /…/ }): source ${reading.source}.${flags}`;
}
