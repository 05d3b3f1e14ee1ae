// One contract for driving a real browser that Playwright cannot drive here:
// Firefox ESR (puppeteer-core over WebDriver BiDi, firefox.ts) and WebKitGTK
// (its GObject bindings under Xvfb, webkit.ts + webkit_driver.py). The
// engines' parity suite and page tests (e2e/engines/) use only this, so the
// same spec runs in both (../shared/reference/browsers.md says why these two).
import type { BrowserEngine } from '../../src/engine/types.ts';

/** One console message as the browser printed it, from any frame of the page. */
export interface ConsoleLine {
  level: 'error' | 'warning' | 'info' | 'log' | 'debug';
  /** The message text exactly as the browser printed it (no prefix added by the driver). */
  text: string;
}

export interface EnginePage {
  /** Navigates the page (main frame) and waits for the load event. */
  goto(url: string): Promise<void>;
  /**
   * Runs `functionBody` (the body of an async function taking `arg`) in the main frame and
   * returns its JSON-serialisable result. A thrown error rejects with its message.
   */
  evaluate<T>(functionBody: string, arg?: unknown): Promise<T>;
  /** Every console message since the page was opened or the last clearConsole(), in order. */
  console(): Promise<ConsoleLine[]>;
  clearConsole(): Promise<void>;
  close(): Promise<void>;
}

export interface EngineDriver {
  readonly engine: Exclude<BrowserEngine, 'chromium'>;
  /** The browser's own version string (e.g. "153.8.0esr", "2.50.6"), for reports. */
  readonly version: string;
  /** A fresh browsing context (no cookies, no caches, no preflight cache) holding one page. */
  newPage(): Promise<EnginePage>;
  close(): Promise<void>;
}
