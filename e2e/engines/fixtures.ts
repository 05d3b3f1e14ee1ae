// The engines' Playwright fixtures: no Playwright browser; one driver per
// worker for the project's engine (Firefox ESR or WebKitGTK), closed at the
// end, and a fresh page (fresh browsing context) per test.
import { test as base, expect } from '@playwright/test';
import type { EngineDriver, EnginePage } from './driver.ts';
import { EnginePlayground } from './playground.ts';

export type EngineName = EngineDriver['engine'];

/** The driver for an engine. WebKit's module is the webkit helper's: imported lazily, only in its project. */
async function launch(engine: EngineName): Promise<EngineDriver> {
  if (engine === 'gecko') return (await import('./firefox.ts')).launchFirefox();
  const webkitModule = './webkit.ts';
  let launcher: { launchWebKit?: () => Promise<EngineDriver> };
  try {
    launcher = (await import(webkitModule)) as typeof launcher;
  } catch (error) {
    throw new Error(`The webkit project needs e2e/engines/webkit.ts (launchWebKit): ${(error as Error).message}`);
  }
  if (!launcher.launchWebKit) throw new Error('e2e/engines/webkit.ts exports no launchWebKit()');
  return launcher.launchWebKit();
}

export const test = base.extend<{ enginePage: EnginePage; playground: EnginePlayground }, { engine: EngineName; driver: EngineDriver }>({
  engine: ['gecko', { scope: 'worker', option: true }],
  driver: [
    async ({ engine }, use) => {
      const driver = await launch(engine);
      await use(driver);
      await driver.close();
    },
    { scope: 'worker', timeout: 60_000 },
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
