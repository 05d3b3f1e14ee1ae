// The screen a person meets, in real Chromium: the result in view after Send,
// no sideways scrolling on a phone, focus that follows Send and "Apply fix",
// Chromium's message readable (folded URL, copied whole), a first-visit note,
// and icons that need no emoji font.
import { test, expect } from './fixtures.ts';
import { FIRST_LESSON_ID } from '../src/app/first-lesson.ts';
import type { Page } from '@playwright/test';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../src/scenario/defaults.ts';
import type { Policy, Scenario, ScenarioRequest } from '../src/scenario/types.ts';

const scenario = (request: Partial<ScenarioRequest>, policy: Partial<Policy>, title?: string): Scenario => ({
  version: 1,
  ...(title ? { title } : {}),
  request: { ...DEFAULT_REQUEST, ...request },
  server: { type: 'policy', policy: { ...DEFAULT_POLICY, ...policy } },
});
/** The first classic failure: the API sends no Access-Control-Allow-Origin. */
const missingAllowOrigin = scenario({}, {});

const resultHeading = (page: Page) => page.getByRole('heading', { name: 'What happened', level: 2 });
const pageScroll = (page: Page) => page.evaluate(() => ({ x: scrollX, y: scrollY }));
const overflow = (page: Page) => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: innerWidth }));

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("after Send the verdict, Chromium's message and the fix are in view without scrolling; focus is on the result", async ({ page, playground, truth }) => {
    await playground.open(missingAllowOrigin);
    await playground.send();
    await expect(playground.result).toHaveAttribute('data-browser-outcome', 'cors-error');
    expect(await pageScroll(page)).toEqual({ x: 0, y: 0 });
    const verdict = playground.result.getByRole('status').filter({ hasText: 'Blocked by CORS.' });
    const message = page.getByTestId('predicted-console-message');
    const fix = page.getByRole('region', { name: 'The fix' });
    for (const part of [verdict, message, fix]) await expect(part).toBeInViewport({ ratio: 1 });
    await expect(resultHeading(page)).toBeFocused();
    await expect(page.getByTestId('announcer')).toHaveText('Run finished. Your browser: Blocked by CORS.');
    // The message on screen is Chromium's, the one the real browser printed.
    await expect.poll(() => truth.corsMessages).toEqual([await message.innerText()]);
  });

  test('Apply fix moves focus to the result and says what changed; focus never falls to the page body', async ({ page, playground }) => {
    await playground.open(missingAllowOrigin);
    await playground.send();
    await page.getByRole('button', { name: 'Apply fix' }).focus();
    await page.keyboard.press('Enter');
    await expect(resultHeading(page)).toBeFocused();
    await expect(page.getByTestId('announcer')).toContainText('Fix applied');
    await expect(page.getByTestId('live-prediction')).toHaveAttribute('data-verdict', 'ok');
    // The next Tab continues inside the result, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="run-result"]'))).toBe(true);
    await playground.send();
    await expect(playground.result).toHaveAttribute('data-browser-outcome', 'ok');
    await expect(resultHeading(page)).toBeFocused();
    await expect(page.getByTestId('announcer')).toHaveText('Run finished. Your browser: Success.');
  });

  test("Chromium's message folds the playground's /s/<session>/<config> segment, expands on request, and is copied whole", async ({ page, playground, truth }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await playground.open(missingAllowOrigin);
    await playground.send();
    await expect.poll(() => truth.corsMessages.length).toBe(1);
    const [chromium] = truth.corsMessages;
    const session = await page.evaluate(() => sessionStorage.getItem('cors-playground:session'));
    expect(chromium).toContain(`/s/${session}/`);
    const message = page.getByTestId('predicted-console-message');
    const folded = message.locator('.foldable');
    // Folded: the ~300-character segment takes the room of one "…", so "…/s/…/api/data" is what is seen.
    expect((await folded.boundingBox())?.width ?? 0).toBeLessThan(20);
    const expand = page.getByRole('button', { name: 'Full URL' });
    await expect(expand).toHaveAttribute('aria-expanded', 'false');
    await expand.click();
    await expect(page.getByRole('button', { name: 'Shorten URL' })).toHaveAttribute('aria-expanded', 'true');
    expect((await folded.boundingBox())?.width ?? 0).toBeGreaterThan(100);
    await expect(folded).toHaveText(new RegExp(`^${session}/`));
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(chromium);
  });

  test('the first visit says what to do, links the first lesson, and stays dismissed', async ({ page, playground }) => {
    await playground.open(scenario({ method: 'PUT' }, { allowOrigin: { type: 'any' } }));
    const intro = page.getByRole('region', { name: 'Start here' });
    await expect(intro).toContainText('press Send');
    await intro.getByRole('link', { name: /first lesson/ }).click();
    // The first lesson of the path opens (needs chapter 01 in the registry); the note makes room for it.
    await expect(page.getByTestId('lesson')).toHaveAttribute('data-lesson-id', FIRST_LESSON_ID);
    await expect(intro).toHaveCount(0);
    await page.getByTestId('lesson').getByRole('button', { name: 'Leave the lesson' }).click();
    await expect(intro).toBeVisible();
    await intro.getByRole('button', { name: 'Got it' }).click();
    await expect(intro).toHaveCount(0);
    await page.reload();
    await expect(playground.sendButton).toBeEnabled();
    await expect(page.getByRole('region', { name: 'Start here' })).toHaveCount(0);
  });

  test('the scenario title goes as soon as the scenario is edited', async ({ page, playground }) => {
    await playground.open(scenario({}, {}, 'A titled example'));
    await expect(page.getByTestId('scenario-title')).toHaveText('Scenario: A titled example');
    await page.getByLabel('Request comes from').selectOption('cross-site');
    await expect(page.getByTestId('scenario-title')).toHaveText('Your own scenario, edited from: A titled example');
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).not.toContain('A titled example');
  });

  // Emoji and symbol glyphs (⛔ ⚠ ✔ ✖ ℹ ◐ ↷ …) show as empty boxes without an emoji font; plain arrows are ordinary text.
  test('no emoji or symbol-font glyphs on the page: icons are SVG with words beside them', async ({ page, playground }) => {
    // Reflect + credentials from the attacker's site: danger warnings, a failing step, the agreement table.
    await playground.open(scenario({ from: 'cross-site', credentials: 'include' }, { allowOrigin: { type: 'reflect' }, allowCredentials: true }));
    await expect(page.getByTestId('policy-warnings')).toBeVisible();
    await playground.send();
    // The evidence (steps, agreement) loads on demand after a run: wait for it before reading the page.
    await expect(page.getByTestId('agreement')).toBeVisible();
    const glyphs = await page.evaluate(() => document.body.innerText.match(/[\u2139\u21B6\u21B7\u25D0-\u25D3\u2600-\u27BF\u2B00-\u2BFF\u{1F000}-\u{1FAFF}]/gu) ?? []);
    expect(glyphs).toEqual([]);
    await expect.poll(() => page.locator('svg.icon').count()).toBeGreaterThan(5);
  });
});

