// Every lesson of the registry, in real Chromium: opened by its own link, its
// starting scenario fails (or leaks) for the reason the lesson is about,
// "Show me" puts the solution into the editors, and Check, which runs every
// probe in the real browser, marks it passed. Adding a lesson adds a test.
import { LESSONS } from '../src/lessons/index.ts';
import { test, expect } from './fixtures.ts';
import { LESSON_TEST_TIMEOUT_MS, expectStartingFailure, lessonCard, logInFor, openLesson, pressCheck, probeReport } from './lesson-helpers.ts';

for (const lesson of LESSONS) {
  test(`lesson ${lesson.id}: the start fails for real, the solution passes the check`, async ({ page, playground, truth }) => {
    test.setTimeout(LESSON_TEST_TIMEOUT_MS);
    const card = await openLesson(playground, lesson);
    await logInFor(playground, lesson);
    await expectStartingFailure(playground, truth, lesson);
    await card.getByRole('button', { name: 'Show me' }).click();
    const state = await pressCheck(page);
    expect(state, (await probeReport(page)).join('\n')).toBe('passed');
    await expect(card.getByTestId('probe')).toHaveCount(lesson.check.length);
    for (const probe of await card.getByTestId('probe').all()) await expect(probe).toHaveAttribute('data-probe-state', 'passed');
    // Once passed: the rule, the standard, and the way back to the free playground with the scenario loaded.
    await expect(card.getByTestId('lesson-passed')).toContainText(lesson.rule.slice(0, 40));
    await card.getByRole('button', { name: 'Continue in the playground' }).click();
    await expect(lessonCard(page)).toHaveCount(0);
    await expect(page.getByLabel('Method', { exact: true })).toHaveValue(lesson.solution.request.method);
  });
}

test('the starting scenario does not pass a lesson, and progress is kept in this browser', async ({ page, playground }) => {
  test.setTimeout(LESSON_TEST_TIMEOUT_MS);
  const [lesson] = LESSONS;
  if (!lesson) throw new Error('no lessons in the registry');
  await openLesson(playground, lesson);
  expect(await pressCheck(page)).toBe('failed');
  await expect(lessonCard(page).getByTestId('probe').first()).toHaveAttribute('data-probe-state', 'failed');
  await lessonCard(page).getByRole('button', { name: 'Show me' }).click();
  expect(await pressCheck(page)).toBe('passed');
  await page.reload();
  await expect(lessonCard(page)).toHaveAttribute('data-lesson-id', lesson.id);
  await lessonCard(page).getByText(/All lessons/).click();
  await expect(lessonCard(page).getByTestId('lesson-progress').locator('li[data-standing="current"]')).toHaveCount(1);
  const progress = await page.evaluate(() => localStorage.getItem('cors-playground:lesson-progress:v1'));
  expect(JSON.parse(progress ?? '{}')).toEqual({ version: 1, passed: [lesson.id] });
});
