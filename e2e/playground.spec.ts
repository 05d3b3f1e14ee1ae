// The playground's foundation in real Chromium: each run makes a real
// cross-origin request, and the page shows what the browser and the server saw.
import { test, expect } from './fixtures.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../src/scenario/defaults.ts';
import type { Policy, Scenario, ScenarioRequest } from '../src/scenario/types.ts';
import { testDeployment as d } from './deployment.ts';
import { decodeLink } from '../src/scenario/link.ts';

const scenario = (request: Partial<ScenarioRequest>, policy: Partial<Policy>): Scenario => ({
  version: 1,
  request: { ...DEFAULT_REQUEST, ...request },
  server: { type: 'policy', policy: { ...DEFAULT_POLICY, ...policy } },
});
const headerOf = (headers: [string, string][], name: string) => headers.find(([n]) => n.toLowerCase() === name)?.[1];

const onlyApp: Partial<Policy> = { allowOrigin: { type: 'list', origins: ['{app}'] }, allowMethods: { type: 'list', values: ['GET', 'PUT'] } };
const jsonPut: Partial<ScenarioRequest> = {
  method: 'PUT',
  headers: [['Content-Type', 'application/json']],
  body: { type: 'json', text: '{"name":"x"}' },
};

test('a simple GET allowed by the policy succeeds without a preflight', async ({ playground, truth }) => {
  await playground.open(scenario({}, onlyApp));
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'ok');
  await expect(playground.result).toHaveAttribute('data-preflight', 'none');
  // What fetch() gave the page, in the browser's column: a readable CORS response.
  const jsRow = playground.result.getByRole('row', { name: /What fetch\(\) gave script/ });
  await expect(jsRow.getByRole('cell').nth(1)).toHaveText('cors response, status 200');
  expect(truth.corsMessages).toEqual([]);
  const { entries } = await playground.serverRecord();
  expect(entries.map((e) => [e.method, e.kind])).toEqual([['GET', 'actual']]);
  expect(headerOf(entries[0]!.headers, 'origin')).toBe(d.app);
});

test('a preflighted JSON PUT is blocked when Content-Type is not allowed: only the OPTIONS reaches the server', async ({ playground, truth }) => {
  await playground.open(scenario(jsonPut, onlyApp));
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'cors-error');
  await expect(playground.result).toHaveAttribute('data-preflight', 'sent');
  await expect.poll(() => truth.corsFailures.map((f) => [f.corsError, f.failedParameter])).toEqual([['HeaderDisallowedByPreflightResponse', 'content-type']]);
  const { entries } = await playground.serverRecord();
  expect(entries.map((e) => e.method)).toEqual(['OPTIONS']);
  expect(headerOf(entries[0]!.headers, 'access-control-request-method')).toBe('PUT');
  expect(headerOf(entries[0]!.headers, 'access-control-request-headers')).toBe('content-type');
  await expect(playground.result.getByText(/never reached the server|did not arrive|never arrived/i).first()).toBeVisible();
});

test("the same PUT from an attacker's site is blocked at the preflight", async ({ playground, truth }) => {
  await playground.open(scenario({ ...jsonPut, from: 'cross-site' }, { ...onlyApp, allowHeaders: { type: 'list', values: ['Content-Type'] } }));
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'cors-error');
  await expect.poll(() => truth.corsFailures.map((f) => f.corsError)).toEqual(['PreflightMissingAllowOriginHeader']);
  const { entries } = await playground.serverRecord();
  expect(entries.map((e) => e.method)).toEqual(['OPTIONS']);
  expect(headerOf(entries[0]!.headers, 'origin')).toBe(d.crossSite);
});

test('a sandboxed iframe sends Origin: null, and a policy allowing "null" lets it read', async ({ playground, truth }) => {
  await playground.open(scenario({ from: 'null' }, { allowOrigin: { type: 'list', origins: ['null'] } }));
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'ok');
  expect(truth.corsMessages).toEqual([]);
  const { entries } = await playground.serverRecord();
  expect(headerOf(entries[0]!.headers, 'origin')).toBe('null');
});

