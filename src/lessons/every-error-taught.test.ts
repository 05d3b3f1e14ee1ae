// PENDING until every chapter has landed: the lead renames this file to
// every-error-taught.test.ts at merge time (it fails while chapters are empty,
// on purpose: it is the "every CorsError is taught" requirement).
//
// Every Chromium CorsError the playground can produce is taught by a lesson,
// by-error.ts links each to a lesson that exists and teaches it, and the
// first-visit link opens the first lesson of the path.
import { describe, expect, it } from 'vitest';
import type { CorsErrorName } from '../engine/types.ts';
import { CASES } from '../scenario/cases/index.ts';
import { LESSONS, lessonById } from './index.ts';
import { LESSON_FOR_ERROR } from './by-error.ts';
import { FIRST_LESSON_ID } from '../app/first-lesson.ts';

/**
 * Every CorsError the engine knows (a Record over the union: a new name fails
 * typecheck here until it is placed): true when the playground can produce
 * it, else why not.
 */
const PRODUCIBLE: Record<CorsErrorName, true | string> = {
  DisallowedByMode: true, // fetch(url, { mode: 'same-origin' }) to the API
  InvalidResponse: 'Chromium reports it only as a DevTools warning, never as the reason a fetch() fails',
  WildcardOriginNotAllowed: true,
  MissingAllowOriginHeader: true,
  MultipleAllowOriginValues: true,
  InvalidAllowOriginValue: true,
  AllowOriginMismatch: true,
  InvalidAllowCredentials: true,
  CorsDisabledScheme: 'every request goes to the playground’s own http API; a non-http(s) scheme cannot be chosen',
  PreflightInvalidStatus: true,
  PreflightDisallowedRedirect: true,
  PreflightWildcardOriginNotAllowed: true,
  PreflightMissingAllowOriginHeader: true,
  PreflightMultipleAllowOriginValues: true,
  PreflightInvalidAllowOriginValue: true,
  PreflightAllowOriginMismatch: true,
  PreflightInvalidAllowCredentials: true,
  InvalidAllowMethodsPreflightResponse: true,
  InvalidAllowHeadersPreflightResponse: true,
  MethodDisallowedByPreflightResponse: true,
  HeaderDisallowedByPreflightResponse: true,
  RedirectContainsCredentials: true,
};
const producible = (Object.keys(PRODUCIBLE) as CorsErrorName[]).filter((e) => PRODUCIBLE[e] === true);

describe('every error the playground can produce is taught (PENDING: enabled once all chapters land)', () => {
  it('the case table produces no error marked as impossible', () => {
    const seen = new Set(CASES.flatMap((c) => c.steps.map((s) => s.expect.corsError)).filter((e): e is string => typeof e === 'string'));
    for (const e of seen) expect(PRODUCIBLE[e as CorsErrorName], e).toBe(true);
  });

  // THE assertion that waits for every chapter: each producible error is taught by a lesson and linked by by-error.ts.
  it('every producible CorsError is taught by some lesson, and by-error.ts links a lesson that teaches it', () => {
    const taught = new Set(LESSONS.flatMap((l) => l.teaches));
    for (const error of producible) {
      expect(taught.has(error), `${error} is taught by no lesson`).toBe(true);
      const id = LESSON_FOR_ERROR[error];
      expect(id && lessonById(id)?.teaches, `${error} → ${id ?? 'no lesson'}`).toContain(error);
    }
  });

  it('the first-visit link opens the first lesson of the path', () => {
    expect(FIRST_LESSON_ID).toBe(LESSONS[0]?.id);
  });
});
