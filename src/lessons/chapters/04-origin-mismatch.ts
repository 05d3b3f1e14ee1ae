// Chapter: An origin that does not match.
// Lessons (ids are stable: they are in links): wrong-port, localhost-vs-127, trailing-slash, comma-separated-list, allow-origin-not-an-origin.
import type { Chapter } from '../types.ts';

export const originMismatch: Chapter = {
  id: 'origin-mismatch',
  title: 'An origin that does not match',
  lessons: [],
};
