import { defineConfig } from '@playwright/test';
import { ENGINES_PORTS, enginesDeployment } from './deployment.ts';
import type { EngineName } from './fixtures.ts';

// The case table and the page in real Firefox ESR and WebKitGTK (no Playwright
// browser: e2e/engines/fixtures.ts drives them), against the production build
// on ports of its own, so it can run beside the Chromium suite.
// firefox-lna.spec.ts places Firefox in another address space; WebKitGTK has no such setting.
const project = (engine: EngineName) => ({ name: engine, use: { engine }, ...(engine === 'webkit' ? { testIgnore: 'firefox-lna.spec.ts' } : {}) });

export default defineConfig<object, { engine: EngineName }>({
  testDir: '.',
  testMatch: '*.spec.ts',
  // Its own output folder: Playwright empties its output folder when it starts and finishes, and
  // this suite runs beside the Chromium suite (npm test), whose traces live in test-results/.
  outputDir: '../../test-results-engines',
  // A test mostly waits on the browser and the server: two overlap well on two cores.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  forbidOnly: true,
  projects: [project('gecko'), project('webkit')],
  webServer: {
    command: 'node build/server/server/main.js',
    cwd: '../..',
    url: `http://127.0.0.1:${ENGINES_PORTS.app}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { APP_PORT: String(ENGINES_PORTS.app), API_PORT: String(ENGINES_PORTS.api), PLAYGROUND_SITE: enginesDeployment.site, STATIC_DIR: 'dist' },
    stdout: 'pipe',
  },
});
