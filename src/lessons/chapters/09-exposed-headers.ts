// Chapter: Response headers script can read.
// Lessons (ids are stable: they are in links): expose-headers.
import type { Chapter } from '../types.ts';

export const exposedHeaders: Chapter = {
  id: 'exposed-headers',
  title: 'Response headers script can read',
  lessons: [],
};
