// The browsers' own words, kept apart from the logic: Chromium's console
// strings (cors_error_string.cc, fetch_manager.cc, as observed in Chromium
// 156) and Firefox's reasons (MDN's CORS error pages).
import type { CorsErrorName } from './types.ts';

const ACAO = "'Access-Control-Allow-Origin'";
const WILDCARD = `The value of the ${ACAO} header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.`;
const MISSING = `No ${ACAO} header is present on the requested resource.`;
const multiple = (x: string) => `The ${ACAO} header contains multiple values '${x}', but only one is allowed.`;
const invalid = (x: string) => `The ${ACAO} header contains the invalid value '${x}'.`;
const mismatch = (x: string) => `The ${ACAO} header has a value '${x}' that is not equal to the supplied origin.`;
const credentials = (x: string) =>
  `The value of the 'Access-Control-Allow-Credentials' header in the response is '${x}' which must be 'true' when the request's credentials mode is 'include'.`;

/** Observed in Chromium 156: fetch() prints this short suffix (S2) after the origin-value errors, and no S1. */
const VALID_VALUE = ' Have the server send the header with a valid value.';
const PREFLIGHT = "Response to preflight request doesn't pass access control check: ";

/**
 * The reason part of the console message, by CorsError (cors_error_string.cc). `x` is the hint;
 * for Local Network Access the resource's address space, and for InvalidLocalNetworkAccess the
 * target space, with `y` the resource's.
 */
export function corsReason(error: CorsErrorName, x: string, y = ''): string {
  switch (error) {
    case 'DisallowedByMode': return 'Cross origin requests are not allowed by request mode.';
    case 'InvalidResponse': return 'The response is invalid.';
    case 'WildcardOriginNotAllowed': return WILDCARD;
    case 'MissingAllowOriginHeader': return MISSING;
    case 'MultipleAllowOriginValues': return multiple(x) + VALID_VALUE;
    case 'InvalidAllowOriginValue': return invalid(x) + VALID_VALUE;
    case 'AllowOriginMismatch': return mismatch(x) + VALID_VALUE;
    case 'InvalidAllowCredentials': return credentials(x);
    case 'CorsDisabledScheme': return 'Cross origin requests are only supported for protocol schemes: chrome, chrome-extension, chrome-untrusted, data, http, https, isolated-app.';
    case 'PreflightInvalidStatus': return PREFLIGHT + 'It does not have HTTP ok status.';
    case 'PreflightDisallowedRedirect': return PREFLIGHT + 'Redirect is not allowed for a preflight request.';
    case 'PreflightWildcardOriginNotAllowed': return PREFLIGHT + WILDCARD;
    case 'PreflightMissingAllowOriginHeader': return PREFLIGHT + MISSING;
    case 'PreflightMultipleAllowOriginValues': return PREFLIGHT + multiple(x) + VALID_VALUE;
    case 'PreflightInvalidAllowOriginValue': return PREFLIGHT + invalid(x) + VALID_VALUE;
    case 'PreflightAllowOriginMismatch': return PREFLIGHT + mismatch(x) + VALID_VALUE;
    case 'PreflightInvalidAllowCredentials': return PREFLIGHT + credentials(x);
    case 'InvalidAllowMethodsPreflightResponse': return 'Cannot parse Access-Control-Allow-Methods response header field in preflight response.';
    case 'InvalidAllowHeadersPreflightResponse': return 'Cannot parse Access-Control-Allow-Headers response header field in preflight response.';
    case 'MethodDisallowedByPreflightResponse': return `Method ${x} is not allowed by Access-Control-Allow-Methods in preflight response.`;
    case 'HeaderDisallowedByPreflightResponse': return `Request header field ${x} is not allowed by Access-Control-Allow-Headers in preflight response.`;
    case 'RedirectContainsCredentials': return `Redirect location '${x}' contains a username and password, which is disallowed for cross-origin requests.`;
    // Local Network Access, observed in Chromium 156 (--ip-address-space-overrides).
    case 'LocalNetworkAccessPermissionDenied': return `Permission was denied for this request to access the \`${x}\` address space.`;
    case 'InvalidLocalNetworkAccess': return `Request had a target IP address space of \`${x}\` yet the resource is in address space \`${y}\`.`;
    case 'InsecureLocalNetwork': return `The request client is not a secure context and the resource is in more-private address space \`${x}\`.`;
  }
}

/** The whole console line for a CORS failure of fetch(). `pageOrigin` stays the page's even after a tainting redirect (observed). */
export function corsConsoleMessage(error: CorsErrorName, x: string, lastUrl: string, initialUrl: string, pageOrigin: string, initiator = 'fetch', y = ''): string {
  const redirected = lastUrl === initialUrl ? '' : `(redirected from '${initialUrl}') `;
  return `Access to ${initiator} at '${lastUrl}' ${redirected}from origin '${pageOrigin}' has been blocked by CORS policy: ${corsReason(error, x, y)}`;
}

