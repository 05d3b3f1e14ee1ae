// What each real outcome means for the page, said after the verdict's shared
// icon and title (src/lib/verdict-text.ts).
import type { BrowserOutcome } from '../../run/classify.ts';

export const OUTCOME_DETAIL: Record<BrowserOutcome, string> = {
  ok: 'fetch() resolved and JavaScript can read the response.',
  'cors-error': 'fetch() rejected with “TypeError: Failed to fetch”, yet the server answered: the browser withheld the response.',
  'network-error': 'fetch() rejected with “TypeError: Failed to fetch” and the server’s record does not show an answer the browser could check.',
  opaque: 'fetch() resolved, but JavaScript sees status 0, no headers and no body.',
  'type-error': 'The browser refused the call itself: nothing was sent.',
};
