import { defineConfig } from '@playwright/test';
import { testDeployment, TEST_PORTS } from './deployment.ts';
import { chromiumLaunchOptions, lnaLaunchOptions } from './chromium-launch.ts';

// The tests run the production build on their own ports, so a playground
// already running on the default ports is left alone.

export default defineConfig({
  testDir: '.',
  // Two workers share the one server (every tab has its own session, record and cookies): a test
  // mostly waits (page loads, the runner, the server's record), so two overlap well on two cores.
  // E2E_WORKERS=1 runs them one at a time.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: true,
  use: {
    baseURL: testDeployment.app,
    browserName: 'chromium',
    headless: true,
    launchOptions: chromiumLaunchOptions,
    // Tracing every test costs about a sixth of the suite's time (measured: 120 parity cases, 9.2 min
    // with traces kept on failure, 7.7 without); E2E_TRACE=retain-on-failure keeps them when debugging.
    trace: (process.env.E2E_TRACE as 'on' | 'off' | 'retain-on-failure' | undefined) ?? 'off',
  },
  projects: [
    // Every suite but Local Network Access's: the page stays on loopback, as it really is.
    // Firefox and WebKitGTK have their own runner config (e2e/engines/playwright.config.ts).
    { name: 'chromium', testIgnore: ['engines/**', 'lna.spec.ts'] },
    // The Local Network Access cases (lna.spec.ts): every page origin (the app port) placed in
    // public by Chromium's switch; a case with a page in another space relaunches with its own.
    { name: 'chromium-lna', testMatch: 'lna.spec.ts', testIgnore: 'engines/**', use: { launchOptions: lnaLaunchOptions('public') } },
  ],
  webServer: {
    command: 'node build/server/server/main.js',
    cwd: '..',
    url: `http://127.0.0.1:${TEST_PORTS.app}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { APP_PORT: String(TEST_PORTS.app), API_PORT: String(TEST_PORTS.api), PLAYGROUND_SITE: testDeployment.site, STATIC_DIR: 'dist' },
    stdout: 'pipe',
  },
});
