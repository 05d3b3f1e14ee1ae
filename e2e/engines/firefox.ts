// Firefox ESR driven by puppeteer-core 24 over WebDriver BiDi (Playwright's own
// Firefox cannot be downloaded here; ../shared/reference/browsers.md). Each page
// lives in a BiDi user context of its own (fresh cookies, HTTP and preflight
// caches); its console is every BiDi `log.entryAdded` from any browsing context
// of that user context: the page and its runner iframes alike.
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import type { ConsoleLine, EngineDriver, EnginePage } from './driver.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Puppeteer's Firefox profile turns third-party-cookie blocking off
 * (`cookieBehavior0` in the standard content-blocking category, hence
 * `network.cookie.cookieBehavior` 0) so that test pages see every cookie. A
 * learner's Firefox does not: its default is 5 (Total Cookie Protection, cookies
 * partitioned per top-level site), which decides whether the login cookie goes
 * from the attacker's site or a sandboxed frame. Put the browser's default back,
 * in both places, or the cookie behaviour observed would not be Firefox's.
 */
const FIREFOX_DEFAULT_PREFS = {
  'network.cookie.cookieBehavior': 5,
  'browser.contentblocking.features.standard': '-tp,tpPrivate,cookieBehavior5,cookieBehaviorPBM5,-cryptoTP,-fp',
};

/** A BiDi event as the connection re-emits it (method name → params). */
interface BidiEvents {
  on(event: string, handler: (params: never) => void): unknown;
  off(event: string, handler: (params: never) => void): unknown;
}
interface ContextCreated {
  context: string;
  parent?: string | null;
  userContext?: string;
}
interface LogEntry {
  level: string;
  text: string | null;
  type: string;
  source: { context?: string; userContext?: string };
}

const LEVELS: Record<string, ConsoleLine['level']> = { error: 'error', warn: 'warning', info: 'info', debug: 'debug' };

/** "BrowsingContext does no longer exist" now and then at two tabs at once: try again. */
async function retrying<T>(what: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await what();
    } catch (error) {
      if (attempt >= 5 || !/no longer exist/i.test(String((error as Error).message))) throw error;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}

class FirefoxPage implements EnginePage {
  private lines: ConsoleLine[] = [];

  constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
    private readonly unsubscribe: () => void,
  ) {}

  record(line: ConsoleLine): void {
    this.lines.push(line);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async evaluate<T>(functionBody: string, arg?: unknown): Promise<T> {
    const expression = `(async (arg) => {\n${functionBody}\n})(${JSON.stringify(arg ?? null)})`;
    return (await this.page.evaluate(expression)) as T;
  }

  async console(): Promise<ConsoleLine[]> {
    return [...this.lines];
  }

  async clearConsole(): Promise<void> {
    this.lines = [];
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.context.close().catch(() => undefined);
  }
}

class FirefoxDriver implements EngineDriver {
  readonly engine = 'gecko' as const;
  /** Browsing context → user context, from BiDi browsingContext.contextCreated (iframes included). */
  private readonly userContextOf = new Map<string, string>();
  private readonly pages = new Map<string, FirefoxPage>();

  constructor(
    private readonly browser: Browser,
    readonly version: string,
  ) {
    const events = (browser as unknown as { connection: BidiEvents }).connection;
    events.on('browsingContext.contextCreated', (info: ContextCreated) => {
      const owner = info.userContext ?? (info.parent ? this.userContextOf.get(info.parent) : undefined);
      if (owner) this.userContextOf.set(info.context, owner);
    });
    events.on('log.entryAdded', (entry: LogEntry) => {
      const owner = entry.source.userContext ?? (entry.source.context ? this.userContextOf.get(entry.source.context) : undefined);
      const page = owner ? this.pages.get(owner) : undefined;
      if (page && entry.text !== null) page.record({ level: LEVELS[entry.level] ?? 'log', text: entry.text });
    });
  }

  async newPage(): Promise<EnginePage> {
    const context = await retrying(() => this.browser.createBrowserContext());
    const userContext = (context as unknown as { id: string }).id;
    const page = await retrying(() => context.newPage());
    const ours = new FirefoxPage(context, page, () => this.pages.delete(userContext));
    this.pages.set(userContext, ours);
    return ours;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** Firefox with its default preferences restored, plus `prefs` (a placement for Local Network Access: firefox-lna.spec.ts). */
export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<EngineDriver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { ...FIREFOX_DEFAULT_PREFS, ...prefs },
  });
  const version = (await browser.version()).replace(/^firefox\//i, '');
  return new FirefoxDriver(browser, version);
}
