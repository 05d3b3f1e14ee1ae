// Chapter: Redirects.
// Lessons (ids are stable: they are in links): redirect-taints-origin.
import type { Chapter } from '../types.ts';

export const redirects: Chapter = {
  id: 'redirects',
  title: 'Redirects',
  lessons: [],
};
