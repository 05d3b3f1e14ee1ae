// Before the engines' suite (npm run e2e:engines): make sure Firefox ESR and
// WebKitGTK (its GObject bindings for Python, and Xvfb for a display) are there.
// FIREFOX_PATH points at another Firefox; otherwise, on Debian as root, the
// missing Debian packages are installed (.ci/run installs the same ones).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { apt } from './apt.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function webkitBindings() {
  try {
    execFileSync('/usr/bin/python3', ['-c', "import gi; gi.require_version('WebKit2', '4.1'); from gi.repository import WebKit2"], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** [what, present?, the Debian packages that provide it] */
const needs = [
  ['Firefox ESR', () => existsSync(FIREFOX), ['firefox-esr']],
  ['WebKitGTK for Python', webkitBindings, ['python3-gi', 'gir1.2-webkit2-4.1']],
  ['Xvfb', () => existsSync('/usr/bin/Xvfb') && existsSync('/usr/bin/xauth'), ['xvfb', 'xauth']],
];

const missing = needs.filter(([, present]) => !present());
if (missing.length === 0) {
  console.log(`engines: Firefox (${FIREFOX}), WebKitGTK 4.1 (python3-gi), Xvfb`);
  process.exit(0);
}
const names = missing.map(([what]) => what).join(', ');
const packages = missing.flatMap(([, , p]) => p);
if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get') || (process.env.FIREFOX_PATH && !existsSync(FIREFOX))) {
  console.error(`Missing for the engines' suite: ${names}. Install: sudo apt-get install -y --no-install-recommends ${packages.join(' ')}` +
    (process.env.FIREFOX_PATH ? ` (or fix FIREFOX_PATH=${FIREFOX})` : ''));
  process.exit(1);
}
console.log(`Missing: ${names}: installing ${packages.join(' ')} (root, apt-get)…`);
apt(['update']);
apt(['install', '-y', '--no-install-recommends', ...packages]);
const still = missing.filter(([, present]) => !present());
if (still.length > 0) {
  console.error(`apt-get finished but these are still missing: ${still.map(([w]) => w).join(', ')}`);
  process.exit(1);
}
