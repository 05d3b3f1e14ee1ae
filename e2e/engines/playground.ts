// The playground as verbs over an EnginePage (Firefox, WebKitGTK): the same
// steps as e2e/fixtures.ts's Playground, done with DOM script through
// evaluate(), since these browsers have no Playwright locators here.
import { get } from 'node:http';
import type { Scenario } from '../../src/scenario/types.ts';
import type { LogAnswer, LoggedRequest } from '../../src/scenario/log-types.ts';
import type { CookieSameSite } from '../../src/scenario/victim.ts';
import { encodeLink } from '../../src/scenario/link.ts';
import type { EnginePage } from './driver.ts';
import { ENGINES_PORTS, enginesDeployment } from './deployment.ts';

/** Page-script helpers prefixed to every body: a short polling loop and the Send button. */
const PAGE_HELPERS = `
const until = async (test, what, ms = 20000) => {
  const end = Date.now() + ms;
  for (;;) {
    const value = test();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out waiting for ' + what);
    await new Promise((r) => setTimeout(r, 25));
  }
};
const sendButton = () => [...document.querySelectorAll('button.send')].find((b) => b.textContent.trim() === 'Send');
const sendEnabled = () => { const b = sendButton(); return b && !b.disabled; };
const result = () => document.querySelector('[data-testid="run-result"]');
`;

/** What the page shows after a run: the browser's side (page + server record) and the model's. */
export interface PageObservation {
  browser: { verdict: string; preflight: boolean; cookie: string };
  predicted: { engine: string; verdict: string; preflight: boolean; cookie: string; console: string[] };
}

export class EnginePlayground {
  private runs = 0;

  constructor(readonly page: EnginePage) {}

  private run<T>(body: string, arg?: unknown): Promise<T> {
    return this.page.evaluate<T>(PAGE_HELPERS + body, arg);
  }

  /** Opens the page on the scenario's compact link (the page's own codec) and waits until Send is enabled. */
  async open(scenario?: Scenario): Promise<void> {
    const hash = scenario ? await encodeLink({ scenario }) : '';
    await this.page.goto(`${enginesDeployment.app}/${hash}`);
    this.runs = await this.run<number>(`
      await until(sendEnabled, 'Send enabled');
      return Number(result()?.getAttribute('data-run-count') ?? 0);`);
  }

  /** Loads another scenario in the same page (same browser context, same preflight cache). */
  async load(scenario: Scenario): Promise<void> {
    const hash = await encodeLink({ scenario });
    await this.run(
      `
      location.hash = arg;
      // Reading a link is asynchronous: wait until this one is on screen.
      await until(() => document.documentElement.getAttribute('data-scenario-hash') === arg, 'data-scenario-hash');
      await until(sendEnabled, 'Send enabled');`,
      hash,
    );
  }

  /** Logs in to the API from the login panel (loaded on demand) with this SameSite choice. */
  async logIn(sameSite: CookieSameSite): Promise<void> {
    await this.run(
      `
      // Found afresh on every try (as Playwright's locators are): a panel that re-renders while it
      // loads would otherwise take the click on a node no longer on the page, and nothing happens.
      const radio = () => document.querySelector('input[name="login-same-site"][value="' + arg + '"]');
      const loggedIn = () => document.querySelector('[data-testid="login-state"]')?.getAttribute('data-logged-in') === 'true';
      const button = () => [...document.querySelectorAll('.login-panel button')].find((b) => /^log in/i.test(b.textContent.trim()) && !b.disabled);
      await until(radio, 'the login panel');
      let clicked = 0;
      await until(() => {
        if (loggedIn()) return true;
        // Not yet: choose the SameSite value and press Log in, again if 5 s went by with no result.
        if (Date.now() - clicked > 5000 && button()) {
          if (!radio().checked) radio().click();
          button().click();
          clicked = Date.now();
        }
        return false;
      }, 'logged in', 30000);`,
      sameSite,
    );
    const record = await this.serverRecord();
    if (record.sameSite !== sameSite) throw new Error(`logged in with SameSite=${record.sameSite}, not ${sameSite}`);
  }

  /** Presses Send and waits until this run has completed. */
  async send(): Promise<void> {
    this.runs += 1;
    await this.run(
      `
      sendButton().click();
      await until(() => result()?.getAttribute('data-run-count') === String(arg) && result().getAttribute('data-state') === 'done', 'run ' + arg + ' done');`,
      this.runs,
    );
  }

  /** The run's data-* attributes and every predicted console line (one element per line). */
  observe(): Promise<PageObservation> {
    return this.run<PageObservation>(`
      const r = result();
      const a = (name) => r.getAttribute(name) ?? '';
      return {
        browser: { verdict: a('data-browser-outcome'), preflight: a('data-preflight') === 'sent', cookie: a('data-cookie') },
        predicted: {
          engine: a('data-predicted-engine'),
          verdict: a('data-predicted-outcome'),
          preflight: a('data-predicted-preflight') === 'sent',
          cookie: a('data-predicted-cookie'),
          console: [...document.querySelectorAll('[data-testid="predicted-console-message"]')].map((e) => e.textContent),
        },
      };`);
  }

  /** The engine the run was predicted for, and the choice checked in the page's "Predicting for" radio group. */
  predictingFor(): Promise<{ engine: string; chosen: string }> {
    return this.run(`
      const picker = await until(() => [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent.trim() === 'Predicting for'), 'the "Predicting for" choice');
      return {
        engine: result()?.getAttribute('data-predicted-engine') ?? '',
        chosen: picker.querySelector('input:checked')?.closest('label')?.textContent.trim() ?? '',
      };`);
  }

  /** This tab's session id (the page keeps it in sessionStorage). */
  session(): Promise<string> {
    return this.page.evaluate<string>(`return sessionStorage.getItem('cors-playground:session');`);
  }

  /** The server's record of this tab's requests, read from Node (127.0.0.1 with the app's Host). */
  async serverRecord(after = 0): Promise<LogAnswer> {
    const session = await this.session();
    return JSON.parse(await appGet(`/__log/${session}?after=${after}`)) as LogAnswer;
  }
}

/** GET on the app port with the app's Host (fetch() would drop the Host header; Node cannot resolve *.localhost). */
function appGet(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = get({ host: '127.0.0.1', port: ENGINES_PORTS.app, path, headers: { Host: new URL(enginesDeployment.app).host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => (response.statusCode === 200 ? resolve(body) : reject(new Error(`GET ${path} answered ${response.statusCode}: ${body}`))));
    });
    request.on('error', reject);
  });
}

/** A recorded request as the observation dumps keep it: method, path, header lines. */
export function receivedRequest(r: LoggedRequest): { method: string; path: string; kind: string; headers: LoggedRequest['headers'] } {
  return { method: r.method, path: r.path, kind: r.kind, headers: r.headers };
}
