// What the server sent set against what JavaScript can read. Header names are
// compared case-insensitively: the browser's Headers object lower-cases them.
import type { HeaderList } from '../../scenario/types.ts';

export interface SentLine {
  name: string;
  value: string;
  /** Whether script can read this header; null when script got no response at all. */
  readable: boolean | null;
}

const names = (headers: HeaderList) => new Set(headers.map(([n]) => n.toLowerCase()));

export function markReadable(sent: HeaderList, readable: HeaderList | null): SentLine[] {
  const visible = readable ? names(readable) : null;
  return sent.map(([name, value]) => ({ name, value, readable: visible ? visible.has(name.toLowerCase()) : null }));
}

/** Lower-cased names present in `a` but not in `b`, in `a`'s order, once each. */
export function namesOnlyIn(a: HeaderList, b: HeaderList): string[] {
  const other = names(b);
  return [...names(a)].filter((n) => !other.has(n));
}
