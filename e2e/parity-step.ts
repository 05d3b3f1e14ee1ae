// One step of a case in real Chromium: send it, then the engine's prediction
// (computed by the page, independently) must equal what the browser did:
// outcome, CorsError and its parameter (CDP), the console message, and whether a
// preflight reached the server (the server's record); and the table's own
// expectations, written from the reference, must hold. Shared by parity.spec.ts
// and lna.spec.ts (the Local Network Access cases, in a Chromium placed by the switch).
import type { Locator } from '@playwright/test';
import { test, expect, type BrowserTruth, type Playground } from './fixtures.ts';
import type { ScenarioCase } from '../src/scenario/cases/types.ts';
import { resolveTokens } from '../src/scenario/origins.ts';
import { testDeployment } from './deployment.ts';

const attr = async (el: Locator, name: string) => (await el.getAttribute(name)) ?? '';

interface Observation {
  verdict: string;
  preflight: boolean;
  corsError: string | null;
  failedParameter: string | null;
  console: string[];
  /** The login cookie on each actual request: the server's record vs the model ("sent,not-sent"). */
  cookie: string;
}

/** What the page and the server's record say, and what Chromium reported over CDP and the console. */
async function browserObservation(result: Locator, truth: BrowserTruth): Promise<Observation> {
  return {
    verdict: await attr(result, 'data-browser-outcome'),
    preflight: (await attr(result, 'data-preflight')) === 'sent',
    corsError: truth.corsFailures.at(-1)?.corsError ?? null,
    failedParameter: truth.corsFailures.at(-1)?.failedParameter ?? null,
    console: truth.corsMessages,
    cookie: await attr(result, 'data-cookie'),
  };
}

async function prediction(result: Locator): Promise<{ predicted: Observation; oneOf: string[] }> {
  // Every console line the engine predicts, in order (one element per line).
  const predictedConsole = await result.page().getByTestId('predicted-console-message').allInnerTexts();
  return {
    predicted: {
      verdict: await attr(result, 'data-predicted-outcome'),
      preflight: (await attr(result, 'data-predicted-preflight')) === 'sent',
      corsError: (await attr(result, 'data-predicted-cors-error')) || null,
      failedParameter: await result.getAttribute('data-predicted-failed-parameter'),
      console: predictedConsole,
      cookie: await attr(result, 'data-predicted-cookie'),
    },
    oneOf: (await attr(result, 'data-predicted-failed-parameter-one-of')).split(',').filter(Boolean),
  };
}

/**
 * Chromium names one of several refused headers in an order no model can
 * know (Blink's hash table): where the engine lists candidates, the browser's
 * pick must be one of them, and is otherwise compared as "one of".
 */
function withCandidates(o: Observation, oneOf: string[]): Observation {
  if (oneOf.length === 0 || o.failedParameter === null || !oneOf.includes(o.failedParameter)) return o;
  const name = o.failedParameter;
  return { ...o, failedParameter: 'one of the candidates', console: o.console.map((m) => m.replace(`field ${name} is`, 'field <candidate> is')) };
}

/** Every step of the case, in one page (one browser context), each checked against the model and the table. */
export async function runCaseSteps(c: ScenarioCase, playground: Playground, truth: BrowserTruth): Promise<void> {
  const { result } = playground;
  for (const [i, step] of c.steps.entries()) {
    await test.step(`step ${i + 1}`, async () => {
      if (i === 0) await playground.open(step.scenario);
      else await playground.load(step.scenario);
      if (i === 0 && c.login) await playground.logIn(c.login);
      truth.clear();
      await playground.send();

      const { predicted, oneOf } = await prediction(result);
      // The engine must agree with the browser on everything the browser
      // reports (polled: DevTools events may trail the page's own result).
      await expect
        .poll(async () => withCandidates(await browserObservation(result, truth), oneOf), { message: 'engine prediction vs real Chromium' })
        .toEqual(withCandidates(predicted, oneOf));
      // And the table (written from the reference) must hold in the browser.
      const browser = await browserObservation(result, truth);
      const e = step.expect;
      expect(browser.verdict, 'table verdict').toBe(e.verdict);
      expect(browser.preflight, 'table preflight').toBe(e.preflight);
      if (e.corsError !== undefined) expect(browser.corsError, 'table CorsError').toBe(e.corsError);
      if (e.cookie !== undefined) expect(browser.cookie, 'table login cookie').toBe(e.cookie.join(','));
      if (e.failedParameter !== undefined) expect(browser.failedParameter, 'table failedParameter').toBe(resolveTokens(e.failedParameter, testDeployment));
    });
  }
}
