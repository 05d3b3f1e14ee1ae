// How long each browser keeps a preflight answer, from the browsers' own
// sources and checked in the real browsers: one table, read by the engine
// (each engine's row), the policy editor's Max-Age field and the explanation.
//
// - Chromium: services/network/cors/preflight_result.cc, kDefaultTimeout = 5 s
//   and kMaxTimeout = 2 h (values ≥ 7200 are clamped; negative means 0);
//   base::StringToInt64 on the trimmed value ("+1" is 1, "1.5" falls back to 5 s);
//   /work/shared/reference/chromium-cors.md §3.
// - Firefox: netwerk/protocol/http/nsCORSListenerProxy.cpp,
//   nsCORSPreflightListener::AddResultToCache: no header (or an empty one) is
//   PREFLIGHT_DEFAULT_EXPIRY_SECONDS = 5 s; anything but digits ("+60", "-1",
//   "1.5", two lines) is not cached at all; otherwise std::min(age, 86400U).
//   Observed in Firefox 153 (cases cache-absent-max-age, engines-max-age-*).
// - Safari: WebKit Source/WebCore/loader/CrossOriginPreflightResultCache.cpp,
//   parseInteger<int64_t> (a sign is allowed), defaultPreflightCacheTimeout =
//   5 s when it does not parse, maxPreflightCacheTimeout = 600 s; a negative
//   value expires at once. Observed in WebKitGTK 2.50.
import type { BrowserEngine } from './types.ts';
import { trimHttpWhitespace } from './http.ts';

export interface BrowserMaxAge {
  browser: 'Chromium' | 'Firefox' | 'Safari';
  engine: BrowserEngine;
  /** Seconds kept when Access-Control-Max-Age is absent (0: not cached). */
  absentSeconds: number;
  /** The most it keeps, whatever the header says. */
  capSeconds: number;
  /** A value that is not a plain integer: the default applies, or nothing is cached. */
  unparsable: 'default' | 'not-cached';
  /** Whether a leading "+" or "-" still parses as a number. */
  signed: boolean;
}

export const PREFLIGHT_MAX_AGE: readonly BrowserMaxAge[] = [
  { browser: 'Chromium', engine: 'chromium', absentSeconds: 5, capSeconds: 7200, unparsable: 'default', signed: true },
  { browser: 'Firefox', engine: 'gecko', absentSeconds: 5, capSeconds: 86400, unparsable: 'not-cached', signed: false },
  { browser: 'Safari', engine: 'webkit', absentSeconds: 5, capSeconds: 600, unparsable: 'default', signed: true },
];

export const CHROMIUM_MAX_AGE: BrowserMaxAge = PREFLIGHT_MAX_AGE[0]!;

export function maxAgeRow(engine: BrowserEngine): BrowserMaxAge {
  return PREFLIGHT_MAX_AGE.find((b) => b.engine === engine)!;
}

/**
 * Access-Control-Max-Age (several lines joined with ", ") as this engine reads
 * it: the seconds it keeps the answer, 0 for not at all.
 */
export function readMaxAge(engine: BrowserEngine, value: string | null): number {
  const row = maxAgeRow(engine);
  const text = value === null ? '' : trimHttpWhitespace(value);
  // Absent (Firefox: or empty): the browser's default.
  if (value === null || (text === '' && !row.signed)) return row.absentSeconds;
  const integer = row.signed ? /^[+-]?\d+$/ : /^\d+$/;
  if (!integer.test(text)) return row.unparsable === 'default' ? row.absentSeconds : 0;
  const seconds = Number(text);
  if (!Number.isSafeInteger(seconds)) return seconds < 0 ? 0 : row.capSeconds;
  return Math.min(Math.max(seconds, 0), row.capSeconds);
}

export interface KeptFor {
  browser: BrowserMaxAge['browser'];
  seconds: number;
  /** The header asked for more than this browser keeps. */
  capped: boolean;
}

/** What each browser keeps for a whole-number Access-Control-Max-Age, or for none (null). */
export function maxAgeByBrowser(value: number | null): KeptFor[] {
  return PREFLIGHT_MAX_AGE.map((b) => ({
    browser: b.browser,
    seconds: readMaxAge(b.engine, value === null ? null : String(value)),
    capped: value !== null && value > b.capSeconds,
  }));
}

/** "Chromium keeps it 7200 s (its cap), Firefox 86400 s, Safari 600 s (its cap)". */
export function describeMaxAge(value: number | null): string {
  const parts = maxAgeByBrowser(value).map((k) =>
    k.seconds === 0 ? `${k.browser} does not cache it` : `${k.browser} keeps it ${k.seconds} s${k.capped ? ' (its cap)' : ''}`,
  );
  const lead = value === null ? 'Without Access-Control-Max-Age, ' : `With Access-Control-Max-Age: ${value}, `;
  return `${lead}${parts.join(', ')}.`;
}
