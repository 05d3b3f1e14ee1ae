// A browser that does not resolve *.localhost names (simulated in Chromium
// with a host-resolver rule): the page says so and falls back to localhost
// vs 127.0.0.1, and real cross-origin runs still work.
import { test, expect, scenarioLink } from './fixtures.ts';
import { findChromium } from '../scripts/find-chromium.mjs';
import { TEST_PORTS } from './deployment.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../src/scenario/defaults.ts';
import type { Scenario } from '../src/scenario/types.ts';

const executablePath = findChromium()?.executablePath;
test.use({
  baseURL: `http://localhost:${TEST_PORTS.app}`,
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-site-isolation-trials', '--host-resolver-rules=MAP *.localhost ~NOTFOUND'],
  },
});

const allowApp: Scenario = {
  version: 1,
  request: DEFAULT_REQUEST,
  server: { type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'list', origins: ['{app}'] } } },
};

test('without *.localhost names the page falls back to localhost and 127.0.0.1, and says so', async ({ page, playground, truth }) => {
  await page.goto(scenarioLink(allowApp));
  await expect(page.getByText(/does not reach the playground’s \*\.localhost names/)).toBeVisible();
  await expect(page.getByText(`http://127.0.0.1:${TEST_PORTS.app}`, { exact: false }).first()).toBeVisible();
  await expect(playground.sendButton).toBeEnabled();
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'ok');
  await expect(playground.result).toHaveAttribute('data-predicted-outcome', 'ok');
  expect(truth.corsMessages).toEqual([]);
  const { entries } = await playground.serverRecord();
  const origin = entries.at(-1)!.headers.find(([n]) => n.toLowerCase() === 'origin')?.[1];
  expect(origin).toBe(`http://localhost:${TEST_PORTS.app}`);
  expect(entries.at(-1)!.host).toBe(`127.0.0.1:${TEST_PORTS.api}`);
});
