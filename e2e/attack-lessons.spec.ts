// The attack lessons (chapter 15) in real Chromium, logged in as the victim:
// each start really leaks (or fails) as the lesson says, its check fails on
// the start, and the solution passes every probe. The probes are run here
// through the playground itself (one Send per probe, in the check's order, in
// one page: the browser's cache carries over as in the lesson's check).
import type { Page } from '@playwright/test';
import { test, expect, type BrowserTruth, type Playground } from './fixtures.ts';
import { attacks } from '../src/lessons/chapters/15-attacks.ts';
import type { Lesson, Probe, ProbeExpectation } from '../src/lessons/types.ts';
import type { Policy, Scenario } from '../src/scenario/types.ts';
import { encodeLink } from '../src/scenario/link.ts';
import { LESSON_TEST_TIMEOUT_MS, lessonCard, logInFor, pressCheck, probeReport } from './lesson-helpers.ts';

interface Observed {
  outcome: string | null;
  leak: boolean;
  cookie: string | null;
  preflight: string | null;
  /** Chromium's CorsError for this run (DevTools), if it reported one. */
  corsError: string | null;
}

/** The scenario a probe runs: the learner's, from the probe's origin, with the probe's request fields. */
const probeScenario = (scenario: Scenario, probe: Probe): Scenario => ({
  ...scenario,
  request: { ...scenario.request, ...probe.request, from: probe.from },
});

async function observe(playground: Playground, truth: BrowserTruth, scenario: Scenario): Promise<Observed> {
  truth.clear();
  await playground.load(scenario);
  await playground.send();
  const r = playground.result;
  const cookies = (await r.getAttribute('data-cookie')) ?? '';
  return {
    outcome: await r.getAttribute('data-browser-outcome'),
    leak: (await r.getAttribute('data-leak')) === 'true',
    cookie: cookies.split(',').filter(Boolean).at(-1) ?? null,
    preflight: await r.getAttribute('data-preflight'),
    corsError: truth.corsFailures.at(-1)?.corsError ?? null,
  };
}

/** What in this expectation the observed run did not do (empty: the probe passes). */
function misses(expected: ProbeExpectation, o: Observed): string[] {
  const out: string[] = [];
  if (o.outcome !== expected.outcome) out.push(`outcome ${o.outcome}, expected ${expected.outcome}`);
  if (expected.readsPrivateData !== undefined && o.leak !== expected.readsPrivateData) out.push(`leak ${o.leak}`);
  if (expected.cookie && o.cookie !== expected.cookie) out.push(`cookie ${o.cookie}, expected ${expected.cookie}`);
  if (expected.preflight && o.preflight !== expected.preflight) out.push(`preflight ${o.preflight}, expected ${expected.preflight}`);
  return out;
}

async function loggedIn(page: Page, playground: Playground, lesson: Lesson): Promise<void> {
  await playground.open(lesson.start);
  if (lesson.login) await playground.logIn(lesson.login);
  void page;
}

/** Runs every probe of the check against this server side, in order; returns what failed, per probe label. */
async function runCheck(playground: Playground, truth: BrowserTruth, lesson: Lesson, scenario: Scenario): Promise<Record<string, string[]>> {
  const failed: Record<string, string[]> = {};
  for (const probe of lesson.check) {
    let o: Observed | null = null;
    for (let i = 0; i < (probe.runs ?? 1); i++) o = await observe(playground, truth, probeScenario(scenario, probe));
    const m = misses(probe.expect, o!);
    if (m.length > 0) failed[probe.label] = m;
  }
  return failed;
}

// Up to a dozen real runs per test, on a machine shared with other suites.
test.describe.configure({ timeout: 240_000 });

for (const lesson of attacks.lessons) {
  test(`${lesson.id}: the start does what the lesson says in Chromium and fails the check; the solution passes`, async ({ page, playground, truth }) => {
    await loggedIn(page, playground, lesson);

    // The starting scenario, sent once as the learner opens it.
    const start = await observe(playground, truth, lesson.start);
    const expected = lesson.startsWith;
    if (expected.corsError) expect(start.corsError).toBe(expected.corsError);
    expect(start.outcome).toBe(expected.outcome);
    if (expected.leak !== undefined) expect(start.leak).toBe(expected.leak);

    // The check, run on the starting server side, fails.
    const startFailures = await runCheck(playground, truth, lesson, lesson.start);
    expect(Object.keys(startFailures).length, `the check fails on the start of ${lesson.id}`).toBeGreaterThan(0);

    // The solution passes every probe (a new server side: a new URL, nothing cached for it).
    expect(await runCheck(playground, truth, lesson, lesson.solution)).toEqual({});
  });
}

