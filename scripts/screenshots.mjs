// Screenshots of the playground for the README, taken from the production
// build (run `npm run build` first): 1440×900 and 390×844, light and dark,
// after a Send of the first scenario (the classic missing
// Access-Control-Allow-Origin). Not part of npm test.
//   node scripts/screenshots.mjs [outDir]   (ports: SHOT_APP_PORT, SHOT_API_PORT)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const outDir = process.argv[2] ?? 'docs/screenshots';
const appPort = Number(process.env.SHOT_APP_PORT ?? 5301);
const apiPort = Number(process.env.SHOT_API_PORT ?? 8901);
const SIZES = [
  { name: 'wide', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the playground did not answer on ${url}`);
}

const server = spawn('node', ['build/server/server/main.js'], {
  env: { ...process.env, APP_PORT: String(appPort), API_PORT: String(apiPort) },
  stdio: 'inherit',
});
try {
  await waitForServer(`http://127.0.0.1:${appPort}/`);
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium()?.executablePath ?? '/usr/bin/chromium' });
  for (const scheme of ['light', 'dark']) {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, colorScheme: scheme, deviceScaleFactor: 1 });
      // The first-visit note is shown once; the screenshots show the tool in use.
      await page.addInitScript(() => localStorage.setItem('cors-playground:intro-dismissed', '1'));
      await page.goto(`http://app.playground.localhost:${appPort}/`);
      const send = page.getByRole('button', { name: 'Send', exact: true });
      await send.waitFor();
      await page.waitForFunction(() => !document.querySelector('button.send')?.hasAttribute('disabled'));
      await send.click();
      await page.waitForSelector('[data-testid="run-result"][data-state="done"]');
      // The run's evidence is its own chunk: wait until it is on screen, not for a time.
      await page.getByTestId('agreement').waitFor();
      const file = `${outDir}/playground-${size.width}x${size.height}-${scheme}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill('SIGTERM');
}
