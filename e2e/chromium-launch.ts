// How the Chromium suites launch the browser: the default project's options, and
// the Local Network Access project's, which place every page origin (all on the
// app port) in another IP address space with Chromium's override switch; and the
// per-page setting that makes the headless shell block third-party cookies as the full browser does.
import type { LaunchOptions, Page } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import type { AddressSpace } from '../src/scenario/types.ts';
import { TEST_PORTS } from './deployment.ts';

const browser = findChromium();

export const chromiumLaunchOptions: LaunchOptions = {
  ...(browser?.executablePath ? { executablePath: browser.executablePath } : {}),
  // Keep the cross-origin runner frames in the page's process so one CDP
  // session sees their network events (corsErrorStatus). CORS itself is
  // enforced in the network service either way. (Playwright also turns off
  // AvoidCorsURLLoaderRestartOnRedirect, ThirdPartyStoragePartitioning and
  // field trials; with those back on, the redirect, cache and credentials
  // parity cases were seen to agree just the same.)
  //
  // The headless shell (scripts/find-chromium.mjs) keeps one HTTP cache for every top-level site unless
  // told otherwise; the full browser splits it by network isolation key, as the model has it
  // (case http-cache-cross-site-partition showed the difference). Already on in the full browser.
  args: ['--disable-site-isolation-trials', '--disable-features=IsolateOrigins,site-per-process', '--enable-features=SplitCacheByNetworkIsolationKey'],
};

/**
 * Third-party cookies blocked, as in the full browser's contexts (Playwright's are off the record,
 * where Chrome blocks them): the headless shell has no such default, so it would send a SameSite=None
 * cookie cross-site (cases cookie-none-cross-site and the cookie lessons showed it). Before the first
 * navigation; a no-op in the full browser.
 */
export async function blockThirdPartyCookies(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  // Held by this DevTools session's Network domain, both kept for the page's life: without
  // Network.enable, or with the session detached at once, the shell was seen to ignore it.
  await cdp.send('Network.enable');
  await cdp.send('Network.setCookieControls', { enableThirdPartyCookieRestriction: true });
}

/** The switch that puts 127.0.0.1:<app port> (every page and runner origin) in `space`; the API's port stays loopback. */
export function addressSpaceOverride(space: AddressSpace, appPort = TEST_PORTS.app): string {
  return `--ip-address-space-overrides=127.0.0.1:${appPort}=${space}`;
}

export function lnaLaunchOptions(space: AddressSpace): LaunchOptions {
  return { ...chromiumLaunchOptions, args: [...(chromiumLaunchOptions.args ?? []), addressSpaceOverride(space)] };
}
