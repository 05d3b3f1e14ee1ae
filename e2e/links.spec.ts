// Links and sharing in real Chromium: a copied link reproduces the scenario,
// its origin and its real result in a fresh browser; broken links explain
// themselves and lose nothing; the last scenario survives closing the tab;
// old links open; back/forward move between loaded scenarios; ?embed.
import { test, expect, compactLink } from './fixtures.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../src/scenario/defaults.ts';
import type { Scenario } from '../src/scenario/types.ts';
import type { Page } from '@playwright/test';
import { decodeLink } from '../src/scenario/link.ts';
import { testDeployment } from './deployment.ts';

const adminWithCookies: Scenario = {
  version: 1,
  title: 'Admin reads with cookies',
  request: { ...DEFAULT_REQUEST, from: 'admin', method: 'PUT', headers: [['Content-Type', 'application/json']], body: { type: 'json', text: '{"a":1}' }, credentials: 'include' },
  server: {
    type: 'policy',
    policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'list', origins: ['{admin}'] }, allowMethods: { type: 'list', values: ['PUT'] }, allowHeaders: { type: 'list', values: ['Content-Type'] }, allowCredentials: true },
  },
};

const method = (page: Page) => page.getByLabel('Method', { exact: true });
const from = (page: Page) => page.getByLabel('Request comes from');
const fetchCode = (page: Page) => page.getByLabel('fetch() code');
/** The hash the page has on screen (a test hook set once an asynchronous link read is done). */
const shownHash = (page: Page) => page.locator('html').getAttribute('data-scenario-hash');
/** The method in the page's address bar, read with the project's codec: edits reach it after a short debounce. */
async function linkedMethod(page: Page): Promise<string | null> {
  const read = await decodeLink(await page.evaluate(() => location.hash));
  return read.kind === 'ok' ? read.scenario.request.method : null;
}

