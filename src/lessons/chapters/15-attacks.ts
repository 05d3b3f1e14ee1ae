// Chapter: Attacks, and their fixes.
// Lessons (ids are stable: they are in links): reflect-any-origin, trusted-null-origin, trusted-sibling-subdomain, suffix-match, prefix-match, unescaped-dot, mirrored-preflight-with-credentials, missing-vary-origin, samesite-and-third-party-cookies.
import type { Chapter } from '../types.ts';

export const attacks: Chapter = {
  id: 'attacks',
  title: 'Attacks, and their fixes',
  lessons: [],
};
