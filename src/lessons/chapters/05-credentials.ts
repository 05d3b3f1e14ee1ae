// Chapter: Cookies and credentials.
// Lessons (ids are stable: they are in links): wildcard-with-credentials, allow-credentials-missing, allow-credentials-true-case.
import type { Chapter } from '../types.ts';

export const credentials: Chapter = {
  id: 'credentials',
  title: 'Cookies and credentials',
  lessons: [],
};
