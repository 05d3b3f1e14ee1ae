// The CORS check: may this origin read this response? Run on every
// cross-origin response in cors mode (any status, redirects included) and on
// the preflight's response.
import type { HeaderList } from '../scenario/types.ts';
import type { CorsFailure } from './types.ts';
import { getJoined, isValidGurl } from './http.ts';

export interface CorsCheckRequest {
  /** The serialized request origin: "null" when opaque or tainted. */
  origin: string;
  credentialsInclude: boolean;
}

// https://fetch.spec.whatwg.org/#concept-cors-check
// Chromium ≠ spec in order only: it tests "*" before absence and names the
// precise reason (cors.cc CheckAccess); the pass/fail result is the spec's.
export function corsCheck(request: CorsCheckRequest, headers: HeaderList): CorsFailure | null {
  // 1. Let origin be the result of getting `Access-Control-Allow-Origin` (several lines joined with ", ").
  const allowOrigin = getJoined(headers, 'Access-Control-Allow-Origin');
  // 3. If credentials mode is not "include" and origin is `*`, return success.
  //    Chromium: with "include", `*` is its own error.
  const origin = request.origin;
  if (allowOrigin === '*') return request.credentialsInclude ? { name: 'WildcardOriginNotAllowed', origin } : null;
  // 2. If origin is null, return failure.
  if (allowOrigin === null) return { name: 'MissingAllowOriginHeader', origin };
  // 4. If the byte-serialized request origin is not origin, return failure.
  if (allowOrigin !== origin) return { name: mismatchReason(allowOrigin), origin, allowOrigin };
  // 5. If credentials mode is not "include", return success.
  if (!request.credentialsInclude) return null;
  // 6. Let credentials be the result of getting `Access-Control-Allow-Credentials`.
  const credentials = getJoined(headers, 'Access-Control-Allow-Credentials');
  // 7. If credentials is `true`, return success.
  if (credentials === 'true') return null;
  // 8. Return failure.
  return { name: 'InvalidAllowCredentials', origin, allowCredentials: credentials };
}

/** Chromium's classification of an ACAO value that is not the origin. */
function mismatchReason(value: string): 'MultipleAllowOriginValues' | 'InvalidAllowOriginValue' | 'AllowOriginMismatch' {
  if (/[ ,]/.test(value)) return 'MultipleAllowOriginValues';
  if (value === 'null') return 'AllowOriginMismatch';
  if (!isValidGurl(value)) return 'InvalidAllowOriginValue';
  return 'AllowOriginMismatch';
}

/** cors.cc CheckPreflightAccess: the same check, reported with the kPreflight* codes. */
export function asPreflightFailure(f: CorsFailure): CorsFailure {
  return { ...f, name: `Preflight${f.name}` } as CorsFailure;
}
