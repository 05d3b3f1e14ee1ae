// The page speaks for the learner's browser, in real Chromium: it detects the
// engine running it and predicts for it, prints that engine's console lines
// one element each, lets the learner predict for another engine (and then says
// the comparison with this browser is not meaningful), and sets the engines
// side by side when they differ. The firefox helper's suite opens the same page in Firefox.
import { test, expect } from './fixtures.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../src/scenario/defaults.ts';
import type { Policy, Scenario, ScenarioRequest } from '../src/scenario/types.ts';

const scenario = (request: Partial<ScenarioRequest>, policy: Partial<Policy>): Scenario => ({
  version: 1,
  request: { ...DEFAULT_REQUEST, ...request },
  server: { type: 'policy', policy: { ...DEFAULT_POLICY, ...policy } },
});
/** The API sends no Access-Control-Allow-Origin: every engine blocks it, each in its own words. */
const missingAllowOrigin = scenario({}, {});

test('in Chromium the page predicts for Chromium, and shows each of its console lines as the browser printed them', async ({ page, playground, truth }) => {
  test.slow(); // a real run on a shared machine
  await playground.open(missingAllowOrigin);
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'cors-error');
  await expect(playground.result).toHaveAttribute('data-predicted-engine', 'chromium');
  await expect.poll(() => truth.corsMessages.length).toBe(1);
  const lines = page.getByTestId('predicted-console-message');
  expect(await lines.allInnerTexts()).toEqual(truth.corsMessages);
  await expect(page.getByRole('heading', { name: 'Chromium’s console' })).toBeVisible();
  await expect(page.getByTestId('agreement')).toHaveAttribute('data-agree', 'true');
});

test('picking Firefox predicts for Firefox, names it, keeps the choice across a reload (not in the link), and says a comparison with Chromium is not meaningful', async ({ page, playground }) => {
  test.slow(); // two page loads, two real runs
  await playground.open(missingAllowOrigin);
  const picker = page.getByTestId('engine-picker');
  await expect(picker.getByRole('radio', { name: 'Chromium (your browser)' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'What Chromium does' })).toBeVisible();
  const hash = await page.evaluate(() => location.hash);
  // Keyboard: the radio group moves with the arrow keys, as a segmented control should.
  await picker.getByRole('radio', { name: 'Chromium (your browser)' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(picker.getByRole('radio', { name: 'Firefox' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'What Firefox does' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Firefox’s console' })).toBeVisible();
  // Firefox's words, not Chromium's.
  await expect(page.getByTestId('predicted-console-message').first()).toContainText('Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at');
  expect(await page.evaluate(() => location.hash)).toBe(hash);

  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'cors-error');
  await expect(playground.result).toHaveAttribute('data-predicted-engine', 'gecko');
  await expect(page.getByTestId('agreement-not-meaningful')).toContainText('predicted for Firefox, but it ran in your browser, Chromium');
  await expect(page.getByTestId('agreement')).toHaveCount(0);

  // A fresh page load (the fixture's open counts runs anew).
  await playground.open(missingAllowOrigin);
  await expect(page.getByTestId('engine-picker').getByRole('radio', { name: 'Firefox' })).toBeChecked();
  // Back to the running browser: the comparison returns.
  await page.getByTestId('engine-picker').getByText('Chromium').click();
  await expect(page.getByRole('heading', { name: 'What Chromium does' })).toBeVisible();
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-predicted-engine', 'chromium');
  await expect(page.getByTestId('agreement')).toHaveAttribute('data-agree', 'true');
});

test('the engines side by side when they differ: a User-Agent set from script, dropped by Chromium only', async ({ page, playground, truth }) => {
  test.slow(); // two page loads, a real run
  const userAgent = scenario({ headers: [['User-Agent', 'cors-playground']] }, { allowOrigin: { type: 'any' } });
  await playground.open(userAgent);
  const strip = page.getByTestId('engine-strip');
  await expect(strip.locator('li[data-engine="chromium"]')).toHaveText(/^Chromium: ok, no preflight/);
  await expect(strip.locator('li[data-engine="gecko"]')).toContainText("Firefox: blocked, missing token 'user-agent'");
  await expect(strip.locator('li[data-engine="webkit"]')).toContainText('Safari: blocked, HeaderDisallowedByPreflightResponse, preflight sent');
  // Each engine's console lines are there, folded away until asked for.
  const firefoxConsole = strip.locator('li[data-engine="gecko"] details');
  await expect(firefoxConsole).not.toHaveAttribute('open');
  await firefoxConsole.locator('summary').click();
  await expect(firefoxConsole).toHaveAttribute('open');
  await expect(firefoxConsole.getByTestId('engine-console-line').first()).toBeVisible();
  await expect(firefoxConsole.getByTestId('engine-console-line').first()).toContainText('Cross-Origin Request Blocked');
  // The real Chromium agrees with the Chromium column: it dropped the header and sent no preflight.
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'ok');
  await expect(playground.result).toHaveAttribute('data-preflight', 'none');
  await expect(page.getByTestId('agreement')).toHaveAttribute('data-agree', 'true');
  expect(truth.corsMessages).toEqual([]);
  // Where the engines agree, no strip.
  await playground.open(missingAllowOrigin);
  await expect(page.getByTestId('live-prediction')).toHaveAttribute('data-verdict', 'cors-error');
  await expect(page.getByTestId('engine-strip')).toHaveCount(0);
});

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    test('the strip and the picker fit the width (no sideways scrolling); screenshot of the strip', async ({ page, playground }, info) => {
      test.slow();
      await playground.open(scenario({ headers: [['User-Agent', 'cors-playground']] }, { allowOrigin: { type: 'any' } }));
      const strip = page.getByTestId('engine-strip');
      await strip.locator('li[data-engine="gecko"] summary').click();
      await expect(strip.locator('li[data-engine="gecko"]').getByTestId('engine-console-line').first()).toBeVisible();
      const { scrollWidth, viewport } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: innerWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(viewport);
      const box = await page.getByTestId('engine-picker').boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport);
      await page.locator('.engine-choice').screenshot({ path: info.outputPath(`engine-strip-${width}.png`) });
    });
  });
}
