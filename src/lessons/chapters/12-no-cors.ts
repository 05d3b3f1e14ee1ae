// Chapter: no-cors and opaque responses.
// Lessons (ids are stable: they are in links): no-cors-is-opaque.
import type { Chapter } from '../types.ts';

export const noCors: Chapter = {
  id: 'no-cors',
  title: 'no-cors and opaque responses',
  lessons: [],
};
