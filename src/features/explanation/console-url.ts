// Chromium's console line names the request URL, and the playground's URLs
// carry /s/<session>/<config> (about 300 characters of base64url) before the
// path a person reads. This splits a message so the page can fold that
// segment away ("…/s/…/api/data") while the text itself stays whole: the
// copy button and a text selection still give Chromium's exact words.
import { parseApiPath } from '../../scenario/api-path.ts';

/** A run of the message; `foldable` parts are the session and config segment. */
export interface MessagePart {
  text: string;
  foldable: boolean;
}

// Chromium quotes URLs in single quotes; a URL ends at a quote or white space.
const URL_IN_TEXT = /https?:\/\/[^\s'"]+/g;

function splitUrl(url: string): MessagePart[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [{ text: url, foldable: false }];
  }
  const api = parseApiPath(parsed.pathname + parsed.search);
  // Only an exact round trip is folded, so the parts always add up to the original text.
  const prefix = `${parsed.origin}/${api?.redirected ? 'r' : 's'}/`;
  const middle = api ? `${api.session}/${api.config}` : '';
  if (!api || url !== prefix + middle + api.path + parsed.hash) return [{ text: url, foldable: false }];
  return [
    { text: prefix, foldable: false },
    { text: middle, foldable: true },
    { text: api.path + parsed.hash, foldable: false },
  ];
}

export function splitMessage(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let at = 0;
  for (const m of message.matchAll(URL_IN_TEXT)) {
    if (m.index > at) parts.push({ text: message.slice(at, m.index), foldable: false });
    parts.push(...splitUrl(m[0]));
    at = m.index + m[0].length;
  }
  if (at < message.length) parts.push({ text: message.slice(at), foldable: false });
  return parts;
}

/** The message as shown folded: each session/config segment becomes "…". */
export function foldedText(parts: readonly MessagePart[]): string {
  return parts.map((p) => (p.foldable ? '…' : p.text)).join('');
}
