// Every chapter in the order a learner meets them (each chapter's file holds its lessons).
import type { Chapter, Lesson } from './types.ts';
import { origins } from './chapters/01-origins.ts';
import { simpleOrPreflighted } from './chapters/02-simple-or-preflighted.ts';
import { allowOrigin } from './chapters/03-allow-origin.ts';
import { originMismatch } from './chapters/04-origin-mismatch.ts';
import { credentials } from './chapters/05-credentials.ts';
import { methodsAndHeaders } from './chapters/06-methods-and-headers.ts';
import { preflightAnswers } from './chapters/07-preflight-answers.ts';
import { twoValues } from './chapters/08-two-values.ts';
import { exposedHeaders } from './chapters/09-exposed-headers.ts';
import { preflightCache } from './chapters/10-preflight-cache.ts';
import { redirects } from './chapters/11-redirects.ts';
import { noCors } from './chapters/12-no-cors.ts';
import { noCorsNeeded } from './chapters/13-no-cors-needed.ts';
import { beyondFetch } from './chapters/14-beyond-fetch.ts';
import { attacks } from './chapters/15-attacks.ts';
import { localNetwork } from './chapters/16-local-network.ts';

export const CHAPTERS: Chapter[] = [
  origins,
  simpleOrPreflighted,
  allowOrigin,
  originMismatch,
  credentials,
  methodsAndHeaders,
  preflightAnswers,
  twoValues,
  exposedHeaders,
  preflightCache,
  redirects,
  noCors,
  noCorsNeeded,
  beyondFetch,
  attacks,
  localNetwork,
];

/** Every lesson, in order. */
export const LESSONS: Lesson[] = CHAPTERS.flatMap((c) => c.lessons);

/** The lesson with this id, if there is one. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

/** The chapter a lesson belongs to. */
export function chapterOf(id: string): Chapter | undefined {
  return CHAPTERS.find((c) => c.lessons.some((l) => l.id === id));
}