test('a copied link opens the same scenario, origin and real result in a fresh browser context', async ({ page, playground, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await playground.open(adminWithCookies);
  await method(page).fill('PATCH'); // an edit made in the page, not in the link it opened
  await playground.send();
  const outcome = await playground.result.getAttribute('data-browser-outcome');
  const preflight = await playground.result.getAttribute('data-preflight');
  const code = await fetchCode(page).textContent();

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The link is copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/app\.[^/]+\/#s=2[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(500);
  await expect(page.getByLabel('The link', { exact: true })).toHaveValue(link);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(method(other)).toHaveValue('PATCH');
  await expect(from(other)).toHaveValue('admin');
  await expect(fetchCode(other)).toHaveText(code!);
  await other.getByRole('button', { name: 'Send', exact: true }).click();
  const result = other.getByTestId('run-result');
  await expect(result).toHaveAttribute('data-state', 'done');
  await expect(result).toHaveAttribute('data-browser-outcome', outcome!);
  await expect(result).toHaveAttribute('data-preflight', preflight!);
  await fresh.close();
});

test('Copy as Markdown holds the scenario, what the browser did and Chromium’s message', async ({ page, playground }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await playground.open();
  await playground.send();
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The Markdown is copied.' })).toBeVisible();
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toMatch(/^# The front end calls the API on another origin\n/);
  expect(md).toMatch(/\[Open this scenario in the CORS playground\]\(http:\/\/app\.[^)]+#s=2[A-Za-z0-9_-]+\)/);
  expect(md).toContain('✖ **Blocked by CORS** (a real run in this browser)');
  expect(md).toContain("has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.");
});

test('a corrupted link shows what is wrong and the default scenario, and keeps the user’s last scenario', async ({ page, playground }) => {
  await playground.open();
  await method(page).fill('DELETE');
  await expect.poll(() => linkedMethod(page)).toBe('DELETE'); // written to the link and kept in this browser
  const good = (await compactLink(adminWithCookies)).slice(1);
  await page.goto('/?fresh' + good.slice(0, -10)); // cut off when copied
  await expect(page.getByRole('alert')).toContainText(/could not be loaded: The link is (incomplete or )?damaged/);
  await expect(method(page)).toHaveValue('GET');
  await expect(from(page)).toHaveValue('app');
  await page.getByRole('button', { name: 'Restore your last scenario' }).click();
  await expect(method(page)).toHaveValue('DELETE');
});

test('a link from a newer playground says so', async ({ page }) => {
  await page.goto('/#s=9AAAA');
  await expect(page.getByRole('alert')).toContainText('made by a newer version of the playground (link format 9');
  await expect(method(page)).toHaveValue('GET');
});

test('the last scenario comes back after the tab is closed', async ({ page, context }) => {
  await page.goto('/');
  await from(page).selectOption('cross-site');
  await method(page).fill('PUT');
  await page.close({ runBeforeUnload: true }); // at once: an edit not yet in the link is kept all the same
  const again = await context.newPage();
  await again.goto('/');
  await expect(method(again)).toHaveValue('GET');
  await again.getByRole('button', { name: 'Restore your last scenario' }).click();
  await expect(method(again)).toHaveValue('PUT');
  await expect(from(again)).toHaveValue('cross-site');
  await expect(again.getByRole('button', { name: 'Restore your last scenario' })).toHaveCount(0);
});

test('an old-format link (readable JSON, as the README showed it) opens', async ({ page }) => {
  await page.goto('/#scenario=%7B%22version%22%3A1%2C%22request%22%3A%7B%22method%22%3A%22PUT%22%7D%7D');
  await expect(method(page)).toHaveValue('PUT');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('back and forward move between loaded scenarios; typing makes no history entries', async ({ page, playground }) => {
  await playground.open();
  const entries = () => page.evaluate(() => history.length);
  const start = await entries();
  await method(page).fill('');
  await method(page).pressSequentially('PUTX', { delay: 30 });
  await expect.poll(() => linkedMethod(page)).toBe('PUTX');
  const edited = await page.evaluate(() => location.hash);
  expect(await entries()).toBe(start);
  await page.getByLabel('Preset').selectOption('open-public-api');
  await expect.poll(entries).toBe(start + 1);
  await expect.poll(() => shownHash(page)).not.toBe(edited);
  const preset = await page.evaluate(() => location.hash);
  await page.goBack();
  await expect.poll(() => shownHash(page)).toBe(edited);
  await expect(method(page)).toHaveValue('PUTX');
  await page.goForward();
  await expect.poll(() => shownHash(page)).toBe(preset);
  await expect(method(page)).toHaveValue('PUTX');
});

test('?embed shows the scenario, Send, the result and the explanation, with a way out to the playground', async ({ page }) => {
  await page.goto('/?embed' + (await compactLink(adminWithCookies)).slice(1));
  await expect(page.getByRole('heading', { name: 'Admin reads with cookies' })).toBeVisible();
  await expect(method(page)).toHaveCount(0); // no editors
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(page.getByRole('note')).toContainText('third-party cookies');
  const open = page.getByRole('link', { name: 'Open in the playground' });
  await expect(open).toHaveAttribute('target', '_blank');
  const href = await open.getAttribute('href');
  expect(href).not.toContain('embed');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('run-result')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('run-result')).toHaveAttribute('data-browser-outcome', 'ok');
  const full = await page.context().newPage();
  await full.goto(href!);
  await expect(method(full)).toHaveValue('PUT');
});

test('framed by another site, the embed says Send cannot run there and links out', async ({ page }) => {
  const embed = testDeployment.app + '/?embed' + (await compactLink(adminWithCookies)).slice(1);
  // A page of another origin (the cross-site role's) that frames the embed, as a blog would.
  await page.goto(testDeployment.crossSite + '/runner.html');
  await page.evaluate((src) => {
    document.body.innerHTML = `<iframe title="embedded scenario" src="${src}" width="900" height="700"></iframe>`;
  }, embed);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('note').filter({ hasText: 'Send cannot run inside this embed' })).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Open in the playground' })).toHaveAttribute('href', /^http:\/\/app\.[^?]+#s=2/);
});
