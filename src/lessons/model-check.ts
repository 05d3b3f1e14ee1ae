// The engine's model of a lesson's probes, for the lessons' unit tests: what
// the model says each probe's run does, and which of the probe's expectations
// that run leaves unmet. The real browser decides whether a lesson passes
// (e2e/lessons*.spec.ts); these tests only check that the lesson's claims are
// coherent with the model, so a lesson cannot be written that the model
// contradicts.
import { predictScenario } from '../engine/test-support.ts';
import type { PreflightCache, Prediction } from '../engine/types.ts';
import type { Scenario } from '../scenario/types.ts';
import type { Lesson, Probe } from './types.ts';

/** The model's run of one probe on a scenario: the last of `probe.runs` runs in a row, sharing one preflight cache. */
export function modelProbe(lesson: Lesson, scenario: Scenario, probe: Probe): Prediction {
  const varied: Scenario = { ...scenario, request: { ...scenario.request, ...probe.request, from: probe.from } };
  const cookie = lesson.login ? { sameSite: lesson.login } : null;
  let cache: PreflightCache | undefined;
  let last: Prediction | undefined;
  for (let i = 0; i < (probe.runs ?? 1); i++) {
    last = predictScenario(varied, { cache, now: 1_000_000 + i * 1000, cookie });
    cache = last.cache;
  }
  return last!;
}

/** The model's start of a lesson (logged in when the lesson is). */
export const modelStart = (lesson: Lesson): Prediction => predictScenario(lesson.start, { cookie: lesson.login ? { sameSite: lesson.login } : null });

/** The probe's expectations the model's run does not meet, as "field: what the model says". */
export function unmet(p: Prediction, probe: Probe): string[] {
  const e = probe.expect;
  const d = p.decision;
  const bad: string[] = [];
  if (d.verdict !== e.outcome) bad.push(`outcome: ${d.verdict}`);
  const preflight = d.preflight === 'sent' ? 'sent' : 'none';
  if (e.preflight !== undefined && e.preflight !== preflight) bad.push(`preflight: ${preflight}`);
  if (e.cookie !== undefined && e.cookie !== d.cookie.cookie) bad.push(`cookie: ${d.cookie.cookie}`);
  // The API answers private data to a request that carries the cookie.
  const reads = d.verdict === 'ok' && d.cookie.cookie === 'sent';
  if (e.readsPrivateData !== undefined && e.readsPrivateData !== reads) bad.push(`readsPrivateData: ${reads}`);
  if (e.readableHeader) {
    const names = p.js.kind === 'response' ? p.js.readableHeaders.map(([n]) => n.toLowerCase()) : [];
    const readable = names.includes(e.readableHeader.name.toLowerCase());
    if (readable !== e.readableHeader.readable) bad.push(`${e.readableHeader.name} readable: ${readable}`);
  }
  return bad;
}

/** The labels of the lesson's probes the model says fail on this scenario. */
export const failingProbes = (lesson: Lesson, scenario: Scenario): string[] =>
  lesson.check.filter((probe) => unmet(modelProbe(lesson, scenario, probe), probe).length > 0).map((p) => p.label);
