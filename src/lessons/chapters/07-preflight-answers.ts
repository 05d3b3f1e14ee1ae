// Chapter: How the preflight is answered.
// Lessons (ids are stable: they are in links): preflight-401, redirected-preflight.
import type { Chapter } from '../types.ts';

export const preflightAnswers: Chapter = {
  id: 'preflight-answers',
  title: 'How the preflight is answered',
  lessons: [],
};
