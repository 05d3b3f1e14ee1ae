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
