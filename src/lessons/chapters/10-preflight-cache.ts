// Chapter: Preflight caching.
// Lessons (ids are stable: they are in links): preflight-cache-max-age.
import type { Chapter } from '../types.ts';

export const preflightCache: Chapter = {
  id: 'preflight-cache',
  title: 'Preflight caching',
  lessons: [],
};
