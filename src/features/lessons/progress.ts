// The learner's progress, kept in this browser (localStorage, a versioned
// key): the lessons passed, in the order they were. Unreadable or foreign data
// counts as no progress; it is never a reason to fail.
import type { Chapter, LessonId } from '../../lessons/types.ts';

export const PROGRESS_KEY = 'cors-playground:lesson-progress:v1';

export interface Progress {
  version: 1;
  passed: LessonId[];
}

const NONE: Progress = { version: 1, passed: [] };
type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

export function parseProgress(text: string | null): Progress {
  if (!text) return NONE;
  try {
    const value = JSON.parse(text) as Partial<Progress> | null;
    const passed = value?.version === 1 && Array.isArray(value.passed) ? value.passed.filter((id): id is string => typeof id === 'string') : [];
    return { version: 1, passed };
  } catch {
    return NONE;
  }
}

export function readProgress(storage: Storage | null): Progress {
  try {
    return parseProgress(storage?.getItem(PROGRESS_KEY) ?? null);
  } catch {
    return NONE;
  }
}

/** Records a passed lesson (once) and returns the new progress. */
export function markPassed(storage: Storage | null, id: LessonId): Progress {
  const progress = readProgress(storage);
  if (progress.passed.includes(id)) return progress;
  const next: Progress = { version: 1, passed: [...progress.passed, id] };
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(next));
  } catch {
    // storage full or blocked: progress holds for this page only
  }
  return next;
}

export type LessonStanding = 'done' | 'current' | 'next' | 'todo';

/** Each lesson's standing: done, the one open (current), the first not done after it (next), the rest. */
export function standings(chapters: readonly Chapter[], progress: Progress, current: LessonId | null): Map<LessonId, LessonStanding> {
  const ids = chapters.flatMap((c) => c.lessons.map((l) => l.id));
  const done = new Set(progress.passed);
  const from = current === null ? -1 : ids.indexOf(current);
  const next = ids.find((id, i) => i > from && !done.has(id) && id !== current);
  return new Map(ids.map((id) => [id, id === current ? 'current' : done.has(id) ? 'done' : id === next ? 'next' : 'todo']));
}
