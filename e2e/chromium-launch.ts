// How the Chromium suites launch the browser: the default project's options, and
// the Local Network Access project's, which place every page origin (all on the
// app port) in another IP address space with Chromium's override switch.
import type { LaunchOptions } from '@playwright/test';
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
  args: ['--disable-site-isolation-trials', '--disable-features=IsolateOrigins,site-per-process'],
};

/** The switch that puts 127.0.0.1:<app port> (every page and runner origin) in `space`; the API's port stays loopback. */
export function addressSpaceOverride(space: AddressSpace, appPort = TEST_PORTS.app): string {
  return `--ip-address-space-overrides=127.0.0.1:${appPort}=${space}`;
}

export function lnaLaunchOptions(space: AddressSpace): LaunchOptions {
  return { ...chromiumLaunchOptions, args: [...(chromiumLaunchOptions.args ?? []), addressSpaceOverride(space)] };
}