/** Observed in Chromium: a WebSocket handshake the server answers with anything but 101. */
export function websocketRefusedMessage(wsUrl: string, status: number): string {
  return `WebSocket connection to '${wsUrl}' failed: Error during WebSocket handshake: Unexpected response code: ${status}`;
}

export function sameOriginModeMessage(url: string, pageOrigin: string): string {
  return `Fetch API cannot load ${url}. Request mode is "same-origin" but the URL's origin is not same as the request origin ${pageOrigin}.`;
}

export function noCorsRedirectModeMessage(url: string): string {
  return `Fetch API cannot load ${url}. Request mode is "no-cors" but the redirect mode is not "follow".`;
}

/** Observed: a same-origin-mode request redirected to another origin (base_fetch_context.cc PrintAccessDeniedMessage). */
export function unsafeRedirectMessage(url: string, frameUrl: string): string {
  // Chromium ends this one with a line break (seen in Chromium 156's console).
  return `Unsafe attempt to load URL ${url} from frame with URL ${frameUrl}. Domains, protocols and ports must match.\n`;
}

/** What script sees for every network error, CORS or not. */
export const FAILED_TO_FETCH = 'Failed to fetch';

/** Firefox's reason names and texts (MDN, Web/HTTP/Guides/CORS/Errors); none for the errors Firefox never reports. */
export function firefoxReason(error: CorsErrorName, x: string): { name: string; text: string } | null {
  switch (error) {
    case 'MissingAllowOriginHeader':
    case 'PreflightMissingAllowOriginHeader':
      return { name: 'CORSMissingAllowOrigin', text: `CORS header ${ACAO} missing` };
    case 'AllowOriginMismatch':
    case 'PreflightAllowOriginMismatch':
    case 'InvalidAllowOriginValue':
    case 'PreflightInvalidAllowOriginValue':
      return { name: 'CORSAllowOriginNotMatchingOrigin', text: `CORS header ${ACAO} does not match '${x}'` };
    case 'MultipleAllowOriginValues':
    case 'PreflightMultipleAllowOriginValues':
      return { name: 'CORSMultipleAllowOriginNotAllowed', text: `Multiple CORS header ${ACAO} not allowed` };
    case 'WildcardOriginNotAllowed':
    case 'PreflightWildcardOriginNotAllowed':
      return { name: 'CORSNotSupportingCredentials', text: `Credential is not supported if the CORS header ${ACAO} is '*'` };
    case 'InvalidAllowCredentials':
    case 'PreflightInvalidAllowCredentials':
      return { name: 'CORSMissingAllowCredentials', text: "expected 'true' in CORS header 'Access-Control-Allow-Credentials'" };
    case 'InvalidAllowMethodsPreflightResponse':
      return { name: 'CORSInvalidAllowMethod', text: `invalid token '${x}' in CORS header 'Access-Control-Allow-Methods'` };
    case 'InvalidAllowHeadersPreflightResponse':
      return { name: 'CORSInvalidAllowHeader', text: `invalid token '${x}' in CORS header 'Access-Control-Allow-Headers'` };
    case 'MethodDisallowedByPreflightResponse':
      return { name: 'CORSMethodNotFound', text: "Did not find method in CORS header 'Access-Control-Allow-Methods'" };
    case 'HeaderDisallowedByPreflightResponse':
      return { name: 'CORSMissingAllowHeaderFromPreflight', text: `missing token '${x}' in CORS header 'Access-Control-Allow-Headers' from CORS preflight channel` };
    case 'PreflightInvalidStatus':
    case 'PreflightDisallowedRedirect':
      return { name: 'CORSPreflightDidNotSucceed', text: 'CORS preflight channel did not succeed' };
    case 'RedirectContainsCredentials':
      return { name: 'CORSExternalRedirectNotAllowed', text: 'CORS request external redirect not allowed' };
    case 'CorsDisabledScheme':
      return { name: 'CORSRequestNotHttp', text: 'CORS request not HTTP' };
    case 'DisallowedByMode':
    case 'InvalidResponse':
    case 'LocalNetworkAccessPermissionDenied':
      return { name: 'CORSDidNotSucceed', text: 'CORS request did not succeed' };
    // Chromium's alone: Firefox ignores targetAddressSpace and asks an insecure page for the permission too.
    case 'InvalidLocalNetworkAccess':
    case 'InsecureLocalNetwork':
      return null;
  }
}
