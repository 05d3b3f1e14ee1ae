// Reads a console message pasted from Chrome, Firefox or Safari: which browser
// wrote it, which error it is, and its parameters. Pure; the wordings are the
// table in patterns.ts. A message that is not recognised is refused saying why.
import type { CorsErrorName } from '../../engine/types.ts';
import {
  CHROMIUM_ENVELOPE, CHROMIUM_OTHER, CHROMIUM_REASONS, FIREFOX_ENVELOPE, FIREFOX_REASONS, WEBKIT_PATTERNS,
  type BrowserName, type ErrorPattern, type Hole,
} from './patterns.ts';

export type ErrorParams = Partial<Record<Hole, string>>;

export interface PastedError {
  browser: BrowserName;
  /** The CorsErrors the wording can mean, the likeliest first; empty when it is not a CORS check's failure. */
  errors: CorsErrorName[];
  /** The browser's own name: the CorsError, Firefox's reason name, or a label (patterns.ts). */
  name: string;
  params: ErrorParams;
  /** Whether the message says the preflight failed (Chromium says so; the others mostly cannot be told). */
  preflight: boolean | null;
  /** The line of the paste that was recognised. */
  line: string;
}

export type Recognition = { ok: true; error: PastedError } | { ok: false; message: string };

/** Longer than any console message; a paste is cut here before it is read. */
export const MAX_PASTE_CHARS = 20_000;

function groups(m: RegExpMatchArray): ErrorParams {
  const out: ErrorParams = {};
  for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined && k !== 'reason') out[k as Hole] = v;
  return out;
}

function firstMatch(rows: ErrorPattern[], text: string): { row: ErrorPattern; params: ErrorParams } | null {
  for (const row of rows) {
    const m = text.match(row.pattern);
    if (m) return { row, params: groups(m) };
  }
  return null;
}

const PREFLIGHT_WORDS = /^Preflight|PreflightResponse$/;

function fromChromium(line: string): PastedError | null {
  const envelope = line.match(CHROMIUM_ENVELOPE);
  if (envelope) {
    const reason = envelope.groups!.reason!.trim();
    const hit = firstMatch(CHROMIUM_REASONS, reason);
    if (!hit) {
      // Private Network Access's old preflight failure comes in the same envelope, without a CorsError.
      const other = firstMatch(CHROMIUM_OTHER, reason);
      return other && { browser: 'chromium', errors: [], name: other.row.name, params: { ...groups(envelope), ...other.params }, preflight: null, line };
    }
    const error = hit.row.errors[0]!;
    return { browser: 'chromium', errors: hit.row.errors, name: hit.row.name, params: { ...groups(envelope), ...hit.params }, preflight: PREFLIGHT_WORDS.test(error), line };
  }
  const other = firstMatch(CHROMIUM_OTHER, line);
  return other && { browser: 'chromium', errors: [], name: other.row.name, params: other.params, preflight: null, line };
}

function fromFirefox(line: string): PastedError | null {
  const envelope = line.match(FIREFOX_ENVELOPE);
  if (!envelope) return null;
  const hit = firstMatch(FIREFOX_REASONS, envelope.groups!.reason!.trim());
  if (!hit) return null;
  const preflight = hit.row.errors.length > 0 && hit.row.errors.every((e) => PREFLIGHT_WORDS.test(e)) ? true : null;
  return { browser: 'firefox', errors: hit.row.errors, name: hit.row.name, params: { ...groups(envelope), ...hit.params }, preflight, line };
}

function fromWebKit(line: string): PastedError | null {
  const hit = firstMatch(WEBKIT_PATTERNS, line);
  if (!hit) return null;
  const preflight = hit.row.errors.length > 0 && hit.row.errors.every((e) => PREFLIGHT_WORDS.test(e)) ? true : null;
  return { browser: 'webkit', errors: hit.row.errors, name: hit.row.name, params: hit.params, preflight, line };
}

const READERS = [fromChromium, fromFirefox, fromWebKit];

/** Merges what WebKit's two lines say: the reason line and the "Fetch API cannot load <url>" line. */
function withWebKitUrl(found: PastedError, lines: string[]): PastedError {
  if (found.browser !== 'webkit' || found.params.url) return found;
  for (const line of lines) {
    const other = fromWebKit(line);
    if (other?.params.url) return { ...found, params: { ...found.params, url: other.params.url } };
  }
  return found;
}

/**
 * The first recognised message in the paste. Lines are tried one by one (a
 * paste often holds the "Failed to load resource" line too), then the whole
 * paste with its line breaks undone (a message wrapped when copied).
 */
export function recognisePastedError(pasted: string): Recognition {
  const text = pasted.slice(0, MAX_PASTE_CHARS).trim();
  if (text === '') return { ok: false, message: 'Paste a console message: the red line your browser printed when the request failed.' };
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const candidates = [...lines, lines.join(' ')];
  // A specific reason beats WebKit's generic "due to access control checks" line.
  let generic: PastedError | null = null;
  for (const line of candidates) {
    for (const read of READERS) {
      const found = read(line);
      if (!found) continue;
      if (found.browser === 'webkit' && found.name === 'AccessControlChecks') {
        generic ??= found;
        continue;
      }
      return { ok: true, error: withWebKitUrl(found, lines) };
    }
  }
  if (generic) return { ok: true, error: generic };
  if (/Failed to fetch|NetworkError when attempting to fetch resource|Load failed/.test(text)) {
    return { ok: false, message: 'That is what script sees ("Failed to fetch"), which is the same for every failure. Paste the console line above it: it gives the reason.' };
  }
  const first = lines[0]!;
  return { ok: false, message: `Not a CORS message from Chrome, Firefox or Safari that this page knows. Line 1 starts: "${first.slice(0, 80)}${first.length > 80 ? '…' : ''}"` };
}
