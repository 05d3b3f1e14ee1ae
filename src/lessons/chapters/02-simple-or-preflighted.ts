// Chapter: Simple requests and preflights.
// Lessons (ids are stable: they are in links): make-it-simple, what-forces-a-preflight.
import type { Chapter } from '../types.ts';

export const simpleOrPreflighted: Chapter = {
  id: 'simple-or-preflighted',
  title: 'Simple requests and preflights',
  lessons: [],
};
