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

/**
 * Looked at first (Firefox ESR 153, the whole table, /work/obs/gecko-aff2287.jsonl): every line
 * Firefox printed during a step was about its request: "Cross-Origin Request Blocked: … (Reason: …)"
 * (two for a failed preflight: the reason, then "CORS request did not succeed"), and "Security
 * Error: Content at … may not load data from …" for mode "same-origin". The page itself logs
 * nothing, and the console is cleared after loading and logging in, right before Send. So
 * nothing is provably unrelated: no rows yet.
 */
export const DROP_RULES: Record<EngineName, DropRule[]> = {
  gecko: [],
  webkit: [
    {
      // After a form post the runner reads the hidden frame's contentDocument to show that page script
      // cannot (src/runner/channels.ts); WebKit logs that read. It is the runner's probe, not the request.
      pattern: /^Blocked a frame with origin "[^"]+" from accessing a frame with origin "[^"]+"\. Protocols, domains, and ports must match\.$/,
      why: 'the runner probing the form\'s answer frame (src/runner/channels.ts), not the request',
    },
  ],
};

/** The lines about the request, in the order printed. */
export function requestLines(engine: EngineName, lines: ConsoleLine[]): string[] {
  return lines.map((l) => l.text).filter((text) => !DROP_RULES[engine].some((rule) => rule.pattern.test(text)));
}
