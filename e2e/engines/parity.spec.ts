// Parity in Firefox ESR and WebKitGTK: every case of the shared table, every
// step, and the page's prediction for the running engine must equal what that
// browser did: outcome, preflight sent, login cookie (the server's record) and
// the console lines about the request. The table's expectation for the engine
// (its per-engine override, else the Chromium fields) must hold too. CorsError
// and its parameter are Chromium's DevTools facts: not compared here.
import { test, expect } from './fixtures.ts';
import { CASES } from '../../src/scenario/cases/index.ts';
import { expectationFor, networkOf } from '../../src/scenario/cases/types.ts';
import { sendAndObserve } from './step.ts';

// Not the cases that place the page in another address space (Local Network Access): the override
// switch that does it is Chromium's, so these browsers cannot be put there. Cases with fetch()'s
// targetAddressSpace on a loopback page run here: Firefox and Safari ignore the option.
for (const c of CASES.filter((x) => networkOf(x) === undefined)) {
  test(`${c.id}: ${c.title}`, async ({ playground, engine }) => {
    for (const [i, step] of c.steps.entries()) {
      await test.step(`step ${i + 1}`, async () => {
        if (i === 0) await playground.open(step.scenario);
        else await playground.load(step.scenario);
        if (i === 0 && c.login) await playground.logIn(c.login);
        const { browser, model, predictedFor } = await sendAndObserve(playground, engine, c.id, i + 1);

        // Soft: a difference fails the test, but the later steps still run (and are observed).
        expect.soft(predictedFor, 'the engine the page predicted for').toBe(engine);
        expect.soft(browser, `the model's prediction for ${engine} vs the real browser`).toEqual(model);
        const e = expectationFor(step.expect, engine);
        expect.soft(browser.verdict, 'table verdict').toBe(e.verdict);
        expect.soft(browser.preflight, 'table preflight').toBe(e.preflight);
        if (e.cookie !== undefined) expect.soft(browser.cookie, 'table login cookie').toBe(e.cookie.join(','));
      });
    }
  });
}
