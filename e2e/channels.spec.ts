// The runner's other ways to reach the API, in real Chromium: an <img>, a real
// form post, an EventSource and a WebSocket really made by the browser from the
// chosen origin, what page script could learn of each, what the server
// recorded, and the app's /proxy/ route. The engine's prediction is compared
// with the browser on every run.
import { test, expect, type Playground } from './fixtures.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../src/scenario/defaults.ts';
import type { Policy, Scenario, ScenarioRequest } from '../src/scenario/types.ts';
import { testDeployment } from './deployment.ts';

const scenario = (request: Partial<ScenarioRequest>, policy: Partial<Policy> = {}): Scenario => ({
  version: 1,
  request: { ...DEFAULT_REQUEST, ...request },
  server: { type: 'policy', policy: { ...DEFAULT_POLICY, ...policy } },
});
const header = (headers: [string, string][], name: string) => headers.find(([n]) => n.toLowerCase() === name)?.[1];

/** The browser's outcome, and that the model predicted the same. */
async function outcome(playground: Playground): Promise<string | null> {
  const { result } = playground;
  const browser = await result.getAttribute('data-browser-outcome');
  await expect(result).toHaveAttribute('data-predicted-outcome', browser ?? '');
  return browser;
}

async function lastActual(playground: Playground) {
  const { entries } = await playground.serverRecord();
  return entries.filter((e) => e.kind === 'actual').at(-1)!;
}

test('an <img> on the attacker’s page loads the API’s image without CORS; script learns only its size', async ({ page, playground }) => {
  await playground.open(scenario({ from: 'cross-site', via: 'img' }));
  await playground.send();
  expect(await outcome(playground)).toBe('opaque');
  await expect(page.getByTestId('channel-event')).toHaveAttribute('data-event', 'load');
  await expect(page.getByTestId('channel-event')).toContainText('naturalWidth 40');
  const sent = await lastActual(playground);
  expect(header(sent.headers, 'sec-fetch-dest')).toBe('image');
  expect(header(sent.response.headers, 'access-control-allow-origin')).toBeUndefined();
});

test('a real form post reaches the server with its fields; the page cannot read the answer', async ({ page, playground }) => {
  await playground.open(scenario({ from: 'cross-site', via: 'form', method: 'POST', body: { type: 'urlencoded', fields: [['amount', '100']] } }));
  await playground.send();
  expect(await outcome(playground)).toBe('opaque');
  await expect(page.getByTestId('channel-event')).toHaveAttribute('data-event', 'load');
  const sent = await lastActual(playground);
  expect(sent.method).toBe('POST');
  expect(sent.bodyText).toBe('amount=100');
  expect(header(sent.headers, 'sec-fetch-mode')).toBe('navigate');
});

test('an EventSource is CORS-checked: blocked without ACAO, and with withCredentials it streams the user’s data to the app', async ({ page, playground, truth }) => {
  await playground.open(scenario({ via: 'eventsource' }));
  await playground.send();
  expect(await outcome(playground)).toBe('cors-error');
  await expect.poll(() => truth.corsFailures.map((f) => f.corsError)).toEqual(['MissingAllowOriginHeader']);
  await expect.poll(() => truth.corsMessages[0] ?? '').toMatch(/^Access to resource at '.*' from origin '.*' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header/);
  await expect(page.getByTestId('predicted-console-message')).toContainText('Access to resource at');

  await playground.load(scenario({ via: 'eventsource', credentials: 'include' }, { allowOrigin: { type: 'list', origins: ['{app}'] }, allowCredentials: true }));
  await playground.logIn('Lax');
  await playground.send();
  expect(await outcome(playground)).toBe('ok');
  await expect(page.getByTestId('channel-event')).toHaveAttribute('data-event', 'message');
  await expect(playground.result.getByText('alice@bank.example').first()).toBeVisible();
  const sent = await lastActual(playground);
  expect(header(sent.headers, 'accept')).toBe('text/event-stream');
  expect(header(sent.headers, 'cookie')).toContain('pg_session=');
  expect((await playground.serverRecord()).entries.some((e) => e.kind === 'preflight')).toBe(false);
});

test('a WebSocket has no CORS: an untrusted same-site page reads the user’s data until the server checks Origin', async ({ page, playground, truth }) => {
  await playground.open(scenario({ via: 'websocket', from: 'sibling' }, { allowOrigin: { type: 'list', origins: ['{app}'] } }));
  await playground.logIn('Lax');
  await playground.send();
  expect(await outcome(playground)).toBe('ok');
  await expect(playground.result).toHaveAttribute('data-leak', 'true');
  const handshake = await lastActual(playground);
  expect(handshake.response.status).toBe(101);
  expect(header(handshake.headers, 'origin')).toBe(testDeployment.sibling);
  expect(header(handshake.headers, 'cookie')).toContain('pg_session=');

  // The fix through the UI, as a learner would apply it.
  await page.getByLabel(/WebSocket: the server checks Origin/).check();
  truth.clear();
  await playground.send();
  expect(await outcome(playground)).toBe('network-error');
  await expect(playground.result).toHaveAttribute('data-leak', 'false');
  expect((await lastActual(playground)).response.status).toBe(403);
  await expect.poll(() => truth.corsMessages[0] ?? '').toMatch(/^WebSocket connection to 'ws:\/\/.*' failed: Error during WebSocket handshake: Unexpected response code: 403$/);
});

test('through the app’s /proxy/ route the call is same-origin: no CORS header needed, the API records the forwarded call', async ({ page, playground }) => {
  await playground.open(scenario({ method: 'PUT', headers: [['X-Custom', '1']] }));
  await page.getByLabel('Through the app’s /proxy/ route').check();
  await expect(page.getByLabel('fetch() code')).toContainText('/proxy/api/data');
  await playground.send();
  expect(await outcome(playground)).toBe('ok');
  await expect(playground.result).toHaveAttribute('data-preflight', 'none');
  const sent = await lastActual(playground);
  expect(sent.host).toBe(new URL(testDeployment.api).host);
  expect(header(sent.headers, 'x-forwarded-host')).toBe(new URL(testDeployment.app).host);
});

test('choosing what the page uses changes the live code', async ({ page, playground }) => {
  await playground.open(scenario({}));
  await page.getByLabel('What the page uses').selectOption('eventsource');
  await expect(page.getByLabel('fetch() code')).toContainText('new EventSource(');
  await page.getByLabel('What the page uses').selectOption('websocket');
  await expect(page.getByLabel('fetch() code')).toContainText("new WebSocket('ws://");
});
