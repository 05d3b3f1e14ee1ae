// The engines' Playwright fixtures: no Playwright browser; one driver per
// worker for the project's engine (Firefox ESR or WebKitGTK), closed at the
// end, and a fresh page (fresh browsing context) per test.
import { test as base, expect } from '@playwright/test';
import type { EngineDriver, EnginePage } from './driver.ts';
import { EnginePlayground } from './playground.ts';

export type EngineName = EngineDriver['engine'];

/** The driver for an engine, imported only in its own project (WebKit's starts Xvfb, Firefox's a browser). */
async function launch(engine: EngineName): Promise<EngineDriver> {
  if (engine === 'gecko') return (await import('./firefox.ts')).launchFirefox();
  return (await import('./webkit.ts')).launchWebKit();
}

export const test = base.extend<{ enginePage: EnginePage; playground: EnginePlayground }, { engine: EngineName; driver: EngineDriver }>({
  engine: ['gecko', { scope: 'worker', option: true }],
  driver: [
    async ({ engine }, use) => {
      const driver = await launch(engine);
      await use(driver);
      await driver.close();
    },
    // Launching Firefox takes 2–3 s on an idle machine, over 40 s on this one when loaded.
    { scope: 'worker', timeout: 180_000 },
  ],
  enginePage: async ({ driver }, use) => {
    const page = await driver.newPage();
    await use(page);
    await page.close();
  },
  playground: async ({ enginePage }, use) => {
    await use(new EnginePlayground(enginePage));
  },
});

export { expect };
