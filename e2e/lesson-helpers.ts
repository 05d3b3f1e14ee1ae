// Helpers for lesson specs (the generic one, lessons.spec.ts, and each chapter
// owner's own): open a lesson by its link, see its start fail for real, press
// Check and read the verdict the real browser gave.
import type { Locator, Page } from '@playwright/test';
import type { Lesson } from '../src/lessons/types.ts';
import { lessonLink } from '../src/scenario/link-readable.ts';
import { expect, type BrowserTruth, type Playground } from './fixtures.ts';

/** Room for a lesson whose check runs several probes on a loaded machine. */
export const LESSON_TEST_TIMEOUT_MS = 120_000;

export function lessonCard(page: Page): Locator {
  return page.getByTestId('lesson');
}

/** Opens the lesson by its own link (#lesson=<id>) and waits until it can run. */
export async function openLesson(playground: Playground, lesson: Lesson): Promise<Locator> {
  await playground.page.goto('/' + lessonLink(lesson.id));
  const card = lessonCard(playground.page);
  await expect(card).toHaveAttribute('data-lesson-id', lesson.id);
  await expect(playground.sendButton).toBeEnabled();
  await expect(card.getByRole('button', { name: 'Check', exact: true })).toBeEnabled();
  return card;
}

/** Logs the victim in from the login panel when the lesson needs it. */
export async function logInFor(playground: Playground, lesson: Lesson): Promise<void> {
  if (lesson.login) await playground.logIn(lesson.login);
}

/** Sends the scenario on screen and checks that the real browser did what `startsWith` says (CorsError from DevTools). */
export async function expectStartingFailure(playground: Playground, truth: BrowserTruth, lesson: Lesson): Promise<void> {
  truth.clear();
  await playground.send();
  const { outcome, corsError, leak } = lesson.startsWith;
  await expect(playground.result).toHaveAttribute('data-browser-outcome', outcome);
  if (corsError) expect(truth.corsFailures.at(-1)?.corsError, 'the CorsError Chromium recorded').toBe(corsError);
  if (leak !== undefined) await expect(playground.result).toHaveAttribute('data-leak', String(leak));
}

/** Presses Check and waits for the verdict; returns the lesson's state ("passed" or "failed"). */
export async function pressCheck(page: Page): Promise<string> {
  const card = lessonCard(page);
  await card.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(card).not.toHaveAttribute('data-lesson-state', /^(idle|checking)$/, { timeout: LESSON_TEST_TIMEOUT_MS - 30_000 });
  return (await card.getAttribute('data-lesson-state')) ?? '';
}

/** What each probe's row says, for a failure message. */
export async function probeReport(page: Page): Promise<string[]> {
  return lessonCard(page).getByTestId('probe').allInnerTexts();
}
