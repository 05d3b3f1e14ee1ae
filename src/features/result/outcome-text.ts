// How each browser outcome is announced: an icon and words, never colour alone.
import type { BrowserOutcome } from './classify.ts';

export const OUTCOME_TEXT: Record<BrowserOutcome, { icon: string; title: string; detail: string }> = {
  ok: { icon: '✔', title: 'Success', detail: 'fetch() resolved and JavaScript can read the response.' },
  'cors-error': {
    icon: '✖',
    title: 'Blocked by CORS',
    detail: 'fetch() rejected with “TypeError: Failed to fetch”, yet the server answered: the browser withheld the response.',
  },
  'network-error': {
    icon: '✖',
    title: 'Network error',
    detail: 'fetch() rejected with “TypeError: Failed to fetch” and the server’s record does not show an answer the browser could check.',
  },
  opaque: { icon: '◐', title: 'Opaque response', detail: 'fetch() resolved, but JavaScript sees status 0, no headers and no body.' },
  'type-error': { icon: '✖', title: 'fetch() threw', detail: 'The browser refused the call itself: nothing was sent.' },
};
