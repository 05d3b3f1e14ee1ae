// Chapter: Two Access-Control-Allow-Origin values.
// Lessons (ids are stable: they are in links): two-allow-origin-values.
import type { Chapter } from '../types.ts';

export const twoValues: Chapter = {
  id: 'two-values',
  title: 'Two Access-Control-Allow-Origin values',
  lessons: [],
};
