// Chapters 04–06 in real Chromium, through the playground itself: each lesson's
// starting scenario fails with the CorsError the lesson names (read from the
// DevTools protocol), and each probe of the check holds for the solution and
// not all of them for the start. The generic lesson flow (the lesson page, the
// UI, progress) is e2e/lessons.spec.ts; this spec checks the lessons' claims.
import { test, expect, type Playground } from './fixtures.ts';
import { originMismatch } from '../src/lessons/chapters/04-origin-mismatch.ts';
import { credentials } from '../src/lessons/chapters/05-credentials.ts';
import { methodsAndHeaders } from '../src/lessons/chapters/06-methods-and-headers.ts';
import type { Lesson, Probe } from '../src/lessons/types.ts';
import type { Scenario } from '../src/scenario/types.ts';

const LESSONS = [originMismatch, credentials, methodsAndHeaders].flatMap((c) => c.lessons);

const variant = (scenario: Scenario, probe: Probe): Scenario => ({ ...scenario, request: { ...scenario.request, ...probe.request, from: probe.from } });

/** The expectations of one probe this real run does not meet, read from the run's test hooks (the server's record, the real result). */
async function unmet(playground: Playground, probe: Probe): Promise<string[]> {
  const r = playground.result;
  const seen = {
    outcome: await r.getAttribute('data-browser-outcome'),
    preflight: await r.getAttribute('data-preflight'),
    cookie: (await r.getAttribute('data-cookie'))?.split(',')[0] || 'not-sent',
    readsPrivateData: (await r.getAttribute('data-leak')) === 'true',
  };
  const e = probe.expect;
  return (Object.keys(seen) as (keyof typeof seen)[]).filter((k) => e[k] !== undefined && e[k] !== seen[k]).map((k) => `${k}: ${String(seen[k])}`);
}

async function runProbes(playground: Playground, lesson: Lesson, scenario: Scenario): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const probe of lesson.check) {
    await playground.load(variant(scenario, probe));
    await playground.send();
    out[probe.label] = await unmet(playground, probe);
  }
  return out;
}

for (const lesson of LESSONS) {
  test(`${lesson.id}: the start fails as the lesson says, the solution passes every probe`, async ({ playground, truth }) => {
    // Up to seven real runs (the start, then every probe on the start and on the solution).
    test.setTimeout(120_000);
    await playground.open(lesson.start);
    if (lesson.login) await playground.logIn(lesson.login);
    await playground.send();
    await expect(playground.result).toHaveAttribute('data-browser-outcome', lesson.startsWith.outcome);
    expect(truth.corsFailures.map((f) => f.corsError)).toEqual([lesson.startsWith.corsError]);
    // The story quotes Chromium's console message ("…" stands for a value it leaves out).
    const message = truth.corsMessages[0] ?? '';
    for (const [, quote] of lesson.story.matchAll(/"([^"]+\.)"/g)) for (const piece of quote!.split('…')) expect(message).toContain(piece);

    const start = await runProbes(playground, lesson, lesson.start);
    expect(Object.values(start).some((bad) => bad.length > 0), 'the start fails some probe').toBe(true);
    const solution = await runProbes(playground, lesson, lesson.solution);
    expect(solution).toEqual(Object.fromEntries(lesson.check.map((p) => [p.label, []])));
  });
}

test('method-not-allowed: before Send, the page says why the DELETE is preflighted', async ({ page, playground }) => {
  await playground.open(methodsAndHeaders.lessons[0]!.start);
  await expect(page.getByTestId('preflight-why')).toContainText('asked first with a preflight: DELETE is not GET, HEAD or POST');
});
