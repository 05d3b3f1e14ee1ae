// The page, opened in Firefox ESR (and WebKitGTK), predicts for the browser it
// runs in, says so, and agrees with that browser on a preflighted, a
// credentialed and a redirected scenario: outcome, preflight, login cookie and
// the console lines. The outcomes expected are the Fetch standard's (the same
// in every engine for these three), not read from the model; the one cookie
// WebKitGTK's default policy never stores is its own row.
import { test, expect, type EngineName } from './fixtures.ts';
import type { CookieSameSite } from '../../src/scenario/victim.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { policyScenario } from '../../src/scenario/cases/helpers.ts';
import { sendAndObserve } from './step.ts';

/** How the page names each engine's browser to the learner (a learner on Safari reads "Safari", not "WebKit"). */
const BROWSER_NAME: Record<EngineName, string> = { gecko: 'Firefox', webkit: 'Safari' };

interface PageCase {
  id: string;
  scenario: Scenario;
  login?: CookieSameSite;
  expect: { verdict: string; preflight: boolean; cookie: string };
  /** Where one engine did otherwise (as observed). */
  engines?: Partial<Record<EngineName, Partial<PageCase['expect']>>>;
}

const PAGE_CASES: PageCase[] = [
  {
    // A PUT is preflighted; the preflight names another origin, so the PUT never goes.
    id: 'page-preflighted',
    scenario: policyScenario({ method: 'PUT' }, { allowOrigin: { type: 'list', origins: ['{admin}'] }, allowMethods: { type: 'list', values: ['PUT'] } }),
    expect: { verdict: 'cors-error', preflight: true, cookie: '' },
  },
  {
    // Logged in (SameSite=Lax, same site), credentials "include": the cookie goes, and ACAO * with credentials blocks the answer.
    id: 'page-credentialed',
    login: 'Lax',
    scenario: policyScenario({ credentials: 'include' }, { allowOrigin: { type: 'any' } }),
    expect: { verdict: 'cors-error', preflight: false, cookie: 'sent' },
    // WebKitGTK's default cookie policy (no third-party) never stored the API's cookie: app.… and api.….localhost
    // are base domains of their own to it.
    engines: { webkit: { cookie: 'not-sent' } },
  },
  {
    // A 302 to the second API origin taints the request's origin to "null", which the list does not allow.
    id: 'page-redirected',
    scenario: policyScenario({}, { redirect: { status: 302, to: 'other-origin', path: '/next' } }),
    expect: { verdict: 'cors-error', preflight: false, cookie: 'not-sent,not-sent' },
  },
];

test('the page predicts for the browser it runs in, and says which', async ({ playground, engine }) => {
  await playground.open();
  await playground.send();
  // The engine picker (a radio group, "Predicting for") has the running browser chosen, marked as yours.
  const shown = await playground.predictingFor();
  expect(shown.engine).toBe(engine);
  expect(shown.chosen).toBe(`${BROWSER_NAME[engine]} (your browser)`);
});

for (const c of PAGE_CASES) {
  test(`${c.id}: the page agrees with the browser`, async ({ playground, engine }) => {
    await playground.open(c.scenario);
    if (c.login) await playground.logIn(c.login);
    const { browser, model, predictedFor } = await sendAndObserve(playground, engine, c.id, 1);
    expect(predictedFor).toBe(engine);
    expect(browser, 'what the page predicted for this browser vs what it did').toEqual(model);
    expect({ verdict: browser.verdict, preflight: browser.preflight, cookie: browser.cookie }).toEqual({ ...c.expect, ...c.engines?.[engine] });
    // A blocked request prints at least one line in every engine.
    expect(browser.console.length, 'console lines about the request').toBeGreaterThan(0);
  });
}
