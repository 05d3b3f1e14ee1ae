import { defineConfig } from '@playwright/test';
import { findChromium } from '../../scripts/find-chromium.mjs';

// The multi-instance tests: each starts its own Redis, two instances and
// nginx on free loopback ports (9500–9599, CLUSTER_PORTS to change), so this
// config has no webServer and does not touch the main e2e server's ports.
// Run after `npm run build`: npx playwright test -c e2e/cluster/playwright.config.ts
const browser = findChromium();

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.cluster.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: true,
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: browser?.executablePath ? { executablePath: browser.executablePath } : {},
    trace: 'retain-on-failure',
  },
});
