// Chapter: Origins: what CORS protects, and what it does not.
// Lessons (ids are stable: they are in links): same-or-cross-origin, embed-vs-read, curl-sees-no-cors.
import type { Chapter } from '../types.ts';

export const origins: Chapter = {
  id: 'origins',
  title: 'Origins: what CORS protects, and what it does not',
  lessons: [],
};
