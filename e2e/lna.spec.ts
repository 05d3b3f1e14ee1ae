// Local Network Access in real Chromium: the cases that place the page in another
// address space, in a Chromium launched with
// --ip-address-space-overrides=127.0.0.1:<app port>=<the case's page space> (every page and
// runner origin is on the app port; the API, on its own port, stays loopback). The project
// chromium-lna launches with "public"; a case placing the page elsewhere ("local") launches
// a browser of its own (a launch option cannot change inside one file). The permission is
// granted to the app's origin when the case says so (headless Chromium never prompts:
// otherwise denied). Compared as in parity.spec.ts (parity-step.ts). And a pasted denial, reproduced.
import type { BrowserContext } from '@playwright/test';
import { test, expect, BrowserTruth, Playground } from './fixtures.ts';
import { CASES } from '../src/scenario/cases/index.ts';
import { networkOf } from '../src/scenario/cases/types.ts';
import { testDeployment } from './deployment.ts';
import { blockThirdPartyCookies, lnaLaunchOptions } from './chromium-launch.ts';
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
        await blockThirdPartyCookies(page);
        const truth = await BrowserTruth.attach(page);
        await runCaseSteps(c, new Playground(page), truth);
      } finally {
        await browser.close();
      }
    });
  }
}

// A pasted "Permission was denied…" reproduced: in this placed Chromium the real run fails the same way.
test('a pasted LocalNetworkAccessPermissionDenied opens a scenario this placed Chromium refuses the same way', async ({ page, playground, truth }) => {
  await page.goto('/#check/error');
  await page.getByLabel('The console message (Chrome, Firefox or Safari)').fill(
    "Access to fetch at 'http://localhost:8080/api' from origin 'https://app.example.com' has been blocked by CORS policy: Permission was denied for this request to access the `loopback` address space.",
  );
  await page.getByRole('button', { name: 'Explain this error' }).click();
  await expect(page.getByTestId('pasted-error')).toHaveAttribute('data-error', 'LocalNetworkAccessPermissionDenied');
  await page.getByTestId('open-reproduction').click();
  await expect(playground.sendButton).toBeEnabled();
  truth.clear();
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'cors-error');
  await expect(playground.result).toHaveAttribute('data-preflight', 'none');
  expect(truth.corsFailures.map((f) => [f.corsError, f.failedParameter])).toEqual([['LocalNetworkAccessPermissionDenied', '']]);
});
