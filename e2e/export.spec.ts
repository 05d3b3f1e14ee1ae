// The export panel in real Chromium: it loads only when opened, shows each
// target's code for the current scenario with what the framework was observed
// to do differently, and copies exactly the code shown.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { DEFAULT_REQUEST, PRESETS } from '../src/scenario/defaults.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { testDeployment as d } from './deployment.ts';

const singleFrontend: Scenario = {
  version: 1,
  request: { ...DEFAULT_REQUEST, method: 'PUT', headers: [['Content-Type', 'application/json']], body: { type: 'json', text: '{"a":1}' } },
  server: { type: 'policy', policy: PRESETS.find((p) => p.id === 'single-frontend')!.policy },
};

test('the export panel loads on first open and shows FastAPI code with its observed differences', async ({ playground, page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => chunks.push(new URL(r.url()).pathname));
  await playground.open(singleFrontend);
  const exportSection = page.locator('details.export');
  await expect(exportSection).toBeVisible();
  expect(chunks.filter((c) => c.includes('ExportPanel'))).toEqual([]);

  await exportSection.locator('summary').click();
  await page.getByRole('tab', { name: 'FastAPI' }).click();
  const output = page.getByTestId('export-output');
  await expect(output).toHaveAttribute('data-target', 'fastapi');
  expect(chunks.some((c) => c.includes('ExportPanel'))).toBe(true);
  const code = output.getByLabel('FastAPI code');
  await expect(code).toContainText('CORSMiddleware');
  await expect(code).toContainText(`allow_origins=["${d.app}"]`);
  await expect(output.getByRole('region', { name: 'Observed differences' })).toContainText(
    'Under FastAPI, a preflight from an attacker’s site gets the status 400 (our server: 204).',
  );
});

test('Copy puts exactly the shown code on the clipboard; curl repeats the browser\'s preflight', async ({ playground, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await playground.open(singleFrontend);
  await page.locator('details.export summary').click();
  await page.getByRole('tab', { name: 'Go net/http' }).click();
  await page.getByRole('button', { name: 'Copy Go net/http code' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const shown = await page.getByLabel('Go net/http code').textContent();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

  await page.getByRole('tab', { name: 'curl' }).click();
  const curl = page.getByLabel('curl code');
  await expect(curl).toContainText('# The preflight');
  await expect(curl).toContainText("-H 'Access-Control-Request-Method: PUT'");
  await expect(curl).toContainText("-H 'Access-Control-Request-Headers: content-type'");
  await expect(curl).toContainText(`-H 'Origin: ${d.app}'`);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the opened export panel has no WCAG A/AA violations (${scheme})`, async ({ playground, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await playground.open(singleFrontend);
    await page.locator('details.export summary').click();
    await page.getByRole('tab', { name: 'nginx' }).click();
    await expect(page.getByLabel('nginx code')).toContainText('add_header');
    const audit = await new AxeBuilder({ page }).include('details.export').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(audit.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
