// Links out of the check page: a scenario opens in the playground, a lesson by
// its id (the link codec carries it, src/scenario/link.ts LinkContent.lesson).
import { readableLink } from '../../scenario/link-readable.ts';
import { DEFAULT_SCENARIO } from '../../scenario/defaults.ts';
import type { Scenario } from '../../scenario/types.ts';
import { LESSON_FOR_ERROR } from '../../lessons/by-error.ts';
import type { CorsErrorName } from '../../engine/types.ts';

export const playgroundHref = (scenario: Scenario) => '/' + readableLink({ scenario });

export const lessonHref = (lesson: string, scenario: Scenario = DEFAULT_SCENARIO) => '/' + readableLink({ scenario, lesson });

/** The lesson for the first of these errors that has one. */
export function lessonFor(errors: readonly string[]): string | null {
  for (const e of errors) {
    const id = LESSON_FOR_ERROR[e as CorsErrorName];
    if (id) return id;
  }
  return null;
}
