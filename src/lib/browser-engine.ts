// Which browser engine runs this page, so the model predicts for the browser
// the learner actually has: CORS is decided by the engine (Blink, Gecko,
// WebKit), not by the brand, so Edge and Opera are Chromium and every browser
// on iOS (Chrome's CriOS, Firefox's FxiOS) is WebKit.
//
// Feature facts first, where they are reliable: a user-agent string is easily
// changed (DevTools' device emulation gives Chrome an iPhone's UA, which does
// not make it WebKit), an engine's own API is not.
// - `navigator.userAgentData` exists only in Blink (Chromium 90+), even when
//   the UA is overridden; but only in secure contexts (http://*.localhost and
//   https are; a plain-http deployment is not), so its absence proves nothing.
// - `window.mozInnerScreenX` exists only in Gecko (Firefox since 3.6); Firefox
//   on iOS is WebKit and has none, which is the point.
// WebKit has no such fact that WebKitGTK, macOS and iOS all share, so WebKit
// (and any browser without the facts above) is read from the UA.
import type { BrowserEngine } from '../engine/types.ts';
import { ENGINE_RULES } from '../engine/engine-differences.ts';

export interface EngineFacts {
  userAgent: string;
  /** 'userAgentData' in navigator: Blink only (secure contexts only). */
  userAgentData: boolean;
  /** typeof window.mozInnerScreenX === 'number': Gecko only. */
  mozInnerScreenX: boolean;
}

/** What the learner's browser is, and whether we really know (an unknown UA counts as Chromium). */
export interface DetectedEngine {
  engine: BrowserEngine;
  known: boolean;
}

/** The browsers people know each engine by (a learner on Safari reads "Safari", not "WebKit"): the engine's own rows name them. */
export const ENGINE_NAMES: Record<BrowserEngine, string> = {
  chromium: ENGINE_RULES.chromium.browser,
  gecko: ENGINE_RULES.gecko.browser,
  webkit: ENGINE_RULES.webkit.browser,
};

// Every browser on iOS/iPadOS uses WebKit (Apple's rule; the EU's alternative engines are not counted here).
const IOS = /\b(iPhone|iPad|iPod)\b|\b(CriOS|FxiOS|EdgiOS|OPiOS)\//;
const GECKO = /\bGecko\/\d[\d.]*\b.*\bFirefox\//;
// "HeadlessChrome/" and Edge's "Edg/" both carry Chrome/; Opera and Samsung too.
const BLINK = /\b(Chrome|Chromium|HeadlessChrome)\/\d/;
const WEBKIT = /\bAppleWebKit\//;

export function detectEngine(facts: EngineFacts): DetectedEngine {
  if (facts.mozInnerScreenX) return { engine: 'gecko', known: true };
  if (facts.userAgentData) return { engine: 'chromium', known: true };
  const ua = facts.userAgent;
  if (IOS.test(ua)) return { engine: 'webkit', known: true };
  if (GECKO.test(ua)) return { engine: 'gecko', known: true };
  if (BLINK.test(ua)) return { engine: 'chromium', known: true };
  if (WEBKIT.test(ua)) return { engine: 'webkit', known: true };
  return { engine: 'chromium', known: false };
}

let detected: DetectedEngine | null = null;

/** The engine of the browser running this page (read once; Chromium outside a browser). */
export function runningEngine(): DetectedEngine {
  if (detected) return detected;
  if (typeof navigator === 'undefined') return { engine: 'chromium', known: false };
  detected = detectEngine({
    userAgent: navigator.userAgent,
    userAgentData: 'userAgentData' in navigator,
    mozInnerScreenX: typeof (window as { mozInnerScreenX?: unknown }).mozInnerScreenX === 'number',
  });
  return detected;
}
