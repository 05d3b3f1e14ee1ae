// The whole path: every chapter and lesson, with what is done, the lesson
// open now, and the next one. Each lesson is a link (#lesson=<id>).
import type { Chapter, LessonId } from '../../lessons/types.ts';
import { lessonLink } from '../../scenario/link-readable.ts';
import { standings, type LessonStanding, type Progress } from './progress.ts';

const STANDING_WORDS: Record<LessonStanding, string> = { done: 'done', current: 'you are here', next: 'next', todo: '' };

export function ProgressView({ chapters, progress, current }: { chapters: readonly Chapter[]; progress: Progress; current: LessonId | null }) {
  const standing = standings(chapters, progress, current);
  const total = standing.size;
  const done = [...standing.values()].filter((s) => s === 'done').length;
  return (
    <details className="lesson-progress" data-testid="lesson-progress">
      <summary>
        All lessons ({done} of {total} done)
      </summary>
      {chapters.filter((c) => c.lessons.length > 0).map((c) => (
        <section key={c.id} aria-label={c.title}>
          <h3>{c.title}</h3>
          <ol>
            {c.lessons.map((l) => {
              const s = standing.get(l.id) ?? 'todo';
              return (
                <li key={l.id} data-standing={s}>
                  <a href={lessonLink(l.id)} aria-current={s === 'current' ? 'step' : undefined}>{l.title}</a>
                  {STANDING_WORDS[s] && <span className={`standing standing-${s}`}> ({STANDING_WORDS[s]})</span>}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </details>
  );
}
