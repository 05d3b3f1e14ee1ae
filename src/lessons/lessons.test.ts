// Every lesson is well-formed data: ids unique and in the links' syntax, hints
// present, probes expressible (the scenario parser accepts them), the solution
// different from the start, the chapter files' planned ids respected, and the
// error → lesson table (by-error.ts) in agreement with what lessons teach.
// Whether EVERY producible error is taught lives in every-error-taught.test.ts
// until all chapters have landed (see that file).
import { describe, expect, it } from 'vitest';
import { CHAPTERS, LESSONS, lessonById } from './index.ts';
import { LESSON_FOR_ERROR } from './by-error.ts';
import { parseScenario } from '../scenario/parse.ts';
import { LESSON_ID, lessonLink, readLessonLink } from '../scenario/link-readable.ts';
import { readableLink } from '../scenario/link.ts';
import type { Framework, Lesson } from './types.ts';
import type { Scenario } from '../scenario/types.ts';
import { failingProbes, modelStart } from './model-check.ts';

const FRAMEWORKS: Framework[] = ['express', 'fastapi', 'spring', 'go', 'nginx'];
const chapterSources = import.meta.glob<string>(['./chapters/*.ts', '!./chapters/*.test.ts'], { query: '?raw', import: 'default', eager: true });

/** The lesson ids a chapter file plans in its header comment ("Lessons (ids are stable…): a, b."). */
function plannedIds(source: string): string[] {
  const line = /Lessons \(ids are stable[^)]*\):\s*([^\n]*)/.exec(source)?.[1] ?? '';
  return line.replace(/\.$/, '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** Lessons whose start fails only through what the engine does not model, and why. */
const MODEL_CANNOT_TELL: Record<string, string> = {
  'missing-vary-origin': "the start fails through the browser's HTTP cache (a stored answer for another origin), which the model does not keep between probes",
};

function reparse(scenario: Scenario): ReturnType<typeof parseScenario> {
  return parseScenario(JSON.stringify(scenario));
}

describe.each(LESSONS.map((l) => [l.id, l] as [string, Lesson]))('lesson %s', (_id, lesson) => {
  it('has an id in the links’ syntax, and its link opens it', () => {
    expect(lesson.id).toMatch(LESSON_ID);
    expect(readLessonLink(lessonLink(lesson.id))).toEqual({ id: lesson.id });
    expect(lessonById(lesson.id)).toBe(lesson);
  });

  it('has its texts: story, goal, three hints or more, a short rule, a spec link, a snippet per framework', () => {
    for (const text of [lesson.title, lesson.story, lesson.goal, lesson.rule, lesson.spec.title]) expect(text.trim()).not.toBe('');
    // Hints come one at a time, from a nudge to the answer; the rule is what is kept: short.
    expect(lesson.hints.length).toBeGreaterThanOrEqual(3);
    for (const hint of lesson.hints) expect(hint.trim()).not.toBe('');
    expect(lesson.rule.split(/(?<=\.) /).length).toBeLessThanOrEqual(3);
    expect(lesson.spec.href).toMatch(/^https:\/\/[a-z.-]+\//);
    for (const f of FRAMEWORKS) expect(lesson.configure[f]?.trim(), f).toBeTruthy();
  });

  it('starts and ends on scenarios the parser accepts, and the solution differs from the start', () => {
    expect(reparse(lesson.start)).toMatchObject({ ok: true });
    expect(reparse(lesson.solution)).toMatchObject({ ok: true });
    for (const scenario of [lesson.start, lesson.solution]) expect(readableLink({ scenario }).length).toBeLessThan(16_000);
    expect(JSON.stringify({ ...lesson.solution, title: null })).not.toBe(JSON.stringify({ ...lesson.start, title: null }));
  });

  it('has probes that are expressible: each varied scenario passes the parser', () => {
    expect(lesson.check.length).toBeGreaterThan(0);
    for (const probe of lesson.check) {
      expect(probe.label.trim()).not.toBe('');
      expect(probe.runs ?? 1).toBeGreaterThanOrEqual(1);
      for (const base of [lesson.start, lesson.solution]) {
        const probed: Scenario = { ...base, request: { ...base.request, ...probe.request, from: probe.from } };
        const parsed = reparse(probed);
        expect(parsed, `${probe.label}: ${parsed.ok ? '' : parsed.error}`).toMatchObject({ ok: true });
      }
    }
  });

  it('starts failing or leaking, and teaches the error it starts with', () => {
    // The error it starts with is taught, by this lesson or by the one by-error.ts names for it.
    const error = lesson.startsWith.corsError;
    if (error) expect(lesson.teaches.includes(error) || LESSON_FOR_ERROR[error] !== undefined, error).toBe(true);
    // A lesson starts from something wrong: a failure, (an attack lesson) a leak, or a success that
    // falls short of what a probe asks beyond the outcome (a header to read, no second preflight), or
    // one that goes wrong from another origin than the start's (probes from several origins).
    const asksMore = lesson.check.some((p) => p.expect.outcome === 'ok' && (p.expect.readableHeader !== undefined || p.expect.preflight === 'none'));
    const otherOrigins = new Set(lesson.check.map((p) => p.from)).size > 1;
    expect(lesson.startsWith.outcome !== 'ok' || lesson.startsWith.leak === true || asksMore || otherOrigins).toBe(true);
  });

  it('the model starts where the lesson says, and of start and solution only the solution passes its probes', () => {
    const start = modelStart(lesson);
    expect({ outcome: start.verdict, corsError: start.corsError }).toEqual({ outcome: lesson.startsWith.outcome, corsError: lesson.startsWith.corsError ?? null });
    // Where the model cannot tell start from solution it must really be unable to (so the exception
    // is noticed, and removed, once the model learns what the lesson shows).
    if (lesson.id in MODEL_CANNOT_TELL) expect(failingProbes(lesson, lesson.start), MODEL_CANNOT_TELL[lesson.id]).toEqual([]);
    else expect(failingProbes(lesson, lesson.start)).not.toEqual([]);
    expect(failingProbes(lesson, lesson.solution)).toEqual([]);
  });
});

const failingWithCorsError = LESSONS.filter((l) => l.startsWith.corsError !== undefined);
describe.each(failingWithCorsError.map((l) => [l.id, l] as [string, Lesson]))('lesson %s, which starts with a CORS error', (_id, lesson) => {
  it("quotes the engine's console words for its start where the story quotes the browser", () => {
    // Quoted sentences of the story; "…" stands for a URL or value the story leaves out.
    const quotes = [...lesson.story.matchAll(/"([^"]+\.)"/g)].map((m) => m[1]!);
    const message = modelStart(lesson).consoleMessage ?? '';
    for (const quote of quotes) for (const piece of quote.split('…')) expect(message).toContain(piece);
  });
});

describe('the registry', () => {
  it('has unique lesson ids and unique chapter ids', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    expect(new Set(CHAPTERS.map((c) => c.id)).size).toBe(CHAPTERS.length);
  });

  it('keeps each chapter’s lessons among the ids its file planned (they are in links)', () => {
    expect(Object.keys(chapterSources)).toHaveLength(CHAPTERS.length);
    const planned = Object.values(chapterSources).map(plannedIds);
    for (const chapter of CHAPTERS) {
      const ids = chapter.lessons.map((l) => l.id);
      const plan = planned.find((p) => ids.every((id) => p.includes(id)));
      expect(plan, `${chapter.id}: ${ids.join(', ')}`).toBeDefined();
    }
  });

  it('agrees with by-error.ts: the lesson linked for an error teaches it, and every taught error is linked', () => {
    const written = new Set(LESSONS.map((l) => l.id));
    for (const [error, id] of Object.entries(LESSON_FOR_ERROR)) {
      // A lesson not written yet cannot disagree; every-error-taught.test.ts requires them all.
      if (!written.has(id)) continue;
      expect(lessonById(id)!.teaches, `${error} → ${id}`).toContain(error);
    }
    for (const lesson of LESSONS) for (const error of lesson.teaches) expect(LESSON_FOR_ERROR[error], `${lesson.id} teaches ${error}`).toBeDefined();
  });
});
