// Chapter: Not needing CORS at all.
// Lessons (ids are stable: they are in links): same-origin-proxy.
import type { Chapter } from '../types.ts';

export const noCorsNeeded: Chapter = {
  id: 'no-cors-needed',
  title: 'Not needing CORS at all',
  lessons: [],
};
