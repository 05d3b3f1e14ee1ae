// Why the browser asks the server first, read from the decision record's
// preflight reasons (Chromium's NeedsPreflight: a method or a header), never
// from the trace's wording.
import type { PreflightReasons } from '../../engine/types.ts';

export function preflightWhy(reasons: PreflightReasons): string {
  const parts: string[] = [];
  if (reasons.method) parts.push(`${reasons.method} is not GET, HEAD or POST`);
  const n = reasons.headers.length;
  if (n > 0) parts.push(`the header${n > 1 ? 's' : ''} ${reasons.headers.join(', ')} ${n > 1 ? 'are' : 'is'} not CORS-safelisted as sent`);
  return parts.join(', and ');
}
