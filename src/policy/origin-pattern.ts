// Allowed-origin patterns are regular expressions that arrive in a URL or a
// shared link, and are run by the server on every request and by the page on
// every edit. A pattern such as (a+)+ or (a|aa)+ can take exponential time, so
// one request or one link could freeze the server or a learner's tab. Origin
// patterns never need those shapes: they are refused, with the reason.

export const MAX_PATTERN_LENGTH = 200;
/** Origins longer than this never match (a serialized origin is far shorter). */
export const MAX_ORIGIN_LENGTH = 256;

export type CompiledPattern = { ok: true; regex: RegExp } | { ok: false; message: string };

interface GroupScan {
  /** The group holds a quantifier that repeats without bound (+, *, {n,}). */
  unbounded: boolean;
  /** The group holds alternatives (|). */
  alternatives: boolean;
}

/** The quantifier starting at source[i], if any: its length and whether it is unbounded. */
function quantifierAt(source: string, i: number): { length: number; unbounded: boolean } | null {
  const c = source[i];
  if (c === '+' || c === '*') return { length: 1, unbounded: true };
  if (c === '?') return { length: 1, unbounded: false };
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (m) return { length: m[0].length, unbounded: m[2] !== undefined && m[3] === '' };
  }
  return null;
}

/** Why this pattern could backtrack catastrophically, or null. */
function catastrophicShape(source: string): string | null {
  const stack: GroupScan[] = [{ unbounded: false, alternatives: false }];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (/[1-9]/.test(source[i + 1] ?? '')) return 'back-references (\\1) are not supported in origin patterns.';
      i++;
      continue;
    }
    if (c === '[') {
      // Skip a character class: nothing inside it groups or repeats.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    const top = stack[stack.length - 1]!;
    if (c === '(') stack.push({ unbounded: false, alternatives: false });
    else if (c === '|') top.alternatives = true;
    else if (c === ')' && stack.length > 1) {
      const group = stack.pop()!;
      const q = quantifierAt(source, i + 1);
      if (q?.unbounded && group.unbounded) return 'a repeated group holds another repetition, like (a+)+, which can take forever to match.';
      if (q?.unbounded && group.alternatives) return 'a repeated group holds alternatives, like (a|aa)+, which can take forever to match.';
      const parent = stack[stack.length - 1]!;
      parent.unbounded ||= group.unbounded || Boolean(q?.unbounded);
    } else if (quantifierAt(source, i)?.unbounded) top.unbounded = true;
  }
  return null;
}

export function compileOriginPattern(pattern: string): CompiledPattern {
  if (pattern.length > MAX_PATTERN_LENGTH) return { ok: false, message: `The pattern is longer than ${MAX_PATTERN_LENGTH} characters.` };
  const shape = catastrophicShape(pattern);
  if (shape) return { ok: false, message: `Not allowed here: ${shape}` };
  try {
    return { ok: true, regex: new RegExp(pattern) };
  } catch (e) {
    return { ok: false, message: `Not a valid regular expression: ${(e as Error).message}` };
  }
}

/** Whether an origin matches; a refused pattern matches nothing. */
export function originMatches(pattern: string, origin: string): boolean {
  const compiled = compileOriginPattern(pattern);
  return compiled.ok && origin.length <= MAX_ORIGIN_LENGTH && compiled.regex.test(origin);
}
