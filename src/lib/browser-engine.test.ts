import { describe, expect, it } from 'vitest';
import { detectEngine, type EngineFacts } from './browser-engine.ts';

// Real user-agent strings. The Firefox ESR and WebKitGTK ones were read from the browsers installed
// here (puppeteer-core over BiDi; WebKit2.Settings().get_user_agent() under Xvfb), with their facts.
const UA = {
  chromeWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  headlessChromium: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  opera: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0',
  firefoxEsrLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
  firefoxAndroid: 'Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  safariIphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  safariIpad: 'Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
  webkitGtk: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15',
  epiphany: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15 Epiphany/46.0',
  chromeIos: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  firefoxIos: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/132.0 Mobile/15E148 Safari/605.1.15',
  edgeIos: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/131.2903.68 Mobile/15E148 Safari/605.1.15',
};

/** The facts as each engine really shows them in a secure context (http://*.localhost). */
const blink = (userAgent: string): EngineFacts => ({ userAgent, userAgentData: true, mozInnerScreenX: false });
const gecko = (userAgent: string): EngineFacts => ({ userAgent, userAgentData: false, mozInnerScreenX: true });
/** WebKit has neither fact; so has Chromium in an insecure context (userAgentData is secure-context only). */
const uaOnly = (userAgent: string): EngineFacts => ({ userAgent, userAgentData: false, mozInnerScreenX: false });

describe('detectEngine', () => {
  it('Chrome, Edge, Opera, headless and Android Chromium are Chromium, by the Blink-only API or by the UA alone', () => {
    for (const ua of [UA.chromeWindows, UA.headlessChromium, UA.chromeAndroid, UA.edge, UA.opera]) {
      expect(detectEngine(blink(ua))).toEqual({ engine: 'chromium', known: true });
      expect(detectEngine(uaOnly(ua))).toEqual({ engine: 'chromium', known: true });
    }
  });

  it('Firefox ESR on Linux and Firefox on Android are Gecko', () => {
    for (const ua of [UA.firefoxEsrLinux, UA.firefoxAndroid]) {
      expect(detectEngine(gecko(ua))).toEqual({ engine: 'gecko', known: true });
      expect(detectEngine(uaOnly(ua))).toEqual({ engine: 'gecko', known: true });
    }
  });

  it('Safari on macOS, iPhone and iPad, WebKitGTK (MiniBrowser) and Epiphany are WebKit', () => {
    for (const ua of [UA.safariMac, UA.safariIphone, UA.safariIpad, UA.webkitGtk, UA.epiphany]) {
      expect(detectEngine(uaOnly(ua))).toEqual({ engine: 'webkit', known: true });
    }
  });

  it('Chrome, Firefox and Edge on iOS are WebKit, whatever their brand', () => {
    for (const ua of [UA.chromeIos, UA.firefoxIos, UA.edgeIos]) expect(detectEngine(uaOnly(ua)).engine).toBe('webkit');
  });

  it('trusts the engine facts over a changed UA (DevTools emulating an iPhone in Chrome; a Firefox claiming Chrome)', () => {
    expect(detectEngine(blink(UA.safariIphone)).engine).toBe('chromium');
    expect(detectEngine(gecko(UA.chromeWindows)).engine).toBe('gecko');
  });

  it('says when it does not know, and then counts the browser as Chromium', () => {
    expect(detectEngine(uaOnly('curl/8.5.0'))).toEqual({ engine: 'chromium', known: false });
    expect(detectEngine(uaOnly(''))).toEqual({ engine: 'chromium', known: false });
  });
});
