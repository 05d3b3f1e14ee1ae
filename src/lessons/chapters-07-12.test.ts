// Chapters 07–12 (preflight answers, two values, exposed headers, preflight
// cache, redirects, no-cors): what only these chapters claim, chiefly wrong fixes
// the model must not let pass. Every lesson's shape, start and quotes are checked
// once, over the registry, in lessons.test.ts; the real browser decides whether a
// lesson passes (e2e/lessons-07-12.spec.ts checks the same claims in Chromium).
import { describe, expect, test } from 'vitest';
import { predictScenario } from '../engine/test-support.ts';
import type { Policy, Scenario } from '../scenario/types.ts';
import { rawLesson, rawResponse } from './lesson-parts.ts';
import type { Lesson } from './types.ts';
import { failingProbes } from './model-check.ts';
import { preflightAnswers } from './chapters/07-preflight-answers.ts';
import { twoValues } from './chapters/08-two-values.ts';
import { exposedHeaders } from './chapters/09-exposed-headers.ts';
import { MAX_AGE_ON_ACTUAL_ONLY, preflightCache } from './chapters/10-preflight-cache.ts';
import { redirects } from './chapters/11-redirects.ts';
import { noCors } from './chapters/12-no-cors.ts';

const CHAPTERS = [preflightAnswers, twoValues, exposedHeaders, preflightCache, redirects, noCors];

const failing = (scenario: Scenario, lesson: Lesson) => failingProbes(lesson, scenario);

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
