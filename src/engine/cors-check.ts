// The CORS check: may this origin read this response? Run on every
// cross-origin response in cors mode (any status, redirects included) and on
// the preflight's response.
import type { HeaderList } from '../scenario/types.ts';
import type { CorsErrorName, CorsFailure } from './types.ts';
import { getJoined, isValidGurl } from './http.ts';

export interface CorsCheckRequest {
  /** The serialized request origin: "null" when opaque or tainted. */
  origin: string;
  credentialsInclude: boolean;
}

function failure(error: CorsErrorName, failedParameter = ''): CorsFailure {
  return { error, failedParameter };
}

// https://fetch.spec.whatwg.org/#concept-cors-check
// Chromium ≠ spec in order only: it tests "*" before absence and names the
// precise reason (cors.cc CheckAccess); the pass/fail result is the spec's.
export function corsCheck(request: CorsCheckRequest, headers: HeaderList): CorsFailure | null {
  // 1. Let origin be the result of getting `Access-Control-Allow-Origin` (several lines joined with ", ").
  const allowOrigin = getJoined(headers, 'Access-Control-Allow-Origin');
  // 3. If credentials mode is not "include" and origin is `*`, return success.
  //    Chromium: with "include", `*` is its own error.
  if (allowOrigin === '*') return request.credentialsInclude ? failure('WildcardOriginNotAllowed') : null;
  // 2. If origin is null, return failure.
  if (allowOrigin === null) return failure('MissingAllowOriginHeader');
  // 4. If the byte-serialized request origin is not origin, return failure.
  if (allowOrigin !== request.origin) return mismatchReason(allowOrigin);
  // 5. If credentials mode is not "include", return success.
  if (!request.credentialsInclude) return null;
  // 6. Let credentials be the result of getting `Access-Control-Allow-Credentials`.
  const credentials = getJoined(headers, 'Access-Control-Allow-Credentials');
  // 7. If credentials is `true`, return success.
  if (credentials === 'true') return null;
  // 8. Return failure.
  return failure('InvalidAllowCredentials', credentials ?? '');
}

/** Chromium's classification of an ACAO value that is not the origin. */
function mismatchReason(value: string): CorsFailure {
  if (/[ ,]/.test(value)) return failure('MultipleAllowOriginValues', value);
  if (value === 'null') return failure('AllowOriginMismatch', value);
  if (!isValidGurl(value)) return failure('InvalidAllowOriginValue', value);
  return failure('AllowOriginMismatch', value);
}

/** cors.cc CheckPreflightAccess: the same check, reported with the kPreflight* codes. */
export function asPreflightFailure(f: CorsFailure): CorsFailure {
  return { error: `Preflight${f.error}` as CorsErrorName, failedParameter: f.failedParameter };
}
