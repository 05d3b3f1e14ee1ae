// Chapters 07–12 (preflight answers, two values, exposed headers, preflight
// cache, redirects, no-cors): well-formed data, and the engine's model agrees
// with what each lesson claims. The real browser decides whether a lesson
// passes; e2e/lessons-b.spec.ts checks the same claims in Chromium.
import { describe, expect, test } from 'vitest';
import { predictScenario } from '../engine/test-support.ts';
import type { PreflightCache, Prediction } from '../engine/types.ts';
import { parseScenario } from '../scenario/parse.ts';
import { readableLink } from '../scenario/link.ts';
import type { Policy, Scenario } from '../scenario/types.ts';
import { rawLesson, rawResponse } from './lesson-parts.ts';
import { LESSON_FOR_ERROR } from './by-error.ts';
import type { Lesson, Probe } from './types.ts';
import { preflightAnswers } from './chapters/07-preflight-answers.ts';
import { twoValues } from './chapters/08-two-values.ts';
import { exposedHeaders } from './chapters/09-exposed-headers.ts';
import { MAX_AGE_ON_ACTUAL_ONLY, preflightCache } from './chapters/10-preflight-cache.ts';
import { redirects } from './chapters/11-redirects.ts';
import { noCors } from './chapters/12-no-cors.ts';

const CHAPTERS = [preflightAnswers, twoValues, exposedHeaders, preflightCache, redirects, noCors];
const LESSONS = CHAPTERS.flatMap((c) => c.lessons);

/** The model's run of one probe on a scenario: the last of `runs` runs, sharing one preflight cache. */
function modelProbe(scenario: Scenario, probe: Probe): Prediction {
  const varied: Scenario = { ...scenario, request: { ...scenario.request, ...probe.request, from: probe.from } };
  let cache: PreflightCache | undefined;
  let last: Prediction | undefined;
  for (let i = 0; i < (probe.runs ?? 1); i++) {
    last = predictScenario(varied, cache, 1_000_000 + i * 1000);
    cache = last.cache;
  }
  return last!;
}

/** What the probe's expectation says of the model's run: the fields that do not hold. */
function unmet(p: Prediction, probe: Probe): string[] {
  const e = probe.expect;
  const bad: string[] = [];
  if (p.verdict !== e.outcome) bad.push(`outcome ${p.verdict}`);
  const preflighted = p.requests.some((r) => r.kind === 'preflight');
  if (e.preflight && (preflighted ? 'sent' : 'none') !== e.preflight) bad.push(`preflight ${preflighted ? 'sent' : 'none'}`);
  if (e.readableHeader) {
    const names = p.js.kind === 'response' ? p.js.readableHeaders.map(([n]) => n.toLowerCase()) : [];
    if (names.includes(e.readableHeader.name.toLowerCase()) !== e.readableHeader.readable) bad.push(`${e.readableHeader.name} readable: ${!e.readableHeader.readable}`);
  }
  return bad;
}

const failing = (scenario: Scenario, lesson: Lesson) => lesson.check.filter((probe) => unmet(modelProbe(scenario, probe), probe).length > 0).map((p) => p.label);

