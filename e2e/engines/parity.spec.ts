// Parity in Firefox ESR and WebKitGTK: every case of the shared table, every
// step, and the page's prediction for the running engine must equal what that
// browser did: outcome, preflight sent, login cookie (the server's record) and
// the console lines about the request. The table's expectation for the engine
// (its per-engine override, else the Chromium fields) must hold too. CorsError
// and its parameter are Chromium's DevTools facts: not compared here.
import { test, expect, type EngineName } from './fixtures.ts';
import { CASES } from '../../src/scenario/cases/index.ts';
import type { CaseExpectation } from '../../src/scenario/cases/types.ts';
import { requestLines } from './console-filter.ts';
import { recordObservation } from './observe.ts';
import { receivedRequest, type EnginePlayground } from './playground.ts';
import type { EnginePage } from './driver.ts';

/** The fields the browser can show here, with the engine's override applied over Chromium's. */
function expectationFor(e: CaseExpectation, engine: EngineName): Pick<CaseExpectation, 'verdict' | 'preflight' | 'cookie'> {
  const overrides = (e as CaseExpectation & { engines?: Partial<Record<EngineName, Partial<CaseExpectation>>> }).engines;
  const merged = { ...e, ...overrides?.[engine] };
  return { verdict: merged.verdict, preflight: merged.preflight, cookie: merged.cookie };
}

/**
 * The console lines about the request. They may trail the page's own result
 * (the browser logs from its network code): wait until they match the
 * prediction, or until they have had time to arrive.
 */
async function settledConsole(page: EnginePage, engine: EngineName, predicted: string[]) {
  const deadline = Date.now() + 2_000;
  for (;;) {
    const all = await page.console();
    const lines = requestLines(engine, all);
    if (JSON.stringify(lines) === JSON.stringify(predicted) || Date.now() > deadline) return { lines, all };
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function runStep(playground: EnginePlayground, page: EnginePage, engine: EngineName, id: string, step: number) {
  const before = (await playground.serverRecord()).lastSeq;
  await page.clearConsole();
  await playground.send();
  const seen = await playground.observe();
  const { lines, all } = await settledConsole(page, engine, seen.predicted.console);
  const received = (await playground.serverRecord(before)).entries.map(receivedRequest);
  recordObservation(engine, { id, step, browser: { ...seen.browser, console: lines, consoleAll: all }, predicted: seen.predicted, received });
  return { browser: { ...seen.browser, console: lines }, predicted: seen.predicted };
}

for (const c of CASES) {
  test(`${c.id}: ${c.title}`, async ({ playground, enginePage, engine }) => {
    for (const [i, step] of c.steps.entries()) {
      await test.step(`step ${i + 1}`, async () => {
        if (i === 0) await playground.open(step.scenario);
        else await playground.load(step.scenario);
        if (i === 0 && c.login) await playground.logIn(c.login);
        const { browser, predicted } = await runStep(playground, enginePage, engine, c.id, i + 1);

        // Soft: a difference fails the test, but the later steps still run (and are observed).
        expect.soft(predicted.engine, 'the engine the page predicted for').toBe(engine);
        const { engine: _, ...model } = predicted;
        expect.soft(browser, `the model's prediction for ${engine} vs the real browser`).toEqual(model);
        const e = expectationFor(step.expect, engine);
        expect.soft(browser.verdict, 'table verdict').toBe(e.verdict);
        expect.soft(browser.preflight, 'table preflight').toBe(e.preflight);
        if (e.cookie !== undefined) expect.soft(browser.cookie, 'table login cookie').toBe(e.cookie.join(','));
      });
    }
  });
}
