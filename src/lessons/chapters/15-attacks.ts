// Chapter: Attacks, and their fixes.
// Lessons (ids are stable: they are in links): reflect-any-origin, trusted-null-origin, trusted-sibling-subdomain, suffix-match, prefix-match, unescaped-dot, mirrored-preflight-with-credentials, missing-vary-origin, samesite-and-third-party-cookies.
// Each is told from the attacker's side first (the real browser reads the
// logged-in user's data, where this browser sends the cookie), then fixed on
// the server's side; the lessons themselves live in ./attacks/.
import type { Chapter } from '../types.ts';
import { reflectAnyOrigin, trustedNullOrigin, trustedSiblingSubdomain } from './attacks/trusted-origins.ts';
import { prefixMatch, suffixMatch, unescapedDot } from './attacks/patterns.ts';
import { missingVaryOrigin, mirroredPreflightWithCredentials, sameSiteAndThirdPartyCookies } from './attacks/requests-and-caches.ts';

export const attacks: Chapter = {
  id: 'attacks',
  title: 'Attacks, and their fixes',
  lessons: [
    reflectAnyOrigin,
    trustedNullOrigin,
    trustedSiblingSubdomain,
    suffixMatch,
    prefixMatch,
    unescapedDot,
    mirroredPreflightWithCredentials,
    missingVaryOrigin,
    sameSiteAndThirdPartyCookies,
  ],
};
