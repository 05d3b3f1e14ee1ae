// Chapter 15 against the rest of the project: its lessons are valid
// scenarios, the security review flags every start before any run and is
// silent on every solution, and every lesson the review links exists (as a
// planned id of some chapter: they are fixed, being in links).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { attacks } from '../15-attacks.ts';
import { parseScenario } from '../../../scenario/parse.ts';
import { reviewPolicy, RAW_RULES } from '../../../engine/review.ts';
import { POLICY_RULES } from '../../../engine/review-rules.ts';
import { LESSON_FOR_FLAW, patternReview } from '../../../engine/review-patterns.ts';
import { makeDeployment } from '../../../scenario/origins.ts';
import type { ServerSide } from '../../../scenario/types.ts';

const DEPLOYMENT = makeDeployment();

/** Every lesson id the chapter files plan. */
function plannedLessonIds(): Set<string> {
  const dir = new URL('../', import.meta.url);
  const ids = readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((f) => {
    const line = /Lessons \(ids are stable[^)]*\): (.*)\./.exec(readFileSync(new URL(f, dir), 'utf8'))?.[1] ?? '';
    return line.split(',').map((s) => s.trim());
  });
  return new Set(ids);
}

describe('chapter 15: attacks', () => {
  test('its lessons are the planned ones, in order', () => {
    const header = /Lessons \(ids are stable[^)]*\): (.*)\./.exec(readFileSync(new URL('../15-attacks.ts', import.meta.url), 'utf8'))![1]!;
    expect(attacks.lessons.map((l) => l.id)).toEqual(header.split(', '));
  });

  test.each(attacks.lessons.map((l) => [l.id, l] as const))('%s: start and solution are valid scenarios, each probe too', (_id, lesson) => {
    for (const s of [lesson.start, lesson.solution]) expect(parseScenario(JSON.stringify(s))).toMatchObject({ ok: true });
    for (const probe of lesson.check) {
      const varied = { ...lesson.solution, request: { ...lesson.solution.request, ...probe.request, from: probe.from } };
      expect(parseScenario(JSON.stringify(varied)), probe.label).toMatchObject({ ok: true });
    }
    expect(lesson.hints.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(lesson.configure).sort()).toEqual(['express', 'fastapi', 'go', 'nginx', 'spring']);
    expect(lesson.login, 'an attack lesson logs the victim in').toBeDefined();
  });

  test.each(attacks.lessons.map((l) => [l.id, l] as const))('%s: the review flags the start before any run and is silent on the solution', (_id, lesson) => {
    const serious = (s: ServerSide) => reviewPolicy(s, DEPLOYMENT, lesson.start.request).filter((w) => w.severity !== 'info');
    expect(serious(lesson.start.server).length).toBeGreaterThan(0);
    expect(serious(lesson.solution.server)).toEqual([]);
  });

  test('every lesson the review links is planned by a chapter', () => {
    const planned = plannedLessonIds();
    expect(planned.size).toBeGreaterThan(30);
    const linked = [...POLICY_RULES, ...patternReview, ...RAW_RULES].map((r) => r.lesson).filter((l): l is string => typeof l === 'string');
    for (const lesson of [...linked, ...Object.values(LESSON_FOR_FLAW)]) expect(planned.has(lesson), lesson).toBe(true);
  });
});
