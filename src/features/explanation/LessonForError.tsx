// The lesson that teaches the error being shown (src/lessons/by-error.ts: a
// small table, the lessons themselves load only when the link is followed).
import type { CorsErrorName } from '../../engine/types.ts';
import { LESSON_FOR_ERROR } from '../../lessons/by-error.ts';
import { lessonLink } from '../../scenario/link-readable.ts';

export function LessonForError({ corsError }: { corsError: string | null }) {
  const id = corsError ? LESSON_FOR_ERROR[corsError as CorsErrorName] : undefined;
  if (!id) return null;
  return (
    <p className="lesson-for-error">
      <a href={lessonLink(id)} data-testid="lesson-for-error" data-lesson-id={id}>
        Learn to fix <code className="mono">{corsError}</code> in a lesson
      </a>
    </p>
  );
}
