// Bad input gets a clear message where it was made, and nothing is lost.
import { test, expect } from './fixtures.ts';
import { TEST_PORTS } from './deployment.ts';

test('a header the browser cannot send is marked at the field, with the reason, and predicted to throw', async ({ page, playground }) => {
  await playground.open();
  await page.getByRole('group', { name: 'Request headers' }).getByRole('button', { name: '+ Add header' }).click();
  const name = page.getByLabel('Request headers 1 name');
  await name.fill('X Bad');
  await page.getByLabel('Request headers 1 value').fill('1');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/not a valid header name/);
  await expect(page.getByTestId('live-prediction')).toHaveAttribute('data-verdict', 'type-error');
  // The real browser agrees: fetch() throws before anything is sent.
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'type-error');
  await expect(playground.result).toHaveAttribute('data-predicted-outcome', 'type-error');
  await expect(playground.result).toHaveAttribute('data-preflight', 'none');
  // Fixing the name clears the mark; the value typed stays.
  await name.fill('X-Good');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Request headers 1 value')).toHaveValue('1');
});

test('a response header the playground will not send is refused at the field, and Send says why', async ({ page, playground }) => {
  await playground.open();
  await page.getByRole('radio', { name: 'Raw' }).check();
  const addButtons = page.getByRole('button', { name: /^\+ Add header/ });
  // The last "+ Add header" belongs to the actual response's lines.
  await addButtons.last().click();
  const rows = page.getByRole('textbox', { name: /name$/ });
  const last = rows.last();
  await last.fill('Set-Cookie');
  await expect(last).toHaveAttribute('aria-invalid', 'true');
  await expect(last).toHaveAccessibleDescription(/does not send Set-Cookie/);
  await expect(playground.sendButton).toBeDisabled();
  await expect(page.getByText(/Send is refused until the server side is fixed/)).toBeVisible();
});

test('the policy server answers a malformed configuration with a JSON 400, and keeps serving', async ({ page }) => {
  const api = `http://127.0.0.1:${TEST_PORTS.api}`;
  // A session id the server issued (one made up is refused before the configuration is read).
  const issued = await page.request.get(`http://127.0.0.1:${TEST_PORTS.app}/__session`, { headers: { Host: `app.playground.localhost:${TEST_PORTS.app}` } });
  const { session } = (await issued.json()) as { session: string };
  const bad = await page.request.get(`${api}/s/${session}/1%2A%2A%2A/data`, { headers: { Host: `api.playground.localhost:${TEST_PORTS.api}` } });
  expect(bad.status()).toBe(400);
  expect(bad.headers()['content-type']).toContain('application/json');
  expect(bad.headers()['x-content-type-options']).toBe('nosniff');
  expect(await bad.json()).toMatchObject({ error: 'bad-config' });
  const ping = await page.request.get(`${api}/__ping`, { headers: { Host: `api.playground.localhost:${TEST_PORTS.api}` } });
  expect(ping.status()).toBe(204);
});
