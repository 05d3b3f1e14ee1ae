// Lessons of chapters 07–12 in real Chromium, through the lesson card as a
// learner meets it: opened by its own link, the start fails (or falls short)
// for the reason the lesson gives (outcome, and the CorsError read from
// DevTools), "Check" does not pass it, "Show me" then "Check" does; and a
// tempting wrong answer to the preflight-cache lesson does not pass.
import type { Locator, Page } from '@playwright/test';
import { test, expect, type BrowserTruth } from './fixtures.ts';
import type { Lesson } from '../src/lessons/types.ts';
import { encodeLink } from '../src/scenario/link.ts';
import { lessonLink } from '../src/scenario/link-readable.ts';
import { preflightAnswers } from '../src/lessons/chapters/07-preflight-answers.ts';
import { twoValues } from '../src/lessons/chapters/08-two-values.ts';
import { exposedHeaders } from '../src/lessons/chapters/09-exposed-headers.ts';
import { MAX_AGE_ON_ACTUAL_ONLY, preflightCache } from '../src/lessons/chapters/10-preflight-cache.ts';
import { redirects } from '../src/lessons/chapters/11-redirects.ts';
import { noCors } from '../src/lessons/chapters/12-no-cors.ts';

const LESSONS = [preflightAnswers, twoValues, exposedHeaders, preflightCache, redirects, noCors].flatMap((c) => c.lessons);

/** The lesson card, once its data has loaded. */
async function lessonCard(page: Page, lesson: Lesson): Promise<Locator> {
  const card = page.getByTestId('lesson');
  await expect(card).toHaveAttribute('data-lesson-id', lesson.id);
  return card;
}

/** Presses the card's Check (every probe, in the real browser) and returns the state it ends in. */
async function check(card: Locator): Promise<string> {
  await card.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(card).not.toHaveAttribute('data-lesson-state', /idle|checking/, { timeout: 60_000 });
  return (await card.getAttribute('data-lesson-state')) ?? '';
}

async function corsErrorOfLastRun(truth: BrowserTruth): Promise<string | null> {
  // DevTools events may trail the page's own result by a moment.
  await expect.poll(() => truth.corsFailures.length > 0, { timeout: 2_000 }).toBe(true).catch(() => undefined);
  return truth.corsFailures.at(-1)?.corsError ?? null;
}

for (const lesson of LESSONS) {
  test(`lesson ${lesson.id}: starts for its reason, its start does not pass, its solution does`, async ({ page, playground, truth }) => {
    test.setTimeout(120_000); // up to eight real runs
    await page.goto('/' + lessonLink(lesson.id));
    const card = await lessonCard(page, lesson);
    await expect(playground.sendButton).toBeEnabled();
    truth.clear();
    await playground.send();
    await expect(playground.result).toHaveAttribute('data-browser-outcome', lesson.startsWith.outcome);
    expect(await corsErrorOfLastRun(truth)).toBe(lesson.startsWith.corsError ?? null);

    expect(await check(card), 'the start must not pass').toBe('failed');
    await card.getByRole('button', { name: 'Show me' }).click();
    expect(await check(card), 'the solution must pass').toBe('passed');
  });
}

test('preflight-cache-max-age: Max-Age on the actual response only does not pass', async ({ page }) => {
  const lesson = preflightCache.lessons[0]!;
  await page.goto('/' + (await encodeLink({ scenario: MAX_AGE_ON_ACTUAL_ONLY, lesson: lesson.id })));
  const card = await lessonCard(page, lesson);
  expect(await check(card)).toBe('failed');
  await expect(card.getByTestId('probe')).toHaveAttribute('data-probe-state', 'failed');
  await expect(card.getByTestId('probe')).toContainText('expected no preflight, the server got one');
});
