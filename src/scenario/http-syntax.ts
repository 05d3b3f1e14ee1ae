// The bits of HTTP syntax every layer shares (the engine, the policy server,
// the socket parser, the form's notes): one definition, so they never disagree.
import type { HeaderList } from './types.ts';

// https://httpwg.org/specs/rfc9110.html#tokens
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function isToken(text: string): boolean {
  return TOKEN.test(text);
}

/** All values of one header name, in order (case-insensitive name). */
export function getAll(headers: HeaderList, name: string): string[] {
  const lower = name.toLowerCase();
  return headers.filter(([n]) => n.toLowerCase() === lower).map(([, v]) => v);
}

// https://fetch.spec.whatwg.org/#concept-header-list-get
// Chromium's GetNormalizedHeader: several lines are joined with ", ".
export function getJoined(headers: HeaderList, name: string): string | null {
  const values = getAll(headers, name);
  return values.length === 0 ? null : values.join(', ');
}
