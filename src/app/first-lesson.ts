// Where "the first lesson" link of the first-visit note goes: the first lesson
// of the path (chapter 01), by its own link. One constant; a unit test checks
// it is the registry's first lesson (first-lesson.test.ts).
import { lessonLink } from '../scenario/link-readable.ts';

export const FIRST_LESSON_ID = 'same-or-cross-origin';
export const FIRST_LESSON_HREF = lessonLink(FIRST_LESSON_ID);
