// Before the end-to-end tests: make sure there is a Chromium to drive. People
// with CHROMIUM_PATH or Playwright's own browser are never sent through apt;
// on a bare Debian machine as root, Debian's chromium-headless-shell package is installed.
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';
import { apt } from './apt.mjs';

const found = findChromium();
if (found) {
  console.log(`e2e browser: ${found.source}${found.executablePath ? ` (${found.executablePath})` : ''}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}
const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    'No Chromium found for the end-to-end tests. Install one of:\n' +
      '  sudo apt-get install -y chromium-headless-shell   (Debian; or chromium)\n' +
      '  npx playwright install chromium         (Playwright\'s own build)\n' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}

console.log('No Chromium found: installing Debian\'s chromium-headless-shell package (root, apt-get)…');
apt(['update']);
apt(['install', '-y', 'chromium-headless-shell']);
if (!findChromium()) {
  console.error('apt-get finished but /usr/bin/chromium-headless-shell is still missing.');
  process.exit(1);
}
console.log('Installed Debian chromium-headless-shell.');
