// A newcomer goes through the first six lessons of the path with the keyboard
// alone: Tab to move, Enter and Space to press, typing to edit a field (and
// the arrow keys inside a radio group, the one way a keyboard changes a radio).
// For the lessons in KEYBOARD_FIXES the fix is made by editing the fields, as
// a learner would; any other lesson uses "Show me", reached by keyboard.
import type { Locator, Page } from '@playwright/test';
import { LESSONS } from '../src/lessons/index.ts';
import { test, expect } from './fixtures.ts';
import { lessonCard, openLesson } from './lesson-helpers.ts';

/** Presses Tab until `target` has focus (a real keyboard path, no click, no focus() call). */
async function tabTo(page: Page, target: Locator, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const KEYBOARD_FIXES: Record<string, (page: Page) => Promise<void>> = {
  'make-it-simple': async (page) => {
    const value = page.getByLabel('Request headers 1 value');
    await tabTo(page, value); // Tab into a text field selects its text: typing replaces it
    await page.keyboard.type('text/plain');
    await expect(value).toHaveValue('text/plain');
  },
  'what-forces-a-preflight': async (page) => {
    await tabTo(page, page.getByRole('button', { name: 'Remove header 3' }));
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Request headers 3 name')).toHaveCount(0);
  },
  'missing-allow-origin': async (page) => {
    // Tab enters the radio group on its checked radio; the arrow keys move the choice.
    const group = page.getByRole('group', { name: /Allowed origins/ });
    await tabTo(page, group.getByRole('radio', { name: 'None (no header)' }));
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { name: 'A list' })).toBeChecked();
  },
  'cors-on-error-responses': async (page) => {
    const box = page.getByRole('checkbox', { name: /CORS headers on error responses/ });
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  },
};

test('the first six lessons with the keyboard alone', async ({ page, playground }) => {
  const path = LESSONS.slice(0, 6);
  test.setTimeout(60_000 + path.length * 60_000);
  const [first] = path;
  if (!first) throw new Error('no lessons in the registry');
  await openLesson(playground, first);
  for (const [i, lesson] of path.entries()) {
    const card = lessonCard(page);
    await expect(card).toHaveAttribute('data-lesson-id', lesson.id);
    const fix = KEYBOARD_FIXES[lesson.id];
    if (fix) await fix(page);
    else {
      await tabTo(page, card.getByRole('button', { name: 'Show me' }));
      await page.keyboard.press('Enter');
    }
    await tabTo(page, card.getByRole('button', { name: 'Check', exact: true }));
    await page.keyboard.press('Enter');
    await expect(card).toHaveAttribute('data-lesson-state', 'passed', { timeout: 50_000 });
    if (i === path.length - 1) break;
    await tabTo(page, card.getByRole('button', { name: /^Next lesson/ }));
    await page.keyboard.press('Enter');
  }
});
