// Local Network Access in real Firefox ESR: the cases of the table that place the page in
// another address space, each in a Firefox launched with that placement (a preference is
// per browser): network.lna.address_space.<public|private>.override names 127.0.0.1:<app
// port>, where every page and runner origin is served (the API, on its own port, stays
// loopback), and permissions.default.loopback-network answers the permission as the case
// says (1 granted, 2 denied; unset, Firefox would prompt and the fetch would wait).
// Compared as in parity.spec.ts (step.ts). The gecko project only (playwright.config.ts).
import { test, expect } from './fixtures.ts';
import { CASES } from '../../src/scenario/cases/index.ts';
import { expectationFor, networkOf } from '../../src/scenario/cases/types.ts';
import type { NetworkPlacement } from '../../src/scenario/types.ts';
import type { ScenarioCase } from '../../src/scenario/cases/types.ts';
import type { EngineDriver } from './driver.ts';
import { launchFirefox } from './firefox.ts';
import { EnginePlayground } from './playground.ts';
import { ENGINES_PORTS } from './deployment.ts';
import { sendAndObserve } from './step.ts';

/** Firefox's name for each space a page can be placed in (its "private" is the playground's "local"). */
const FIREFOX_SPACE = { public: 'public', local: 'private' } as const;

function placementPrefs(network: NetworkPlacement): Record<string, unknown> {
  if (network.page === 'loopback') throw new Error('a placed page is public or local');
  return {
    [`network.lna.address_space.${FIREFOX_SPACE[network.page]}.override`]: `127.0.0.1:${ENGINES_PORTS.app}`,
    'permissions.default.loopback-network': network.permission === 'granted' ? 1 : 2,
  };
}

/** The cases by placement: one Firefox per placement and worker, a fresh page (user context) per case. */
const byPlacement = new Map<string, ScenarioCase[]>();
for (const c of CASES.filter((x) => networkOf(x) !== undefined)) {
  const key = JSON.stringify(networkOf(c));
  byPlacement.set(key, [...(byPlacement.get(key) ?? []), c]);
}

for (const [key, cases] of byPlacement) {
  test.describe(`placed ${key}`, () => {
    let driver: EngineDriver | undefined;
    // Launching Firefox takes seconds, far more when the machine is loaded (fixtures.ts).
    test.beforeAll(async () => {
      test.setTimeout(180_000);
      driver = await launchFirefox(placementPrefs(JSON.parse(key) as NetworkPlacement));
    });
    test.afterAll(async () => driver?.close());

    for (const c of cases) {
      test(`${c.id}: ${c.title}`, async () => {
        const page = await driver!.newPage();
        try {
          const playground = new EnginePlayground(page);
          for (const [i, step] of c.steps.entries()) {
            await test.step(`step ${i + 1}`, async () => {
              if (i === 0) await playground.open(step.scenario);
              else await playground.load(step.scenario);
              const { browser, model, predictedFor } = await sendAndObserve(playground, 'gecko', c.id, i + 1);
              expect.soft(predictedFor, 'the engine the page predicted for').toBe('gecko');
              expect.soft(browser, "the model's prediction for gecko vs the real browser").toEqual(model);
              const e = expectationFor(step.expect, 'gecko');
              expect.soft(browser.verdict, 'table verdict').toBe(e.verdict);
              expect.soft(browser.preflight, 'table preflight').toBe(e.preflight);
            });
          }
        } finally {
          await page.close();
        }
      });
    }
  });
}
