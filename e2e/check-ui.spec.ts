// "Check my API" in real Chromium: a real Express + cors API started here (on
// 127.0.0.1:9650–9699), checked from the page; a pasted console error opened
// as a scenario that the real browser fails the same way; an imported cURL
// command filling the check's fields. Expected values are written by hand.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import cors from 'cors';
import { test, expect } from './fixtures.ts';

const API_PORT = 9651;
const REFLECTING_PORT = 9652;
let api: Server;
let reflecting: Server;

function listen(app: express.Express, port: number): Promise<Server> {
  return new Promise<Server>((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
}

// Its servers listen on fixed ports: the file's tests run in one worker, in order.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  const app = express();
  // The classic mistake: one fixed origin, the front end's dev server on another port.
  app.use(cors({ origin: 'http://localhost:5173' }));
  app.get('/api/items', (_req, res) => res.json([{ id: 1 }]));
  api = await listen(app, API_PORT);
  expect((api.address() as AddressInfo).port).toBe(API_PORT);
  // The dangerous one: every origin reflected, with credentials.
  const open = express();
  open.use(cors({ origin: true, credentials: true }));
  open.get('/api/me', (_req, res) => res.json({ name: 'Ann' }));
  reflecting = await listen(open, REFLECTING_PORT);
});

test.afterAll(async () => {
  await Promise.all([api, reflecting].map((s) => new Promise((resolve) => s.close(resolve))));
});

test('checks a real Express API from the page: Chromium’s message, the fix, the framework; Open in playground fails the same way', async ({ page, playground, truth }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Check my API' }).click();
  await expect(page.getByRole('heading', { name: 'Check my API' })).toBeVisible();
  await page.getByLabel('API URL').fill(`http://127.0.0.1:${API_PORT}/api/items`);
  await expect(page.getByLabel('Your front end’s origin')).toHaveValue('http://localhost:3000');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const result = page.getByTestId('check-result');
  await expect(result).toHaveAttribute('data-verdict', 'cors-error');
  await expect(result).toHaveAttribute('data-cors-error', 'AllowOriginMismatch');
  await expect(page.getByTestId('check-console-message')).toHaveText(
    `Access to fetch at 'http://127.0.0.1:${API_PORT}/api/items' from origin 'http://localhost:3000' has been blocked by CORS policy: The 'Access-Control-Allow-Origin' header has a value 'http://localhost:5173' that is not equal to the supplied origin. Have the server send the header with a valid value.`,
  );
  await expect(page.getByTestId('check-framework')).toContainText('Express');
  await expect(page.getByTestId('check-fix')).toBeVisible();
  // The fix in Express's own words, allowing the checked front end.
  await expect(page.getByTestId('check-framework-code')).toContainText("origin: ['http://localhost:3000']");
  await expect(page.getByTestId('exchange')).toHaveCount(1);
  // Keyboard: focus went to the verdict.
  await expect(page.locator('#check-verdict')).toBeFocused();

  await page.getByTestId('check-open-playground').click();
  await expect(playground.sendButton).toBeEnabled();
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'cors-error');
  expect(truth.corsFailures.map((f) => f.corsError)).toEqual(['AllowOriginMismatch']);
  expect(truth.corsFailures[0]!.failedParameter).toBe('http://localhost:5173');
});

