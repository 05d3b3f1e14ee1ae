// Allowed-origin patterns are regular expressions that arrive in a URL or a
// shared link, and are run by the server on every request and by the page on
// every edit. A backtracking engine (JavaScript's RegExp) can take exponential
// time on shapes like (a|aa)+ or (a{1,30}){1,30}, and no hand-written detector
// catches them all, so patterns run on re2js: an automaton whose time grows
// linearly with the origin, whatever the pattern. What it cannot run in linear
// time (back-references, lookaround) it refuses, and so do we, saying why.
//
// re2js is loaded on demand (about 60 KB gzip): the server loads it before it
// listens, the page when a pattern first needs it. Until then a pattern is
// "being checked" and matches nothing.
import type { RE2JS } from 're2js';

export const MAX_PATTERN_LENGTH = 200;
/** Origins longer than this never match (a serialized origin is far shorter). */
export const MAX_ORIGIN_LENGTH = 256;
/**
 * RE2's own measure of a compiled pattern's cost, which a match's time grows
 * with (times the origin's length). Real origin patterns stay under 160; nested
 * counted repeats like (a{1,30}){1,30} (1863) would take a third of a second.
 */
export const MAX_PROGRAM_SIZE = 200;

export interface PatternMatcher {
  /** Whether the pattern matches somewhere in `input` (as RegExp.prototype.test). */
  test(input: string): boolean;
}

export type CompiledPattern =
  | { ok: true; regex: PatternMatcher }
  /** `pending`: the matching engine is still loading; ask again once patternEngineReady(). */
  | { ok: false; message: string; pending?: true };

type Engine = typeof RE2JS;
let engine: Engine | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Loads the linear-time engine once; resolves when patterns can be checked. */
export function loadPatternEngine(): Promise<void> {
  loading ??= import('re2js').then((module) => {
    engine = module.RE2JS;
    // The first compile and match run cold (tens of ms); pay that now, not in a request.
    engine.compile('^https?://([a-z0-9-]{1,63}\\.)+x(:\\d+)?$').test('http://' + 'a.'.repeat(120) + 'x:1');
    cache.clear();
    for (const listener of listeners) listener();
  });
  return loading;
}

export function patternEngineReady(): boolean {
  return engine !== null;
}

/** Called once when the engine has loaded (for views that showed "checking…"). Returns an unsubscribe. */
export function onPatternEngineReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const PENDING: CompiledPattern = { ok: false, pending: true, message: 'Checking the pattern…' };

/** The constructs people reach for from JavaScript that a linear-time engine cannot run. */
function unsupportedConstruct(pattern: string): string | null {
  const plain = pattern.replace(/\\\\/g, '');
  if (/\\[1-9]|\\k</.test(plain)) return 'back-references (\\1, \\k<name>) are not supported in origin patterns: they cannot be matched in linear time.';
  if (/\(\?<?[=!]/.test(plain)) return 'lookahead and lookbehind ((?=…), (?!…), (?<=…), (?<!…)) are not supported in origin patterns: they cannot be matched in linear time.';
  return null;
}

// Compiling costs far more than matching: a request repeats the same few patterns.
const cache = new Map<string, CompiledPattern>();
const CACHE_ENTRIES = 256;

function compile(re2: Engine, pattern: string): CompiledPattern {
  const unsupported = unsupportedConstruct(pattern);
  if (unsupported) return { ok: false, message: `Not allowed here: ${unsupported}` };
  let compiled: RE2JS;
  try {
    compiled = re2.compile(re2.translateRegExp(pattern));
  } catch (e) {
    const reason = (e as Error).message.replace(/^error parsing regexp: /, '');
    return { ok: false, message: `Not a valid origin pattern: ${reason}.` };
  }
  if (compiled.programSize() > MAX_PROGRAM_SIZE) {
    return { ok: false, message: 'Not allowed here: the pattern repeats too much (nested counted repeats like (a{1,50}){1,50}); an origin pattern needs far less.' };
  }
  return { ok: true, regex: { test: (input) => compiled.test(input) } };
}

export function compileOriginPattern(pattern: string): CompiledPattern {
  if (pattern.length > MAX_PATTERN_LENGTH) return { ok: false, message: `The pattern is longer than ${MAX_PATTERN_LENGTH} characters.` };
  if (!engine) {
    void loadPatternEngine();
    return PENDING;
  }
  let compiled = cache.get(pattern);
  if (!compiled) {
    compiled = compile(engine, pattern);
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(pattern, compiled);
  }
  return compiled;
}

/** Whether an origin matches; a refused pattern (or one still being checked) matches nothing. */
export function originMatches(pattern: string, origin: string): boolean {
  const compiled = compileOriginPattern(pattern);
  return compiled.ok && origin.length <= MAX_ORIGIN_LENGTH && compiled.regex.test(origin);
}
