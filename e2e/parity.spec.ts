// Parity: every case of the shared table runs in real Chromium, and the
// engine's prediction (computed by the page, independently) must equal what
// the browser did: outcome, CorsError and its parameter (CDP), the console
// message, and whether a preflight reached the server (the server's record).
// The table's own expectations, written from the reference, are checked too.
import { test, expect } from './fixtures.ts';
import { CASES } from '../src/scenario/cases/index.ts';
import { resolveTokens } from '../src/scenario/origins.ts';
import { testDeployment } from './deployment.ts';

const attr = async (el: import('@playwright/test').Locator, name: string) => (await el.getAttribute(name)) ?? '';

for (const c of CASES) {
  test(`${c.id}: ${c.title}`, async ({ playground, truth }) => {
    const { result } = playground;
    for (const [i, step] of c.steps.entries()) {
      await test.step(`step ${i + 1}`, async () => {
        if (i === 0) await playground.open(step.scenario);
        else await playground.load(step.scenario);
        truth.clear();
        await playground.send();

        const browser = {
          verdict: await attr(result, 'data-browser-outcome'),
          preflight: (await attr(result, 'data-preflight')) === 'sent',
          corsError: truth.corsFailures.at(-1)?.corsError ?? null,
          failedParameter: truth.corsFailures.at(-1)?.failedParameter ?? null,
          console: truth.corsMessages,
        };
        const page = result.page();
        const predictedConsole = (await page.getByTestId('predicted-console-message').count()) > 0
          ? await page.getByTestId('predicted-console-message').innerText()
          : null;
        const oneOf = (await attr(result, 'data-predicted-failed-parameter-one-of')).split(',').filter(Boolean);
        const predicted = {
          verdict: await attr(result, 'data-predicted-outcome'),
          preflight: (await attr(result, 'data-predicted-preflight')) === 'sent',
          corsError: (await attr(result, 'data-predicted-cors-error')) || null,
          failedParameter: await result.getAttribute('data-predicted-failed-parameter'),
          console: predictedConsole ? [predictedConsole] : [],
        };
        if (oneOf.length > 0) {
          // Chromium names one of several refused headers, in an order the
          // engine cannot know (Blink's hash table): the browser's pick must be
          // a candidate, and the message must be the predicted one naming it.
          expect(oneOf, 'the browser named one of the predicted candidates').toContain(browser.failedParameter);
          predicted.console = predicted.console.map((m) => m.replace(`field ${predicted.failedParameter} is`, `field ${browser.failedParameter} is`));
          predicted.failedParameter = browser.failedParameter;
        }
        // The engine must agree with the browser on everything the browser reports.
        expect(predicted, 'engine prediction vs real Chromium').toEqual(browser);
        // And the table (written from the reference) must hold in the browser.
        const e = step.expect;
        expect(browser.verdict, 'table verdict').toBe(e.verdict);
        expect(browser.preflight, 'table preflight').toBe(e.preflight);
        if (e.corsError !== undefined) expect(browser.corsError, 'table CorsError').toBe(e.corsError);
        if (e.failedParameter !== undefined) expect(browser.failedParameter, 'table failedParameter').toBe(resolveTokens(e.failedParameter, testDeployment));
      });
    }
  });
}