test('missing-vary-origin: without Vary: Origin the admin front end gets the app’s cached answer, refused by Chromium', async ({ page, playground, truth }) => {
  const lesson = attacks.lessons.find((l) => l.id === 'missing-vary-origin')!;
  await loggedIn(page, playground, lesson);
  const app = await observe(playground, truth, { ...lesson.start, request: { ...lesson.start.request, from: 'app' } });
  expect([app.outcome, app.cookie]).toEqual(['ok', 'sent']);
  const admin = await observe(playground, truth, lesson.start);
  // Chromium refused the answer it took from its cache: it names the app's origin, not the admin's.
  expect(admin.corsError).toBe('AllowOriginMismatch');
  // The server never saw the admin's request (no cookie in its record), but it answered that URL
  // earlier in the tab: the page knows the browser used its stored answer, and calls it the CORS error it is.
  expect([admin.outcome, admin.cookie]).toEqual(['cors-error', null]);
});

/** Fixes that make the app work and leave the attacker reading: [lesson, what the learner tried, the policy change]. */
const WRONG_FIXES: [string, string, Partial<Policy>][] = [
  ['reflect-any-origin', 'only origins that contain the site (an unanchored pattern)', { allowOrigin: { type: 'pattern', pattern: '{site}' } }],
  ['reflect-any-origin', 'reflection kept, with Vary: Origin', { allowOrigin: { type: 'reflect' }, varyOrigin: true }],
  ['suffix-match', 'a dot in front of the site (\\.{site}(:\\d+)?$)', { allowOrigin: { type: 'pattern', pattern: '\\.{site}(:\\d+)?$' } }],
];

for (const [id, what, change] of WRONG_FIXES) {
  test(`${id}: a wrong fix (${what}) keeps the app working and the attacker reading, so the check fails`, async ({ page, playground, truth }) => {
    const lesson = attacks.lessons.find((l) => l.id === id)!;
    await loggedIn(page, playground, lesson);
    const server = lesson.start.server;
    if (server.type !== 'policy') throw new Error(`${id} starts from a policy`);
    const wrong: Scenario = { ...lesson.start, server: { type: 'policy', policy: { ...server.policy, ...change } } };
    const failed = await runCheck(playground, truth, lesson, wrong);
    // The app and the admin front end read the data: the fix "works"...
    expect(Object.keys(failed).filter((label) => /app|admin/i.test(label) && !/untrusted|attacker/i.test(label))).toEqual([]);
    // ...and the untrusted page on the same site still reads the user's data.
    const attacker = lesson.check.find((p) => p.from === 'sibling')!;
    expect(failed[attacker.label]).toEqual(expect.arrayContaining(['outcome ok, expected cors-error', 'leak true']));
  });
}

// The same wrong fixes in the lesson itself: opened with the wrong fix in the editors (a scenario link that
// carries the lesson), Check runs the probes in the real browser and does not pass the lesson; "Show me" does.
for (const [id, what, change] of WRONG_FIXES) {
  test(`lesson ${id}: Check does not pass the wrong fix (${what}); the right fix passes`, async ({ page, playground }) => {
    test.setTimeout(LESSON_TEST_TIMEOUT_MS + 60_000);
    const lesson = attacks.lessons.find((l) => l.id === id)!;
    const server = lesson.start.server;
    if (server.type !== 'policy') throw new Error(`${id} starts from a policy`);
    const wrong: Scenario = { ...lesson.start, server: { type: 'policy', policy: { ...server.policy, ...change } } };
    await page.goto('/' + (await encodeLink({ scenario: wrong, lesson: id })));
    const card = lessonCard(page);
    await expect(card).toHaveAttribute('data-lesson-id', id);
    await expect(card.getByRole('button', { name: 'Check', exact: true })).toBeEnabled();
    await logInFor(playground, lesson);

    expect(await pressCheck(page), (await probeReport(page)).join('\n')).toBe('failed');
    const probes = card.getByTestId('probe');
    await expect(probes).toHaveCount(lesson.check.length);
    // The app's probe passed (the fix "works"); the untrusted page's probe failed (it still reads the data).
    const index = (from: string) => lesson.check.findIndex((p) => p.from === from);
    await expect(probes.nth(index('app'))).toHaveAttribute('data-probe-state', 'passed');
    await expect(probes.nth(index('sibling'))).toHaveAttribute('data-probe-state', 'failed');

    await card.getByRole('button', { name: 'Show me' }).click();
    expect(await pressCheck(page), (await probeReport(page)).join('\n')).toBe('passed');
  });
}
