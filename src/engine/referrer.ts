// The Referer a request carries: the page's URL (or the request's referrer)
// cut down by the referrer policy. It never changes CORS (Origin is sent
// whatever the policy says), but the server sees it: the record shows it.
// Chromium ≠ spec (observed in 156): the spec makes a non-CORS POST's Origin "null" under
// no-referrer (and same-origin, cross-origin); Chromium sends the real origin in both cases.
// https://w3c.github.io/webappsec-referrer-policy/#determine-requests-referrer
import type { ReferrerPolicyValue } from '../scenario/types.ts';
import { parseUrl, type ParsedUrl } from './http.ts';

/** What a page gets when neither the request nor the document sets a policy (the runner's page sets none). */
export const DEFAULT_REFERRER_POLICY = 'strict-origin-when-cross-origin';

export interface ReferrerInput {
  /** The page's URL (the runner frame's): the referrer source for "about:client". */
  pageUrl: string;
  /** The page's serialized origin ("null" for a sandboxed frame). */
  pageOrigin: string;
  /** request.referrer: absent = "about:client", "" = none, "/path" = that URL on the page's origin. */
  referrer: string | undefined;
  policy: ReferrerPolicyValue | undefined;
}

// https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy (what the playground can meet)
function potentiallyTrustworthy(url: ParsedUrl): boolean {
  return url.scheme === 'https' || url.host === 'localhost' || url.host.endsWith('.localhost') || /^127\./.test(url.host) || url.host === '[::1]';
}

/** The referrer URL (before the policy), or null for no referrer. */
function referrerSource(input: ReferrerInput): ParsedUrl | null {
  const page = parseUrl(input.pageUrl);
  if (input.referrer === '') return null;
  if (input.referrer === undefined || !page) return page;
  // new Request() step 16: a URL that is not same origin with the page's origin falls back to "client"
  // (observed: a cross-origin referrer is replaced by the page's URL); an opaque origin matches none.
  if (input.pageOrigin !== page.origin) return page;
  return parseUrl(page.origin + input.referrer) ?? page;
}

/** The Referer header's value for a request to `target`, or null when none is sent. */
export function refererFor(input: ReferrerInput, target: ParsedUrl): string | null {
  const source = referrerSource(input);
  if (!source) return null;
  // 3–4. Strip for use as a referrer: no user-info, no fragment (ParsedUrl.rest may hold one).
  const url = `${source.scheme}://${source.host}${source.port ? ':' + source.port : ''}${source.rest.replace(/#.*$/, '')}`;
  const originOnly = `${source.origin}/`;
  // 6. A referrer URL over 4096 bytes is cut to its origin.
  const full = url.length > 4096 ? originOnly : url;
  const sameOrigin = source.origin === target.origin;
  const downgrade = source.scheme === 'https' && !potentiallyTrustworthy(target);
  switch (input.policy || DEFAULT_REFERRER_POLICY) {
    case 'no-referrer':
      return null;
    case 'origin':
      return originOnly;
    case 'unsafe-url':
      return full;
    case 'strict-origin':
      return downgrade ? null : originOnly;
    case 'strict-origin-when-cross-origin':
      return sameOrigin ? full : downgrade ? null : originOnly;
    case 'same-origin':
      return sameOrigin ? full : null;
    case 'origin-when-cross-origin':
      return sameOrigin ? full : originOnly;
    case 'no-referrer-when-downgrade':
      return downgrade ? null : full;
  }
}