describe('lessons of chapters 07–12', () => {
  test('each chapter holds exactly the lesson ids its file announces (they are in links)', () => {
    expect(CHAPTERS.map((c) => c.lessons.map((l) => l.id))).toEqual([
      ['preflight-401', 'redirected-preflight'],
      ['two-allow-origin-values'],
      ['expose-headers'],
      ['preflight-cache-max-age'],
      ['redirect-taints-origin'],
      ['no-cors-is-opaque'],
    ]);
  });

  test.each(LESSONS.map((l) => [l.id, l] as const))('%s is complete and its scenarios are valid scenario JSON', (_id, lesson) => {
    expect(lesson.hints.length).toBeGreaterThanOrEqual(3);
    expect(lesson.check.length).toBeGreaterThanOrEqual(1);
    expect(lesson.spec.href).toMatch(/^https:\/\/fetch\.spec\.whatwg\.org\/#[a-z-]+$/);
    for (const framework of ['express', 'fastapi', 'spring', 'go', 'nginx'] as const) expect(lesson.configure[framework].trim()).not.toBe('');
    for (const scenario of [lesson.start, lesson.solution]) {
      const parsed = parseScenario(JSON.stringify(scenario));
      expect(parsed.ok ? parsed.scenario : parsed.error).toEqual(scenario);
      expect(readableLink({ scenario }).length).toBeLessThan(16_000);
    }
  });

  test.each(LESSONS.map((l) => [l.id, l] as const))('%s: the model starts where the lesson says and only the solution passes', (_id, lesson) => {
    const start = predictScenario(lesson.start);
    expect({ outcome: start.verdict, corsError: start.corsError }).toEqual({ outcome: lesson.startsWith.outcome, corsError: lesson.startsWith.corsError ?? null });
    expect(failing(lesson.start, lesson)).not.toEqual([]);
    expect(failing(lesson.solution, lesson)).toEqual([]);
  });

  test.each(LESSONS.filter((l) => l.startsWith.corsError).map((l) => [l.id, l] as const))('%s quotes Chromium\'s message as the model words it', (_id, lesson) => {
    const message = predictScenario(lesson.start).consoleMessage ?? '';
    // Quoted sentences of the story; "…" stands for a URL or value the story leaves out.
    const quotes = [...lesson.story.matchAll(/"([^"]+\.)"/g)].map((m) => m[1]!);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) for (const piece of quote.split('…')) expect(message).toContain(piece);
  });

  test('every error a lesson teaches leads back to that lesson', () => {
    for (const lesson of LESSONS) for (const error of lesson.teaches) expect([error, LESSON_FOR_ERROR[error]]).toEqual([error, lesson.id]);
    const mapped = Object.entries(LESSON_FOR_ERROR).filter(([, id]) => LESSONS.some((l) => l.id === id)).map(([error]) => error);
    expect(mapped.sort()).toEqual(LESSONS.flatMap((l) => l.teaches).sort());
  });

  test('redirects: without the user-info the story\'s "stranger error" is the tainted origin', () => {
    const lesson = redirects.lessons[0]!;
    const start = lesson.start.server;
    if (start.type !== 'raw') throw new Error('the redirect lesson is written in raw lines');
    const actual = { ...start.actual, headers: start.actual.headers.map(([n, v]): [string, string] => [n, n === 'Location' ? v.replace('http://reports:s3cret@{api2-host}', '{api2}') : v]) };
    const p = predictScenario({ ...lesson.start, server: { ...start, actual } });
    expect([p.corsError, p.requests.at(-1)?.headers.find(([n]) => n.toLowerCase() === 'origin')?.[1]]).toEqual(['AllowOriginMismatch', 'null']);
  });

  // Fixes that make the app work but open the API: each fails the probe that keeps an untrusted origin out.
  const withPolicy = (scenario: Scenario, policy: Partial<Policy>): Scenario =>
    scenario.server.type === 'policy' ? { ...scenario, server: { type: 'policy', policy: { ...scenario.server.policy, ...policy } } } : scenario;
  const redirectStart = redirects.lessons[0]!.start;
  const wrongFixes: Array<[string, Lesson, Scenario, string]> = [
    ['preflight-401 fixed by allowing any origin', preflightAnswers.lessons[0]!, withPolicy(preflightAnswers.lessons[0]!.solution, { allowOrigin: { type: 'any' } }), "The attacker's site is still refused"],
    ['two values fixed by keeping only the proxy\'s "*"', twoValues.lessons[0]!, withPolicy(twoValues.lessons[0]!.start, { allowOrigin: { type: 'none' } }), "The attacker's site is still refused"],
    [
      'the tainted redirect fixed with "*" on both hops',
      redirects.lessons[0]!,
      rawLesson('', redirectStart.request, rawResponse(204, ['Access-Control-Allow-Origin', '*']), rawResponse(302, ['Access-Control-Allow-Origin', '*'], ['Location', '{api2}/files/2026-11.json'])),
      'A sandboxed page (origin "null") is refused',
    ],
  ];
  test.each(wrongFixes)('a wrong fix does not pass: %s', (_name, lesson, scenario, refused) => {
    expect(failing(scenario, lesson)).toEqual([refused]);
  });

  test('preflight cache: Max-Age on the actual response only does not pass', () => {
    const lesson = preflightCache.lessons[0]!;
    expect(failing(MAX_AGE_ON_ACTUAL_ONLY, lesson)).toEqual(['The second save sends no preflight']);
  });
});
