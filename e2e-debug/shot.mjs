import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, scheme, name] of [[1280, 'light', 'wide'], [390, 'dark', 'phone']]) {
  const page = await b.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  await page.goto('http://app.playground.localhost:6173/');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=run-result]')?.getAttribute('data-state') === 'done');
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: false });
  await page.close();
}
await b.close();