test('a blocked simple POST still reaches the server and runs', async ({ playground, truth }) => {
  await playground.open(scenario({ method: 'POST', body: { type: 'text', text: 'delete everything' } }, {}));
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'cors-error');
  await expect(playground.result).toHaveAttribute('data-preflight', 'none');
  await expect.poll(() => truth.corsFailures.map((f) => f.corsError)).toEqual(['MissingAllowOriginHeader']);
  const { entries } = await playground.serverRecord();
  expect(entries.map((e) => [e.method, e.bodyText])).toEqual([['POST', 'delete everything']]);
  await expect(playground.result.getByText(/reached the server/i).first()).toBeVisible();
});

test('after logging in, a credentialed request carries the cookie and is allowed', async ({ page, playground }) => {
  await playground.open(scenario({ credentials: 'include' }, { ...onlyApp, allowCredentials: true }));
  await page.getByRole('button', { name: /log in/i }).click();
  await expect(page.getByText(/pg_session=/)).toBeVisible();
  const { cookie } = await playground.serverRecord();
  expect(cookie).toBeTruthy();
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'ok');
  const { entries } = await playground.serverRecord();
  const actual = entries.filter((e) => e.kind === 'actual').at(-1)!;
  expect(headerOf(actual.headers, 'cookie')).toContain(`pg_session=${cookie}`);
});

test('a malformed scenario link is answered with a clear message and the default scenario', async ({ page, playground }) => {
  await page.goto('/#scenario=' + encodeURIComponent('{"version":1,"request":{"mode":"navigate"}}'));
  await expect(page.getByRole('alert')).toContainText('scenario.request.mode');
  await expect(playground.sendButton).toBeEnabled();
  await expect(page.getByLabel('Method', { exact: true })).toHaveValue('GET');
  await page.goto('/#scenario=%7Bnot json');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
});

test('edits live in the link: a reload (or the link in another tab) restores them; Ctrl+Enter sends', async ({ page, playground }) => {
  await playground.open();
  await page.getByLabel('Method', { exact: true }).fill('patch');
  // The page writes the compact link (#s=2…): read it with the project's own codec.
  await expect
    .poll(async () => {
      const read = await decodeLink(await page.evaluate(() => location.hash));
      return read.kind === 'ok' && read.scenario.request.method;
    })
    .toBe('patch');
  const link = page.url();
  await page.reload();
  await expect(page.getByLabel('Method', { exact: true })).toHaveValue('patch');
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByLabel('Method', { exact: true })).toHaveValue('patch');
  await other.close();
  await page.keyboard.press('Control+Enter');
  await expect(playground.result).toHaveAttribute('data-state', 'done');
  await expect(playground.result).toHaveAttribute('data-run-count', '1');
  // A lower-case patch is not normalized: the preflight asks for "patch" exactly.
  const { entries } = await playground.serverRecord();
  expect(headerOf(entries[0]!.headers, 'access-control-request-method')).toBe('patch');
});

test('Ctrl+Enter sends nothing while the "Check my API" page is open', async ({ page, playground }) => {
  await playground.open();
  await page.keyboard.press('Control+Enter');
  // The count rises when a run starts; its requests are recorded only once it is done.
  await expect(playground.result).toHaveAttribute('data-run-count', '1');
  await expect(playground.result).toHaveAttribute('data-state', 'done');
  const before = (await playground.serverRecord()).entries.length;
  expect(before).toBeGreaterThan(0);
  await page.evaluate(() => (location.hash = 'check'));
  await expect(page.getByRole('heading', { name: 'Check my API', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await page.goBack();
  await expect(playground.sendButton).toBeEnabled();
  await expect(playground.result).toHaveAttribute('data-run-count', '1');
  expect((await playground.serverRecord()).entries).toHaveLength(before);
});
