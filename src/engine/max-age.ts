// How long each browser keeps a preflight answer, from the browsers' own
// sources: one table, read by the engine (Chromium's row), the policy
// editor's Max-Age field and the explanation.
//
// - Chromium: services/network/cors/preflight_result.cc, kDefaultTimeout = 5 s
//   and kMaxTimeout = 2 h (values ≥ 7200 are clamped; negative means 0);
//   /work/shared/reference/chromium-cors.md §3.
// - Firefox: netwerk/protocol/http/nsCORSListenerProxy.cpp,
//   nsCORSPreflightListener::AddResultToCache: no header, 0, or anything but
//   digits is not cached at all; otherwise std::min(age, 86400U) (24 h).
//   (MDN's general "5 s default" does not hold for Firefox's own code.)
// - Safari: WebKit Source/WebCore/loader/CrossOriginPreflightResultCache.cpp,
//   defaultPreflightCacheTimeout = 5_s when the header does not parse,
//   maxPreflightCacheTimeout = 600_s; a negative value expires at once.

export interface BrowserMaxAge {
  browser: 'Chromium' | 'Firefox' | 'Safari';
  /** Seconds kept when Access-Control-Max-Age is absent (0: not cached). */
  absentSeconds: number;
  /** The most it keeps, whatever the header says. */
  capSeconds: number;
}

export const PREFLIGHT_MAX_AGE: readonly BrowserMaxAge[] = [
  { browser: 'Chromium', absentSeconds: 5, capSeconds: 7200 },
  { browser: 'Firefox', absentSeconds: 0, capSeconds: 86400 },
  { browser: 'Safari', absentSeconds: 5, capSeconds: 600 },
];

export const CHROMIUM_MAX_AGE: BrowserMaxAge = PREFLIGHT_MAX_AGE[0]!;

export interface KeptFor {
  browser: BrowserMaxAge['browser'];
  seconds: number;
  /** The header asked for more than this browser keeps. */
  capped: boolean;
}

/** What each browser keeps for a whole-number Access-Control-Max-Age, or for none (null). */
export function maxAgeByBrowser(value: number | null): KeptFor[] {
  return PREFLIGHT_MAX_AGE.map((b) => {
    if (value === null) return { browser: b.browser, seconds: b.absentSeconds, capped: false };
    if (value <= 0) return { browser: b.browser, seconds: 0, capped: false };
    return { browser: b.browser, seconds: Math.min(value, b.capSeconds), capped: value > b.capSeconds };
  });
}

/** "Chromium keeps it 7200 s (its cap), Firefox 86400 s, Safari 600 s (its cap)". */
export function describeMaxAge(value: number | null): string {
  const parts = maxAgeByBrowser(value).map((k) =>
    k.seconds === 0 ? `${k.browser} does not cache it` : `${k.browser} keeps it ${k.seconds} s${k.capped ? ' (its cap)' : ''}`,
  );
  const lead = value === null ? 'Without Access-Control-Max-Age, ' : `With Access-Control-Max-Age: ${value}, `;
  return `${lead}${parts.join(', ')}.`;
}
