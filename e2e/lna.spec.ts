// Local Network Access in real Chromium: the cases that place the page in another
// address space, in a Chromium launched with
// --ip-address-space-overrides=127.0.0.1:<app port>=<the case's page space> (every page and
// runner origin is on the app port; the API, on its own port, stays loopback). The project
// chromium-lna launches with "public"; a case placing the page elsewhere ("local") launches
// a browser of its own (a launch option cannot change inside one file). The permission is
// granted to the app's origin when the case says so (headless Chromium never prompts:
// otherwise denied). Compared as in parity.spec.ts (parity-step.ts).
import type { BrowserContext } from '@playwright/test';
import { test, BrowserTruth, Playground } from './fixtures.ts';
import { CASES } from '../src/scenario/cases/index.ts';
import { networkOf } from '../src/scenario/cases/types.ts';
import { testDeployment } from './deployment.ts';
import { lnaLaunchOptions } from './chromium-launch.ts';
import { runCaseSteps } from './parity-step.ts';

async function grantIfAsked(context: BrowserContext, granted: boolean): Promise<void> {
  if (granted) await context.grantPermissions(['local-network-access'], { origin: testDeployment.app });
}

for (const c of CASES.filter((x) => networkOf(x) !== undefined)) {
  const network = networkOf(c)!;
  const granted = network.permission === 'granted';
  if (network.page === 'public') {
    test(`${c.id}: ${c.title}`, async ({ playground, truth }) => {
      await grantIfAsked(playground.page.context(), granted);
      await runCaseSteps(c, playground, truth);
    });
  } else {
    test(`${c.id}: ${c.title}`, async ({ playwright }) => {
      const browser = await playwright.chromium.launch(lnaLaunchOptions(network.page));
      try {
        const context = await browser.newContext({ baseURL: testDeployment.app });
        await grantIfAsked(context, granted);
        const page = await context.newPage();
        const truth = await BrowserTruth.attach(page);
        await runCaseSteps(c, new Playground(page), truth);
      } finally {
        await browser.close();
      }
    });
  }
}
