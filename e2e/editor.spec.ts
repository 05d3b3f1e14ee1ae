// The policy editor behaves like real middleware: Error 2 ("not equal to the
// supplied origin") made from the editor as a person would make it, Policy →
// Raw keeping the lines the policy sent, and the notes the editor gives.
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../src/scenario/defaults.ts';
import type { HeaderList, Policy, Scenario, ScenarioRequest } from '../src/scenario/types.ts';
import { testDeployment } from './deployment.ts';

const scenario = (request: Partial<ScenarioRequest>, policy: Partial<Policy>): Scenario => ({
  version: 1,
  request: { ...DEFAULT_REQUEST, ...request },
  server: { type: 'policy', policy: { ...DEFAULT_POLICY, ...policy } },
});

/** The header lines shown in one raw group, as [name, value] pairs. */
async function rawLines(page: Page, group: string): Promise<HeaderList> {
  // The raw editor loads on demand: wait until it is on screen.
  await expect(page.getByRole('group', { name: group, exact: true })).toBeVisible();
  const boxes = page.getByRole('group', { name: group, exact: true }).getByRole('textbox');
  const values = await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const lines: HeaderList = [];
  for (let i = 0; i < values.length; i += 2) lines.push([values[i]!, values[i + 1]!]);
  return lines;
}

test('Error 2 from the policy editor: a single fixed origin that is not the caller', async ({ page, playground, truth }) => {
  test.slow(); // two real runs, edits in between
  await playground.open(scenario({ from: 'app' }, {}));
  const server = page.getByRole('region', { name: /server side/ });
  // 1. Configure the middleware the way Express is configured with a string: one production origin.
  await server.getByRole('radio', { name: 'A single fixed origin' }).check();
  // A text box with suggestions (the roles): a combobox to assistive technology.
  const origin = server.getByRole('combobox', { name: /The one origin sent/ });
  await origin.fill('https://app.example.com');
  await expect(server.getByText('Access-Control-Allow-Origin: https://app.example.com', { exact: false })).toBeVisible();

  // 2. Send from the app, whose origin is not the one configured: the model and the browser both refuse it.
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'cors-error');
  await expect(playground.result).toHaveAttribute('data-predicted-cors-error', 'AllowOriginMismatch');
  await expect.poll(() => truth.corsFailures.map((f) => [f.corsError, f.failedParameter])).toEqual([['AllowOriginMismatch', 'https://app.example.com']]);
  // 3. Chromium's console message is the guide's Error 2, and the model's message is the same, word for word.
  await expect.poll(() => truth.corsMessages.length).toBe(1);
  const [message] = truth.corsMessages;
  expect(message).toContain(`from origin '${testDeployment.app}' has been blocked by CORS policy: `);
  expect(message).toContain("The 'Access-Control-Allow-Origin' header has a value 'https://app.example.com' that is not equal to the supplied origin.");
  const predicted = page.getByTestId('predicted-console-message');
  expect(await predicted.innerText()).toBe(message);
  await expect(page.getByTestId('agreement')).toHaveAttribute('data-agree', 'true');

  // 4. The server's record shows the fixed value went out to a caller it does not name, without Vary.
  const { entries } = await playground.serverRecord();
  const actual = entries.find((e) => e.kind === 'actual')!;
  expect(actual.headers).toContainEqual(['Origin', testDeployment.app]);
  expect(actual.response.headers).toContainEqual(['Access-Control-Allow-Origin', 'https://app.example.com']);
  expect(actual.response.headers.map(([n]) => n)).not.toContain('Vary');

  // 5. The fix keeps one fixed origin and makes it the caller's; the real browser then succeeds.
  await page.getByRole('button', { name: /^Apply fix/ }).click();
  await expect(origin).toHaveValue('{app}');
  truth.clear();
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'ok');
  expect(truth.corsFailures).toEqual([]);
});

test('Policy → Raw starts from the lines the policy sent, and answers the same', async ({ page, playground, truth }) => {
  test.slow(); // two real runs with preflights
  const policy: Partial<Policy> = {
    allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] },
    allowMethods: { type: 'list', values: ['GET', 'PUT'] },
    allowHeaders: { type: 'list', values: ['X-Trace'] },
    maxAge: 600,
    exposeHeaders: ['X-Total-Count'],
  };
  await playground.open(scenario({ from: 'admin', method: 'PUT', headers: [['X-Trace', '1']] }, policy));
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'ok');
  await expect(playground.result).toHaveAttribute('data-preflight', 'sent');

  await page.getByRole('radio', { name: 'Raw', exact: true }).check();
  // Written from the policy above, for a PUT with X-Trace from {admin}.
  expect(await rawLines(page, 'Preflight response (OPTIONS): header lines')).toEqual([
    ['Access-Control-Allow-Origin', '{admin}'],
    ['Access-Control-Allow-Methods', 'GET, PUT'],
    ['Access-Control-Allow-Headers', 'X-Trace'],
    ['Access-Control-Max-Age', '600'],
    ['Vary', 'Origin'],
  ]);
  expect(await rawLines(page, 'Actual response: header lines')).toEqual([
    ['Access-Control-Allow-Origin', '{admin}'],
    ['Access-Control-Expose-Headers', 'X-Total-Count'],
    ['Vary', 'Origin'],
  ]);
  await expect(page.getByRole('spinbutton', { name: 'Preflight response (OPTIONS): status' })).toHaveValue('204');
  await expect(page.getByRole('spinbutton', { name: 'Actual response: status' })).toHaveValue('200');

  // The raw lines answer the real browser exactly as the policy did.
  truth.clear();
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'ok');
  expect(truth.corsFailures).toEqual([]);
});

test('the editor says which pattern syntax it read, names real attacker origins, and what browsers do with Max-Age', async ({ page, playground }) => {
  await playground.open(scenario({}, {}));
  const server = page.getByRole('region', { name: /server side/ });
  await server.getByRole('radio', { name: 'A pattern' }).check();
  await server.getByRole('textbox', { name: /Origin pattern/ }).fill('/example\\.com$/i');
  const fieldMessages = page.locator('#allow-origin-problems');
  await expect(fieldMessages).toContainText(/Read as a JavaScript RegExp literal.*source example\\\.com\$/);
  const warnings = page.getByTestId('policy-warnings');
  await expect(warnings).toContainText('http://evil-example.com');
  await expect(warnings).toContainText('anchor the start');
  await expect(warnings).not.toContainText('escape the dots');

  await server.getByRole('textbox', { name: /Origin pattern/ }).fill('/x/g');
  await expect(fieldMessages.locator('.problem')).toContainText('lastIndex');

  await server.getByRole('textbox', { name: /Max-age in seconds/ }).fill('86400');
  await expect(server.getByText('Chromium keeps it 7200 s (its cap), Firefox keeps it 86400 s, Safari keeps it 600 s (its cap)', { exact: false })).toBeVisible();
});
