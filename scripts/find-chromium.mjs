// Which Chromium the end-to-end tests drive, in order of preference:
//   1. CHROMIUM_PATH, when set;
//   2. Playwright's own browser, when `npx playwright install chromium` has been run;
//   3. Debian's /usr/bin/chromium.
// Returns { executablePath } (undefined = Playwright's own) or null when none is found.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, source: 'CHROMIUM_PATH' } : null;
  try {
    if (existsSync(chromium.executablePath())) return { executablePath: undefined, source: "Playwright's own Chromium" };
  } catch {
    // Playwright knows no browser for this platform: fall through.
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, source: 'Debian chromium' };
  return null;
}
