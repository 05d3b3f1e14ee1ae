// Chapter: Methods and headers the preflight must allow.
// Lessons (ids are stable: they are in links): method-not-allowed, patch-is-case-sensitive, header-not-allowed.
import type { Chapter } from '../types.ts';

export const methodsAndHeaders: Chapter = {
  id: 'methods-and-headers',
  title: 'Methods and headers the preflight must allow',
  lessons: [],
};
