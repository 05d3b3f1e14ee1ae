// How each of the five verdicts is announced, the real browser's and the
// model's alike: an icon and words, never colour alone.
import type { Verdict } from '../engine/types.ts';

export interface VerdictText {
  icon: string;
  title: string;
  /** What script is left with, where the title alone does not say. */
  gist: string | null;
  /** Whether script got what the request asked for. */
  pass: boolean;
}

export const VERDICT_TEXT: Record<Verdict, VerdictText> = {
  ok: { icon: '✔', title: 'Success', gist: 'script can read the response', pass: true },
  'cors-error': { icon: '✖', title: 'Blocked by CORS', gist: null, pass: false },
  'network-error': { icon: '✖', title: 'Network error', gist: null, pass: false },
  opaque: { icon: '◐', title: 'Opaque response', gist: 'script sees nothing', pass: true },
  'type-error': { icon: '✖', title: 'fetch() throws', gist: 'nothing is sent', pass: false },
};
