// Firefox's words, kept apart from the logic: the console lines Gecko prints
// for a failed fetch() (dom/locales/en-US/chrome/security/security.properties,
// logged by netwerk/protocol/http/nsCORSListenerProxy.cpp), exactly as Firefox
// ESR 153 printed them here (curly quotes included). Each CORS line names the
// URL of the response that failed and a reason; some end with its status.
import type { CorsError, NetworkErrorReason } from './decision.ts';

const BLOCKED = 'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at';
const ACAO = '‘Access-Control-Allow-Origin’';

/** What the console line needs beside the error: the failing response's URL and status. */
export interface GeckoFacts {
  url: string;
  status: number;
  /** How many Access-Control-Allow-Origin lines the failing response had (Gecko counts lines, not commas). */
  allowOriginLines: number;
  /** The request follows redirects (redirect: "follow"): only then is a 3xx a refused redirect. */
  followsRedirects: boolean;
  /** The request needs a preflight. */
  preflightNeeded: boolean;
}

const line = (url: string, reason: string) => `${BLOCKED} ${url}. (Reason: ${reason}).`;
const withStatus = (url: string, reason: string, status: number | null) => `${line(url, reason)} Status code: ${status ?? '(null)'}.`;

/** The reason Gecko gives for one CorsError, and whether the line ends with the status (security.properties). */
function reason(e: CorsError, f: GeckoFacts): { text: string; status: boolean } {
  switch (e.name) {
    case 'MissingAllowOriginHeader':
    case 'PreflightMissingAllowOriginHeader':
      return { text: `CORS header ${ACAO} missing`, status: true };
    case 'MultipleAllowOriginValues':
    case 'PreflightMultipleAllowOriginValues':
      // Gecko ≠ Chromium: one line holding "a, b" or "a b" is a mismatch, not "multiple" (CheckOriginHeader counts lines).
      return f.allowOriginLines > 1
        ? { text: `Multiple CORS header ${ACAO} not allowed`, status: false }
        : { text: `CORS header ${ACAO} does not match ‘${e.allowOrigin}’`, status: false };
    case 'AllowOriginMismatch':
    case 'PreflightAllowOriginMismatch':
    case 'InvalidAllowOriginValue':
    case 'PreflightInvalidAllowOriginValue':
      return { text: `CORS header ${ACAO} does not match ‘${e.allowOrigin}’`, status: false };
    case 'InvalidAllowCredentials':
    case 'PreflightInvalidAllowCredentials':
      return { text: 'expected ‘true’ in CORS header ‘Access-Control-Allow-Credentials’', status: false };
    case 'WildcardOriginNotAllowed':
    case 'PreflightWildcardOriginNotAllowed':
      return { text: `Credential is not supported if the CORS header ${ACAO} is ‘*’`, status: false };
    case 'PreflightInvalidStatus':
      return { text: 'CORS preflight response did not succeed', status: true };
    case 'PreflightDisallowedRedirect':
      return { text: 'CORS request external redirect not allowed', status: false };
    case 'InvalidAllowMethodsPreflightResponse':
      return { text: `invalid token ‘${e.token}’ in CORS header ‘Access-Control-Allow-Methods’`, status: false };
    case 'InvalidAllowHeadersPreflightResponse':
      return { text: `invalid token ‘${e.token}’ in CORS header ‘Access-Control-Allow-Headers’`, status: false };
    case 'MethodDisallowedByPreflightResponse':
      return { text: 'Did not find method in CORS header ‘Access-Control-Allow-Methods’', status: false };
    case 'HeaderDisallowedByPreflightResponse':
      return { text: `header ‘${e.header}’ is not allowed according to header ‘Access-Control-Allow-Headers’ from CORS preflight response`, status: false };
    default:
      // A redirect to a URL with credentials, and what fetch() over http never meets here.
      return { text: 'CORS request did not succeed', status: true };
  }
}

/** Every console line Firefox prints for a CORS failure, in order. */
export function geckoCorsConsole(e: CorsError, f: GeckoFacts): string[] {
  // Refused by Local Network Access: no response, so no status. The preflight's channel is refused first,
  // then the request's, each with its line (observed in Firefox 153: lna-public-get-denied, lna-public-put-denied).
  if (e.name === 'LocalNetworkAccessPermissionDenied') {
    const refused = withStatus(f.url, 'CORS request did not succeed', null);
    return f.preflightNeeded ? [refused, refused] : [refused];
  }
  const r = reason(e, f);
  const preflight = e.name.startsWith('Preflight') || e.name.endsWith('PreflightResponse');
  // The credentialed "*" line is the one that quotes its URL.
  const url = e.name === 'WildcardOriginNotAllowed' || e.name === 'PreflightWildcardOriginNotAllowed' ? `‘${f.url}’` : f.url;
  const first = e.name === 'RedirectContainsCredentials'
    ? withStatus(url, r.text, null)
    : r.status ? withStatus(url, r.text, f.status) : line(url, r.text);
  // The request's own line, which never got a status, follows a failed preflight and a redirect
  // the CORS check refused (observed in Firefox 153: preflight-redirect-*, redirect-hop-without-cors).
  const requestFailed = withStatus(f.url, 'CORS request did not succeed', null);
  // A redirected preflight also says the preflight failed, with the redirect's status (preflight-redirect-301).
  if (e.name === 'PreflightDisallowedRedirect') {
    // Gecko ≠ Chromium: Firefox checks the redirected preflight's Access-Control-Allow-Origin before
    // it refuses the redirect, and then prints the request's line twice (observed in Firefox 153:
    // preflight-redirect-308-no-acao).
    if (f.allowOriginLines === 0) return [withStatus(f.url, `CORS header ${ACAO} missing`, f.status), requestFailed, requestFailed];
    return [first, withStatus(f.url, 'CORS preflight response did not succeed', f.status), requestFailed];
  }
  // With redirect: "manual" the 3xx itself is the response checked: no request line follows (redirect-manual-no-acao).
  const refusedRedirect = e.name !== 'RedirectContainsCredentials' && f.followsRedirects && f.status >= 300 && f.status < 400;
  return preflight || refusedRedirect ? [first, requestFailed] : [first];
}

/** Firefox's lines for the network errors that are not CORS checks (observed in Firefox 153). */
export function geckoNetworkConsole(reason: NetworkErrorReason, url: string, frameUrl: string): string[] {
  switch (reason) {
    case 'mode-same-origin': return [`Security Error: Content at ${frameUrl} may not load data from ${url}.`];
    // Firefox prints nothing for these (observed: redirect-error-mode, no-cors-redirect-manual, no-cors-redirect-error,
    // http-cache-only-if-cached-miss).
    case 'redirect-mode-error':
    case 'no-cors-redirect-mode':
    case 'only-if-cached-miss':
      return [];
    default: return [withStatus(url, 'CORS request did not succeed', null)];
  }
}

/**
 * What Firefox adds when an EventSource fails its CORS check, and when a server refuses a WebSocket
 * handshake (observed in Firefox 153: via-eventsource-no-acao, via-websocket-origin-checked).
 */
export function geckoCannotConnect(url: string): string {
  return `Firefox can’t establish a connection to the server at ${url}.`;
}
