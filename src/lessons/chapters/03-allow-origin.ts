// Chapter: Access-Control-Allow-Origin missing.
// Lessons (ids are stable: they are in links): missing-allow-origin, cors-on-error-responses.
import type { Chapter } from '../types.ts';

export const allowOrigin: Chapter = {
  id: 'allow-origin',
  title: 'Access-Control-Allow-Origin missing',
  lessons: [],
};
