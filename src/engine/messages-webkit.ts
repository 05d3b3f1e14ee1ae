// Safari's words, kept apart from the logic: the console lines WebKit prints
// for a failed fetch() (Source/WebCore/loader/CrossOriginAccessControl.cpp,
// CrossOriginPreflightChecker.cpp, CrossOriginPreflightResultCache.cpp,
// DocumentThreadableLoader.cpp), exactly as WebKitGTK 2.50 printed them here:
// the reason (a security error), then "Fetch API cannot load … due to access
// control checks." naming the URL that failed (a redirect's target, when redirected).
import type { CorsError, NetworkErrorReason } from './decision.ts';

export interface WebKitFacts {
  /** The URL the failing response came from (a redirect hop's, when redirected). */
  lastUrl: string;
  status: number;
  /** The header as the script spelled it, for the refused-header line (WebKit keeps the author's case). */
  headerAsWritten: string | null;
  /** The Access-Control-Allow-Methods / -Headers value as received, for the invalid-list lines. */
  allowListValue: string;
  /** Where the failing response redirected to (its Location, resolved), when it was a redirect. */
  redirectTarget: string | null;
  /** What made the request: fetch(), or an EventSource (observed: "EventSource cannot load …", via-eventsource-no-acao). */
  loader: 'Fetch API' | 'EventSource';
}

/** What WebKit's lines for a network error need beside the reason. */
export interface WebKitNetworkFacts {
  url: string;
  pageOrigin: string;
  /** The request was redirected before it failed. */
  redirected: boolean;
}

const cannotLoad = (url: string, loader = 'Fetch API') => `${loader} cannot load ${url} due to access control checks.`;

/** The security error WebKit prints for one CorsError. */
function reason(e: CorsError, f: WebKitFacts): string {
  // WebKit ≠ Chromium in order: a preflight answer outside 200–299 fails before its headers are read
  // (CrossOriginPreflightChecker::validatePreflightResponse).
  if (e.name.startsWith('Preflight') && (f.status < 200 || f.status > 299)) return `Preflight response is not successful. Status code: ${f.status}`;
  switch (e.name) {
    case 'WildcardOriginNotAllowed':
    case 'PreflightWildcardOriginNotAllowed':
      return 'Cannot use wildcard in Access-Control-Allow-Origin when credentials flag is true.';
    case 'MissingAllowOriginHeader':
    case 'PreflightMissingAllowOriginHeader':
      return `Origin ${e.origin} is not allowed by Access-Control-Allow-Origin. Status code: ${f.status}`;
    case 'MultipleAllowOriginValues':
    case 'PreflightMultipleAllowOriginValues':
    case 'AllowOriginMismatch':
    case 'PreflightAllowOriginMismatch':
    case 'InvalidAllowOriginValue':
    case 'PreflightInvalidAllowOriginValue':
      // WebKit ≠ Chromium: "more than one origin" means a comma only (passesAccessControlCheck).
      return e.allowOrigin.includes(',')
        ? 'Access-Control-Allow-Origin cannot contain more than one origin.'
        : `Origin ${e.origin} is not allowed by Access-Control-Allow-Origin. Status code: ${f.status}`;
    case 'InvalidAllowCredentials':
    case 'PreflightInvalidAllowCredentials':
      return 'Credentials flag is true, but Access-Control-Allow-Credentials is not "true".';
    case 'InvalidAllowMethodsPreflightResponse':
      return `Header Access-Control-Allow-Methods has an invalid value: ${f.allowListValue}`;
    case 'InvalidAllowHeadersPreflightResponse':
      return `Header Access-Control-Allow-Headers has an invalid value: ${f.allowListValue}`;
    case 'MethodDisallowedByPreflightResponse':
      return `Method ${e.method} is not allowed by Access-Control-Allow-Methods.`;
    case 'HeaderDisallowedByPreflightResponse':
      return `Request header field ${f.headerAsWritten ?? e.header} is not allowed by Access-Control-Allow-Headers.`;
    case 'RedirectContainsCredentials':
      return `Cross-origin redirection to ${withoutUserinfo(e.location)} denied by Cross-Origin Resource Sharing policy: redirection URL ${e.location} has credentials`;
    default:
      return 'Cross origin requests are not allowed by request mode.';
  }
}

function withoutUserinfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/?#]*@/i, '$1');
}

/** Every console line WebKit prints for a CORS failure, in order. */
export function webkitCorsConsole(e: CorsError, f: WebKitFacts): string[] {
  // A redirect that fails the CORS check names where it led (observed in WebKitGTK 2.50: redirect-hop-without-cors,
  // redirect-manual-no-acao, redirect-other-origin-credentials-star).
  const preflight = e.name.startsWith('Preflight') || e.name.endsWith('PreflightResponse');
  const why = reason(e, f);
  const first = f.redirectTarget && !preflight && e.name !== 'RedirectContainsCredentials'
    ? `Cross-origin redirection to ${f.redirectTarget} denied by Cross-Origin Resource Sharing policy: ${why}`
    : why;
  return [first, cannotLoad(f.lastUrl, f.loader)];
}

/** WebKit's lines for the network errors that are not CORS checks (observed in WebKitGTK 2.50). */
export function webkitNetworkConsole(reason: NetworkErrorReason, { url, pageOrigin, redirected }: WebKitNetworkFacts): string[] {
  switch (reason) {
    // Redirected to another origin: the frame's security check words it, with its trailing newline
    // (observed: same-origin-mode-redirect-cross).
    case 'mode-same-origin': return redirected
      ? [`Unsafe attempt to load URL ${url} from origin ${pageOrigin}. Domains, protocols and ports must match.\n`, cannotLoad(url)]
      : [`Fetch API cannot load ${url}.`];
    // Observed: seq-loop, seq-loop-to-self.
    case 'too-many-redirects': return ['Load cannot follow more than 20 redirections', cannotLoad(url)];
    // Observed: no-cors-redirect-manual, no-cors-redirect-error.
    case 'no-cors-redirect-mode': return ['No-Cors mode requires follow redirect mode', 'Not allowed to request resource', cannotLoad(url)];
    case 'redirect-mode-error': return [`Not allowed to follow a redirection while loading ${url}`, cannotLoad(url)];
    default: return [cannotLoad(url)];
  }
}

/** A WebSocket handshake the server refused (observed: via-websocket-origin-checked). */
export const webkitWebSocketRefused = (wsUrl: string) => `WebSocket connection to '${wsUrl}' failed: The server did not accept the WebSocket handshake.`;

/** A form in a sandboxed frame without allow-forms (observed: via-form-sandboxed). */
export const webkitSandboxedForm = (url: string) => `Blocked form submission to '${url}' because the form's frame is sandboxed and the 'allow-forms' permission is not set.`;
