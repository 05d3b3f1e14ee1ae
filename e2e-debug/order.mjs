import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-site-isolation-trials'] });
const sets = JSON.parse(process.argv[2]);
for (const hs of sets) {
  const page = await b.newPage();
  const msgs = [];
  page.on('console', m => { if (m.text().includes('Request header field')) msgs.push(m.text().match(/field (\S+) is/)[1]); });
  const allow = JSON.parse(process.argv[3] || '[]'); const sc = { version: 1, request: { method: 'GET', headers: hs.map(h => Array.isArray(h) ? h : [h, '1']) }, server: { type: 'policy', policy: { allowOrigin: { type: 'any' }, allowHeaders: { type: 'list', values: allow } } } };
  await page.goto('http://app.playground.localhost:6273/#scenario=' + encodeURIComponent(JSON.stringify(sc)));
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=run-result]')?.getAttribute('data-state') === 'done');
  console.log(JSON.stringify(hs.map(h => Array.isArray(h) ? h[0] : h)), '->', msgs[0], await page.getByTestId('run-result').getAttribute('data-preflight'));
  await page.close();
}
await b.close();