// Pasted as developers see them; the CorsError the real browser must report for the scenario.
const PASTED: Array<[string, string, string]> = [
  ["Access to fetch at 'http://localhost:8080/api/items' from origin 'http://localhost:3000' has been blocked by CORS policy: Method DELETE is not allowed by Access-Control-Allow-Methods in preflight response.", 'MethodDisallowedByPreflightResponse', 'DELETE'],
  ["Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at http://localhost:8080/v1/me. (Reason: missing token 'x-api-key' in CORS header 'Access-Control-Allow-Headers' from CORS preflight channel). Status code: 204.", 'HeaderDisallowedByPreflightResponse', 'x-api-key'],
  ['[Error] Preflight response is not successful. Status code: 401\n[Error] Fetch API cannot load http://localhost:8080/api due to access control checks.', 'PreflightInvalidStatus', ''],
  ["index.js:3 Access to fetch at 'http://localhost:8080/x' from origin 'http://localhost:3000' has been blocked by CORS policy: The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.", 'WildcardOriginNotAllowed', ''],
  // Local Network Access: a wrong targetAddressSpace is refused by any Chromium (a denied permission
  // needs the page placed in public, which only a Chromium started with the override switch shows).
  ["Access to fetch at 'http://localhost:8080/api' from origin 'https://app.example.com' has been blocked by CORS policy: Request had a target IP address space of `local` yet the resource is in address space `loopback`.", 'InvalidLocalNetworkAccess', ''],
];

for (const [message, corsError, parameter] of PASTED) {
  test(`a pasted ${corsError} opens a scenario that the real browser fails with the same error`, async ({ page, playground, truth }) => {
    await page.goto('/#check/error');
    await page.getByLabel('The console message (Chrome, Firefox or Safari)').fill(message);
    await page.getByRole('button', { name: 'Explain this error' }).click();
    await expect(page.getByTestId('pasted-error')).toHaveAttribute('data-error', corsError);
    await page.getByTestId('open-reproduction').click();
    await expect(playground.sendButton).toBeEnabled();
    truth.clear();
    await playground.send();
    await expect(playground.result).toHaveAttribute('data-browser-outcome', 'cors-error');
    expect(truth.corsFailures.map((f) => [f.corsError, f.failedParameter])).toEqual([[corsError, parameter]]);
  });
}

test('an imported cURL command fills the check’s fields; a bad one is refused where it goes wrong', async ({ page }) => {
  await page.goto('/#check');
  await page.getByText('Import a curl command or a fetch() call').click();
  const box = page.getByLabel(/Copy as cURL, or Copy as fetch/);
  await box.fill("curl 'http://localhost:8080/api/items' \\\n  -X 'PUT' \\\n  -H 'content-type: application/json' \\\n  -H 'origin: http://localhost:4200' \\\n  -H 'sec-fetch-mode: cors' \\\n  -b 'sid=1' \\\n  --data-raw '{\"a\":1}'");
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-done')).toContainText('Set aside');
  await expect(page.getByLabel('API URL')).toHaveValue('http://localhost:8080/api/items');
  await expect(page.getByLabel('Your front end’s origin')).toHaveValue('http://localhost:4200');
  await expect(page.getByLabel('Method')).toHaveValue('PUT');
  await expect(page.getByRole('combobox', { name: /^Credentials/ })).toHaveValue('include');
  await expect(page.getByLabel('Body text')).toHaveValue('{"a":1}');
  await expect(page.getByLabel("Request headers 1 name")).toHaveValue('content-type');

  await box.fill("curl 'http://localhost:8080/a' --upload-file x");
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert')).toHaveText(/The option --upload-file is not one this import understands \(line 1, column 32\)/);
});

test('the audit tab reports an API that reflects every origin with credentials, with its severity, impact, fix and lesson', async ({ page }) => {
  await page.goto('/#check/audit');
  await page.getByLabel('API URL').fill(`http://127.0.0.1:${REFLECTING_PORT}/api/me`);
  await page.getByLabel('The origins it should trust (one per line)').fill('https://app.example.com');
  await page.getByRole('button', { name: 'Audit' }).click();
  const reflect = page.locator('[data-testid="finding"][data-class="reflect-any-origin"]');
  await expect(reflect).toHaveAttribute('data-severity', 'high');
  await expect(reflect).toContainText('What an attacker can do:');
  await expect(reflect).toContainText('Fix:');
  await expect(reflect.getByRole('link', { name: 'The lesson on it' })).toHaveAttribute('href', /lesson/);
});

test('the check page fits a 390 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const hash of ['#check', '#check/audit', '#check/error']) {
    await page.goto('/' + hash);
    await expect(page.getByRole('heading', { name: 'Check my API' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
});
