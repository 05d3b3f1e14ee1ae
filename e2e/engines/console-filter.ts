// Which of a browser's console lines are about the request under test, per
// engine. The rule: keep every line unless it is provably not about the
// request (drop rows below, each with why), so a CORS or Fetch line the model
// does not know about still shows up as a difference instead of vanishing.
import type { ConsoleLine } from './driver.ts';
import type { EngineName } from './fixtures.ts';

interface DropRule {
  /** Matched against the whole line. */
  pattern: RegExp;
  why: string;
}

export const DROP_RULES: Record<EngineName, DropRule[]> = {
  gecko: [],
  webkit: [],
};

/** The lines about the request, in the order printed. */
export function requestLines(engine: EngineName, lines: ConsoleLine[]): string[] {
  return lines.map((l) => l.text).filter((text) => !DROP_RULES[engine].some((rule) => rule.pattern.test(text)));
}
