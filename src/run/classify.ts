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

/**
 * Each engine's one TypeError message for a network-level failure of fetch(), CORS included
 * (observed: Firefox ESR 153 through e2e/engines/, WebKitGTK 2.50 in browsers.md). Any other
 * rejection is thrown before the network (a bad argument): a type-error in every engine.
 */
export const NETWORK_FAILURE_MESSAGES: readonly string[] = [
  FAILED_TO_FETCH, // Chromium
  'NetworkError when attempting to fetch resource.', // Firefox (Gecko)
  'Load failed', // Safari (WebKit)
];

const isRedirectStatus = (status: number) => status >= 300 && status < 400;

/**
 * @param entries what the server recorded for this run only (after the run's starting seq)
 * @param mode the request's mode: "same-origin" never reaches a CORS check
 */
export function classifyOutcome(result: RunResult, entries: readonly LoggedRequest[], redirect: RedirectMode, mode: RequestMode = 'cors'): BrowserOutcome {
  if (result.settled === 'resolved') {
    return result.type === 'opaque' || result.type === 'opaqueredirect' ? 'opaque' : 'ok';
  }
  if (result.settled === 'channel') return channelOutcome(result, entries);
  if (!NETWORK_FAILURE_MESSAGES.includes(result.message)) return 'type-error';
  // Fetch's main fetch: a same-origin-mode request that leaves its origin
  // (directly or by a redirect) is a network error before any CORS check.
  if (mode === 'same-origin') return 'network-error';
  const last = entries.at(-1);
  if (!last) return 'network-error';
  // redirect: 'error' fails on any redirect before CORS is checked again.
  if (redirect === 'error' && isRedirectStatus(last.response.status)) return 'network-error';
  return 'cors-error';
}
