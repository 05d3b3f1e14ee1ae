// Playwright fixtures: the playground page as verbs and role-based locators,
// and what the real browser reported about each request (CDP + console).
import { test as base, expect, type CDPSession, type Locator, type Page } from '@playwright/test';
import type { Scenario } from '../src/scenario/types.ts';
import type { LogAnswer } from '../src/scenario/log-types.ts';
import { encodeLink, readableLink } from '../src/scenario/link.ts';
import { TEST_PORTS, testDeployment } from './deployment.ts';
import { blockThirdPartyCookies } from './chromium-launch.ts';

/** What Chromium itself said: CDP Network.loadingFailed and console errors. */
export class BrowserTruth {
  readonly corsFailures: Array<{ url: string; corsError: string; failedParameter: string }> = [];
  readonly consoleErrors: string[] = [];
  private readonly urls = new Map<string, string>();

  static async attach(page: Page): Promise<BrowserTruth> {
    const truth = new BrowserTruth();
    const cdp: CDPSession = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => truth.urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFailed', (e) => {
      if (e.corsErrorStatus) {
        truth.corsFailures.push({
          url: truth.urls.get(e.requestId) ?? '',
          corsError: e.corsErrorStatus.corsError,
          failedParameter: e.corsErrorStatus.failedParameter,
        });
      }
    });
    page.on('console', (m) => {
      if (m.type() === 'error') truth.consoleErrors.push(m.text());
    });
    return truth;
  }

  /** The CORS / Fetch API messages, without the "Failed to load resource" lines that follow them. */
  get corsMessages(): string[] {
    const ours = ['Access to fetch', 'Access to resource', 'Fetch API cannot load', 'Unsafe attempt', 'WebSocket connection to'];
    return this.consoleErrors.filter((t) => ours.some((start) => t.startsWith(start)));
  }

  clear(): void {
    this.corsFailures.length = 0;
    this.consoleErrors.length = 0;
  }
}

/** The readable link (#scenario=<JSON>), made by the project's own codec. */
export function scenarioLink(scenario: Scenario): string {
  return '/' + readableLink({ scenario });
}

/** The compact link the page itself makes (#s=2…), by the project's own codec. */
export async function compactLink(scenario: Scenario): Promise<string> {
  return '/' + (await encodeLink({ scenario }));
}

/** The playground as a learner uses it. */
export class Playground {
  readonly result: Locator;
  readonly sendButton: Locator;
  private runs = 0;

  constructor(readonly page: Page) {
    this.result = page.getByTestId('run-result');
    this.sendButton = page.getByRole('button', { name: 'Send', exact: true });
  }

  async open(scenario?: Scenario): Promise<void> {
    await this.page.goto(scenario ? await compactLink(scenario) : '/');
    await expect(this.sendButton).toBeEnabled();
    this.runs = Number((await this.result.getAttribute('data-run-count')) ?? 0);
  }

  /** Loads another scenario in the same page (same browser context, same preflight cache). */
  async load(scenario: Scenario): Promise<void> {
    const hash = (await compactLink(scenario)).slice(1);
    await this.page.evaluate((h) => (location.hash = h), hash);
    // Reading a link is asynchronous: wait until this one is on screen.
    await expect(this.page.locator('html')).toHaveAttribute('data-scenario-hash', hash);
    await expect(this.sendButton).toBeEnabled();
  }

  /**
   * The server's own record of this tab's requests, read the way the page
   * reads it but from Node (which cannot resolve *.localhost: 127.0.0.1).
   */
  async serverRecord(): Promise<LogAnswer> {
    const session = await this.page.evaluate(() => sessionStorage.getItem('cors-playground:session'));
    // The log answers only on the app's own host name (it holds cookies).
    const response = await this.page.request.get(`http://127.0.0.1:${TEST_PORTS.app}/__log/${session}?after=0`, {
      headers: { Host: new URL(testDeployment.app).host },
    });
    expect(response.ok()).toBe(true);
    return (await response.json()) as LogAnswer;
  }

  /** Logs in to the API from the login panel, with this SameSite choice, and returns the cookie the server issued. */
  async logIn(sameSite: 'Lax' | 'None'): Promise<string> {
    await this.page.getByRole('radio', { name: new RegExp(`SameSite=${sameSite}`) }).check();
    await this.page.getByRole('button', { name: /log in/i }).click();
    await expect(this.page.getByTestId('login-state')).toHaveAttribute('data-logged-in', 'true');
    const record = await this.serverRecord();
    expect(record.sameSite).toBe(sameSite);
    return record.cookie!;
  }

  /** Presses Send and waits until the run has completed. */
  async send(): Promise<void> {
    await this.sendButton.click();
    this.runs += 1;
    await expect(this.result).toHaveAttribute('data-run-count', String(this.runs));
    await expect(this.result).toHaveAttribute('data-state', 'done');
  }
}

export const test = base.extend<{ truth: BrowserTruth; playground: Playground }>({
  page: async ({ page }, use) => {
    await blockThirdPartyCookies(page);
    await use(page);
  },
  truth: async ({ page }, use) => {
    await use(await BrowserTruth.attach(page));
  },
  playground: async ({ page, truth }, use) => {
    void truth; // attached before the first navigation, so no request is missed
    await use(new Playground(page));
  },
});

export { expect };
