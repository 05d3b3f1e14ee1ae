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

/**
 * Each engine's one message for every network-level failure of fetch(), CORS included:
 * Chromium's, Firefox's, and WebKit's (Safari) as observed in Chromium 156, Firefox ESR 153
 * and WebKitGTK 2.50. A rejection with any other message is a TypeError of its own.
 */
export const NETWORK_ERROR_MESSAGES: readonly string[] = ['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed'];

const isRedirectStatus = (status: number) => status >= 300 && status < 400;

/** Fetch's redirect limit (HTTP-redirect fetch step 6). */
const MAX_REDIRECTS = 20;

/** What the outcome depends on beside what script got and the server recorded. */
export interface RunFacts {
  redirect: RedirectMode;
  /** The request's mode: "same-origin" never reaches a CORS check. */
  mode?: RequestMode;
  /**
   * The body was a ReadableStream: Chromium never uploads one over HTTP/1.1 (observed:
   * net::ERR_ALPN_NEGOTIATION_FAILED), so after an ok (2xx) preflight the actual request never
   * arrives and that failure is a network error. A 2xx preflight that CORS refused (no
   * Access-Control-Allow-Origin) looks the same from here: script and the record cannot tell them apart.
   */
  streamBody?: boolean;
  /** The server's record holds an earlier answer to this very URL in this tab. */
  answeredBefore?: boolean;
  /**
   * The request gave targetAddressSpace or the scenario placed the page in a public address space:
   * Chromium's Local Network Access check may refuse it before connecting, which Chromium reports
   * as a CORS error (CorsErrorStatus) with nothing sent.
   */
  localNetworkChecked?: boolean;
}

/** @param entries what the server recorded for this run only (after the run's starting seq) */
export function classifyOutcome(result: RunResult, entries: readonly LoggedRequest[], facts: RunFacts): BrowserOutcome {
  const { redirect, mode = 'cors', streamBody = false, answeredBefore = false, localNetworkChecked = false } = facts;
  if (result.settled === 'resolved') {
    return result.type === 'opaque' || result.type === 'opaqueredirect' ? 'opaque' : 'ok';
  }
  if (result.settled === 'channel') return channelOutcome(result, entries);
  if (!NETWORK_ERROR_MESSAGES.includes(result.message)) return 'type-error';
  // Fetch's main fetch: a same-origin-mode request that leaves its origin
  // (directly or by a redirect) is a network error before any CORS check.
  if (mode === 'same-origin') return 'network-error';
  const last = entries.at(-1);
  // Nothing reached the server, which answered this same URL before: the browser used the answer
  // stored in its HTTP cache, and that answer failed the CORS check (observed: Chromium reports
  // the CorsError, e.g. an Access-Control-Allow-Origin stored for another origin).
  if (!last) return answeredBefore || localNetworkChecked ? 'cors-error' : 'network-error';
  if (streamBody && last.kind === 'preflight' && last.response.status >= 200 && last.response.status < 300) return 'network-error';
  // redirect: 'error' fails on any redirect before CORS is checked again.
  if (redirect === 'error' && isRedirectStatus(last.response.status)) return 'network-error';
  // A 21st redirect in one run: the browser gave up (too many redirects), a network error.
  if (isRedirectStatus(last.response.status) && entries.filter((e) => e.kind === 'actual' && isRedirectStatus(e.response.status)).length > MAX_REDIRECTS) return 'network-error';
  return 'cors-error';
}

