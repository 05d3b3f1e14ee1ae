// Parity: every case of the shared table runs in real Chromium, and the
// engine's prediction (computed by the page, independently) must equal what
// the browser did (parity-step.ts says what is compared).
import { test } from './fixtures.ts';
import { CASES } from '../src/scenario/cases/index.ts';
import { networkOf } from '../src/scenario/cases/types.ts';
import { runCaseSteps } from './parity-step.ts';

// A case that places the page in another address space needs a Chromium launched with
// --ip-address-space-overrides: lna.spec.ts runs those (project chromium-lna), not this one.
for (const c of CASES.filter((x) => networkOf(x) === undefined)) {
  test(`${c.id}: ${c.title}`, async ({ playground, truth }) => {
    await runCaseSteps(c, playground, truth);
  });
}
