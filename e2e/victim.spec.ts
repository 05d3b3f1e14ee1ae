// The victim: a logged-in user whose private data a too-open credentialed
// policy hands to an untrusted page, in real Chromium. Same-site untrusted
// origins get the user's SameSite=Lax cookie and read the data (a leak); the
// cross-site attacker's request goes without it, as the model says before the
// run and the server's record confirms.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../src/scenario/defaults.ts';
import type { OriginRole, Scenario } from '../src/scenario/types.ts';

const reflectWithCredentials = (from: OriginRole): Scenario => ({
  version: 1,
  request: { ...DEFAULT_REQUEST, from, credentials: 'include' },
  server: { type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'reflect' }, allowCredentials: true } },
});

const cookieOf = (headers: [string, string][]) => headers.find(([n]) => n.toLowerCase() === 'cookie')?.[1] ?? null;

/** The comparison row for the login cookie: [model, browser, same?]. */
async function cookieRow(page: Page): Promise<string[]> {
  const row = page.getByTestId('agreement').getByRole('row', { name: /login cookie sent/i });
  // The evidence loads on demand after a run: wait for the row before reading it.
  await expect(row).toBeVisible();
  // The verdict cell is an icon (SVG, no text) and a word.
  return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
}

test('a same-site untrusted origin reads the logged-in user’s private data: flagged as a leak', async ({ page, playground }) => {
  await playground.open(reflectWithCredentials('sibling'));
  const cookie = await playground.logIn('Lax');
  await expect(page.getByTestId('predicted-cookie')).toHaveAttribute('data-cookie', 'sent');
  await playground.send();

  const { result } = playground;
  await expect(result).toHaveAttribute('data-browser-outcome', 'ok');
  await expect(result).toHaveAttribute('data-leak', 'true');
  const leak = page.getByTestId('leak-verdict');
  await expect(leak).toContainText('Leak');
  await expect(leak).toContainText('Alice Example');
  // No green "Success" for this run, in the result or the top bar.
  await expect(result.locator('.verdict-pass')).toHaveCount(0);
  await expect(page.locator('.top-verdict')).toContainText('Leak');
  // What JavaScript really got holds the private data.
  await expect(result.getByText('alice@bank.example').first()).toBeVisible();

  const { entries } = await playground.serverRecord();
  const actual = entries.filter((e) => e.kind === 'actual').at(-1)!;
  expect(cookieOf(actual.headers)).toContain(`pg_session=${cookie}`);
  expect(await cookieRow(page)).toEqual(['yes', 'yes', 'same']);
});

test('the cross-site attacker with a SameSite=Lax cookie: no cookie, as predicted before the run', async ({ page, playground }) => {
  await playground.open(reflectWithCredentials('cross-site'));
  await playground.logIn('Lax');
  // The model says so before the run.
  const predicted = page.getByTestId('predicted-cookie');
  await expect(predicted).toHaveAttribute('data-cookie', 'not-sent');
  await expect(predicted).toHaveAttribute('data-reason', 'lax-cross-site');
  await expect(predicted).toContainText('SameSite=Lax');
  await playground.send();

  const { result } = playground;
  await expect(result).toHaveAttribute('data-browser-outcome', 'ok');
  await expect(result).toHaveAttribute('data-leak', 'false');
  await expect(page.getByTestId('leak-verdict')).toHaveCount(0);
  // The record confirms: no Cookie header reached the server.
  const { entries } = await playground.serverRecord();
  const actual = entries.filter((e) => e.kind === 'actual');
  expect(actual).toHaveLength(1);
  expect(cookieOf(actual[0]!.headers)).toBeNull();
  expect(await cookieRow(page)).toEqual(['no', 'no', 'same']);
  await expect(page.getByTestId('agreement')).toHaveAttribute('data-agree', 'true');
  // The step that sends the request says it goes without the cookie (not "with cookies").
  await expect(result.getByText(/without the login cookie: it is SameSite=Lax/).first()).toBeVisible();
});

test('SameSite=None; Secure is stored over http://*.localhost, and still not sent cross-site here (third-party cookies blocked)', async ({ page, playground }) => {
  await playground.open(reflectWithCredentials('cross-site'));
  await playground.logIn('None');
  const stored = (await page.context().cookies()).find((c) => c.name === 'pg_session');
  expect(stored).toMatchObject({ sameSite: 'None', secure: true });
  await expect(page.getByTestId('predicted-cookie')).toHaveAttribute('data-reason', 'third-party-blocked');
  await playground.send();
  const { entries } = await playground.serverRecord();
  expect(cookieOf(entries.filter((e) => e.kind === 'actual').at(-1)!.headers)).toBeNull();
  expect(await cookieRow(page)).toEqual(['no (third-party cookies blocked)', 'no', 'same']);
  await expect(playground.result).toHaveAttribute('data-leak', 'false');
});
