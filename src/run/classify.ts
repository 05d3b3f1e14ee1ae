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
 */
/** Fetch's redirect limit (HTTP-redirect fetch step 6). */
const MAX_REDIRECTS = 20;

export function classifyOutcome(result: RunResult, entries: readonly LoggedRequest[], redirect: RedirectMode, mode: RequestMode = 'cors'): BrowserOutcome {
  if (result.settled === 'resolved') {
    return result.type === 'opaque' || result.type === 'opaqueredirect' ? 'opaque' : 'ok';
  }
  if (result.settled === 'channel') return channelOutcome(result, entries);
  if (result.message !== FAILED_TO_FETCH) return 'type-error';
  // Fetch's main fetch: a same-origin-mode request that leaves its origin
  // (directly or by a redirect) is a network error before any CORS check.
  if (mode === 'same-origin') return 'network-error';
  const last = entries.at(-1);
  if (!last) return 'network-error';
  // redirect: 'error' fails on any redirect before CORS is checked again.
  if (redirect === 'error' && isRedirectStatus(last.response.status)) return 'network-error';
  // A 21st redirect in one run: the browser gave up (too many redirects), a network error.
  if (isRedirectStatus(last.response.status) && entries.filter((e) => e.kind === 'actual' && isRedirectStatus(e.response.status)).length > MAX_REDIRECTS) return 'network-error';
  return 'cors-error';
}