test.describe('at 900×700 (sticky top bar, stacked)', () => {
  test.use({ viewport: { width: 900, height: 700 } });

  test('"Why?" in the top verdict lands the result heading below the sticky bar', async ({ page, playground }) => {
    await playground.open(missingAllowOrigin);
    await page.getByRole('link', { name: /Why\?/ }).click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    const bar = await page.locator('header.top-bar').boundingBox();
    const heading = await resultHeading(page).boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
  });
});

test.describe('at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('no horizontal overflow before and after a run; the result heading comes into view, focused', async ({ page, playground }) => {
    await playground.open(missingAllowOrigin);
    expect(await overflow(page)).toEqual({ scrollWidth: 390, viewport: 390 });
    const from = page.getByLabel('Request comes from');
    const box = await from.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await playground.send();
    expect(await overflow(page)).toEqual({ scrollWidth: 390, viewport: 390 });
    await expect(resultHeading(page)).toBeFocused();
    await expect(playground.result.getByRole('status').filter({ hasText: 'Blocked by CORS.' })).toBeInViewport({ ratio: 1 });
    // Every origin fits, including the longest label.
    for (const role of ['admin', 'sibling', 'cross-site', 'null', 'same-origin']) {
      await from.selectOption(role);
      expect(await overflow(page)).toEqual({ scrollWidth: 390, viewport: 390 });
    }
  });
});
