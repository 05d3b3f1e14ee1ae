// What the real browser did, told apart using only what page JavaScript got
// and what the policy server recorded. JavaScript alone cannot tell a CORS
// block from a refused connection (both are "TypeError: Failed to fetch"); the
// server's record can. This never asks the engine: it is the ground truth the
// engine's prediction is compared with.
import type { LoggedRequest } from '../scenario/log-types.ts';
import type { RedirectMode, RequestMode } from '../scenario/types.ts';
import type { RunResult } from '../runner/protocol.ts';
import type { Verdict } from '../engine/types.ts';
import { channelOutcome } from '../lib/channel-outcome.ts';

/** The same five verdicts the engine predicts, here observed. */
export type BrowserOutcome = Verdict;

/** Chromium's message for every network-level failure of fetch(), CORS included. */
export const FAILED_TO_FETCH = 'Failed to fetch';

const isRedirectStatus = (status: number) => status >= 300 && status < 400;

/**
 * @param entries what the server recorded for this run only (after the run's starting seq)
 * @param mode the request's mode: "same-origin" never reaches a CORS check
 * @param answeredBefore the server's record holds an earlier answer to this very URL in this tab
 */
export function classifyOutcome(
  result: RunResult, entries: readonly LoggedRequest[], redirect: RedirectMode, mode: RequestMode = 'cors', answeredBefore = false,
): BrowserOutcome {
  if (result.settled === 'resolved') {
    return result.type === 'opaque' || result.type === 'opaqueredirect' ? 'opaque' : 'ok';
  }
  if (result.settled === 'channel') return channelOutcome(result, entries);
  if (result.message !== FAILED_TO_FETCH) return 'type-error';
  // Fetch's main fetch: a same-origin-mode request that leaves its origin
  // (directly or by a redirect) is a network error before any CORS check.
  if (mode === 'same-origin') return 'network-error';
  const last = entries.at(-1);
  // Nothing reached the server, which answered this same URL before: the browser used the answer
  // stored in its HTTP cache, and that answer failed the CORS check (observed: Chromium reports
  // the CorsError, e.g. an Access-Control-Allow-Origin stored for another origin).
  if (!last) return answeredBefore ? 'cors-error' : 'network-error';
  // redirect: 'error' fails on any redirect before CORS is checked again.
  if (redirect === 'error' && isRedirectStatus(last.response.status)) return 'network-error';
  return 'cors-error';
}

/** Whether the record holds an answer the server gave to exactly this URL (its request-target on its host). */
export function answeredEarlier(url: string, record: readonly LoggedRequest[]): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  return record.some((e) => e.kind === 'actual' && e.host === target.host && e.target === target.pathname + target.search);
}
