// Which lesson teaches each Chromium error the playground can produce: the
// playground links it from the error it is showing. Kept small and apart from
// the lessons themselves so the initial bundle does not load lesson data; a
// unit test checks it against every lesson's `teaches`.
import type { CorsErrorName } from '../engine/types.ts';
import type { LessonId } from './types.ts';

export const LESSON_FOR_ERROR: Partial<Record<CorsErrorName, LessonId>> = {
  DisallowedByMode: 'same-or-cross-origin',
  MissingAllowOriginHeader: 'missing-allow-origin',
  PreflightMissingAllowOriginHeader: 'missing-allow-origin',
  AllowOriginMismatch: 'wrong-port',
  PreflightAllowOriginMismatch: 'wrong-port',
  InvalidAllowOriginValue: 'allow-origin-not-an-origin',
  PreflightInvalidAllowOriginValue: 'allow-origin-not-an-origin',
  MultipleAllowOriginValues: 'two-allow-origin-values',
  PreflightMultipleAllowOriginValues: 'two-allow-origin-values',
  WildcardOriginNotAllowed: 'wildcard-with-credentials',
  PreflightWildcardOriginNotAllowed: 'wildcard-with-credentials',
  InvalidAllowCredentials: 'allow-credentials-missing',
  PreflightInvalidAllowCredentials: 'allow-credentials-missing',
  MethodDisallowedByPreflightResponse: 'method-not-allowed',
  InvalidAllowMethodsPreflightResponse: 'method-not-allowed',
  HeaderDisallowedByPreflightResponse: 'header-not-allowed',
  InvalidAllowHeadersPreflightResponse: 'header-not-allowed',
  PreflightInvalidStatus: 'preflight-401',
  PreflightDisallowedRedirect: 'redirected-preflight',
  RedirectContainsCredentials: 'redirect-taints-origin',
  LocalNetworkAccessPermissionDenied: 'local-network-access',
  InvalidLocalNetworkAccess: 'local-network-access',
  InsecureLocalNetwork: 'local-network-access',
};
