// How each of the five verdicts is announced, the real browser's and the
// model's alike: an icon and words, never colour alone. The icon is a name
// drawn by components/Icon.tsx (an SVG), not a glyph that needs a symbol font.
import type { Verdict } from '../engine/types.ts';

export interface VerdictText {
  icon: 'pass' | 'fail' | 'half' | 'danger';
  title: string;
  /** What script is left with, where the title alone does not say. */
  gist: string | null;
  /** Whether script got what the request asked for. */
  pass: boolean;
}

export const VERDICT_TEXT: Record<Verdict, VerdictText> = {
  ok: { icon: 'pass', title: 'Success', gist: 'script can read the response', pass: true },
  'cors-error': { icon: 'fail', title: 'Blocked by CORS', gist: null, pass: false },
  'network-error': { icon: 'fail', title: 'Network error', gist: null, pass: false },
  opaque: { icon: 'half', title: 'Opaque response', gist: 'script sees nothing', pass: true },
  'type-error': { icon: 'fail', title: 'fetch() throws', gist: 'nothing is sent', pass: false },
};
