// Lessons of chapters 07–12 in real Chromium: each lesson's start fails (or
// falls short) for the reason the lesson gives (outcome and CorsError, read
// from DevTools), its solution passes every probe, its start does not, and a
// tempting wrong answer to the preflight-cache lesson does not pass.
import { test, expect, type BrowserTruth, type Playground } from './fixtures.ts';
import type { Probe } from '../src/lessons/types.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { preflightAnswers } from '../src/lessons/chapters/07-preflight-answers.ts';
import { twoValues } from '../src/lessons/chapters/08-two-values.ts';
import { exposedHeaders } from '../src/lessons/chapters/09-exposed-headers.ts';
import { MAX_AGE_ON_ACTUAL_ONLY, preflightCache } from '../src/lessons/chapters/10-preflight-cache.ts';
import { redirects } from '../src/lessons/chapters/11-redirects.ts';
import { noCors } from '../src/lessons/chapters/12-no-cors.ts';

const LESSONS = [preflightAnswers, twoValues, exposedHeaders, preflightCache, redirects, noCors].flatMap((c) => c.lessons);

/** The response headers page JavaScript could read in the last run, lower-case names. */
async function readableHeaderNames(playground: Playground): Promise<string[]> {
  return playground.result.evaluate((el) => {
    const heading = [...el.querySelectorAll('h4')].find((h) => h.textContent === 'Readable headers');
    const list = heading?.nextElementSibling;
    if (!list || list.tagName !== 'PRE') return [];
    return (list.textContent ?? '').split('\n').map((line) => line.slice(0, line.indexOf(':')).toLowerCase());
  });
}

/** Runs one probe the way a lesson's check does (the scenario varied, `runs` times) and says which expectations failed. */
async function runProbe(playground: Playground, scenario: Scenario, probe: Probe): Promise<string[]> {
  await playground.load({ ...scenario, request: { ...scenario.request, ...probe.request, from: probe.from } });
  for (let i = 0; i < (probe.runs ?? 1); i++) await playground.send();
  const { result } = playground;
  const e = probe.expect;
  const failed: string[] = [];
  const outcome = await result.getAttribute('data-browser-outcome');
  if (outcome !== e.outcome) failed.push(`outcome ${outcome}`);
  const preflight = await result.getAttribute('data-preflight');
  if (e.preflight && preflight !== e.preflight) failed.push(`preflight ${preflight}`);
  if (e.readableHeader) {
    const readable = (await readableHeaderNames(playground)).includes(e.readableHeader.name.toLowerCase());
    if (readable !== e.readableHeader.readable) failed.push(`${e.readableHeader.name} readable: ${readable}`);
  }
  return failed;
}

async function corsErrorOfLastRun(truth: BrowserTruth): Promise<string | null> {
  // DevTools events may trail the page's own result by a moment.
  await expect.poll(() => truth.corsFailures.length > 0 || truth.consoleErrors.length > 0, { timeout: 2_000 }).toBe(true).catch(() => undefined);
  return truth.corsFailures.at(-1)?.corsError ?? null;
}

for (const lesson of LESSONS) {
  test(`lesson ${lesson.id}: starts for its reason, the solution passes, the start does not`, async ({ playground, truth }) => {
    test.setTimeout(120_000); // up to eight real runs
    await playground.open(lesson.start);
    truth.clear();
    await playground.send();
    await expect(playground.result).toHaveAttribute('data-browser-outcome', lesson.startsWith.outcome);
    expect(await corsErrorOfLastRun(truth)).toBe(lesson.startsWith.corsError ?? null);

    const startFailures = [];
    for (const probe of lesson.check) startFailures.push(...(await runProbe(playground, lesson.start, probe)));
    expect(startFailures, 'the start must not pass the check').not.toEqual([]);

    for (const probe of lesson.check) expect(await runProbe(playground, lesson.solution, probe), probe.label).toEqual([]);
  });
}

test('preflight-cache-max-age: Max-Age on the actual response only does not pass', async ({ playground }) => {
  const [probe] = preflightCache.lessons[0]!.check;
  await playground.open();
  expect(await runProbe(playground, MAX_AGE_ON_ACTUAL_ONLY, probe!)).toEqual(['preflight sent']);
});
