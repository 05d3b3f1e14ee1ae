// The first-visit note's "start the first lesson" link opens the first lesson of the path.
import { expect, it } from 'vitest';
import { LESSONS } from '../lessons/index.ts';
import { FIRST_LESSON_ID } from './first-lesson.ts';

it('the first-visit link opens the first lesson of the path', () => {
  expect(FIRST_LESSON_ID).toBe(LESSONS[0]?.id);
});
