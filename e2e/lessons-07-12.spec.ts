// Lessons of chapters 07–12 in real Chromium, beyond the generic lesson spec
// (which sees each start fail and each solution pass): the lesson card's Check
// does not pass a start as it opens, and a tempting wrong answer to the
// preflight-cache lesson (Max-Age on the actual response only) does not pass.
import { test, expect } from './fixtures.ts';
import { LESSON_TEST_TIMEOUT_MS, lessonCard, openLesson, pressCheck, probeReport } from './lesson-helpers.ts';
import { encodeLink } from '../src/scenario/link.ts';
import { preflightAnswers } from '../src/lessons/chapters/07-preflight-answers.ts';
import { twoValues } from '../src/lessons/chapters/08-two-values.ts';
import { exposedHeaders } from '../src/lessons/chapters/09-exposed-headers.ts';
import { MAX_AGE_ON_ACTUAL_ONLY, preflightCache } from '../src/lessons/chapters/10-preflight-cache.ts';
import { redirects } from '../src/lessons/chapters/11-redirects.ts';
import { noCors } from '../src/lessons/chapters/12-no-cors.ts';

const LESSONS = [preflightAnswers, twoValues, exposedHeaders, preflightCache, redirects, noCors].flatMap((c) => c.lessons);

for (const lesson of LESSONS) {
  test(`lesson ${lesson.id}: Check does not pass the start`, async ({ page, playground }) => {
    test.setTimeout(LESSON_TEST_TIMEOUT_MS);
    await openLesson(playground, lesson);
    expect(await pressCheck(page), (await probeReport(page)).join('\n')).toBe('failed');
  });
}

test('preflight-cache-max-age: Max-Age on the actual response only does not pass', async ({ page, playground }) => {
  test.setTimeout(LESSON_TEST_TIMEOUT_MS);
  const lesson = preflightCache.lessons[0]!;
  await page.goto('/' + (await encodeLink({ scenario: MAX_AGE_ON_ACTUAL_ONLY, lesson: lesson.id })));
  const card = lessonCard(page);
  await expect(card).toHaveAttribute('data-lesson-id', lesson.id);
  await expect(playground.sendButton).toBeEnabled();
  expect(await pressCheck(page)).toBe('failed');
  await expect(card.getByTestId('probe')).toHaveAttribute('data-probe-state', 'failed');
  await expect(card.getByTestId('probe')).toContainText('expected no preflight, the server got one');
  // The same card passes the lesson's own solution: the failure above is the wrong answer's, not the harness's.
  await card.getByRole('button', { name: 'Show me' }).click();
  expect(await pressCheck(page)).toBe('passed');
});
