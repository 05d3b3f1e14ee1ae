// Every Chromium CorsError the playground can produce is taught by a lesson,
// and by-error.ts links each to a lesson that exists and teaches it.
import { describe, expect, it } from 'vitest';
import type { CorsErrorName } from '../engine/types.ts';
import { CASES } from '../scenario/cases/index.ts';
import { LESSONS, lessonById } from './index.ts';
import { LESSON_FOR_ERROR } from './by-error.ts';

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
  // Local Network Access: a scenario's network.page / request.targetAddressSpace (local-network cases).
  LocalNetworkAccessPermissionDenied: true,
  InvalidLocalNetworkAccess: true,
  InsecureLocalNetwork: true,
};
const producible = (Object.keys(PRODUCIBLE) as CorsErrorName[]).filter((e) => PRODUCIBLE[e] === true);

describe('every error the playground can produce is taught', () => {
  it('the case table produces no error marked as impossible', () => {
    const seen = new Set(CASES.flatMap((c) => c.steps.map((s) => s.expect.corsError)).filter((e): e is string => typeof e === 'string'));
    for (const e of seen) expect(PRODUCIBLE[e as CorsErrorName], e).toBe(true);
  });

  it('every producible CorsError is taught by some lesson, and by-error.ts links a lesson that teaches it', () => {
    const taught = new Set(LESSONS.flatMap((l) => l.teaches));
    for (const error of producible) {
      expect(taught.has(error), `${error} is taught by no lesson`).toBe(true);
      const id = LESSON_FOR_ERROR[error];
      expect(id && lessonById(id)?.teaches, `${error} → ${id ?? 'no lesson'}`).toContain(error);
    }
  });
});
