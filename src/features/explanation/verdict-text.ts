// How the model's verdict is announced: an icon and words, never colour alone.
import type { Verdict } from '../../engine/types.ts';

export const VERDICT_TEXT: Record<Verdict, { icon: string; title: string; pass: boolean }> = {
  ok: { icon: '✔', title: 'Success: script can read the response', pass: true },
  'cors-error': { icon: '✖', title: 'Blocked by CORS', pass: false },
  'network-error': { icon: '✖', title: 'Network error', pass: false },
  opaque: { icon: '◐', title: 'Opaque response: script sees nothing', pass: true },
  'type-error': { icon: '✖', title: 'fetch() throws before sending', pass: false },
};
