// The browsers' console wordings for a blocked request, as data: one row per
// message shape, read by recognise.ts. Chromium's and Firefox's rows are made
// from the very strings the engine prints (engine/messages.ts), so a wording is
// written once; WebKit's (Safari's) are written here, from WebCore's
// CrossOriginAccessControl and observed WebKitGTK output (reference/browsers.md).
import type { CorsErrorName } from '../../engine/types.ts';
import { corsReason, firefoxReason } from '../../engine/messages.ts';

export type BrowserName = 'chromium' | 'firefox' | 'webkit';

/** What a hole in a wording is: it becomes the matching parameter of the recognised error. */
export type Hole = 'url' | 'redirectedFrom' | 'origin' | 'value' | 'header' | 'method' | 'status' | 'scheme' | 'space' | 'target' | 'frame';

export interface ErrorPattern {
  browser: BrowserName;
  /** Named groups are Holes. */
  pattern: RegExp;
  /** The CorsErrors this wording can mean, the likeliest first; empty: not a CorsError (then `name` says what it is). */
  errors: CorsErrorName[];
  /** The browser's own name for it: the CorsError, Firefox's reason name, or a label for a non-CORS failure. */
  name: string;
}

export const CORS_ERROR_NAMES: CorsErrorName[] = [
  'DisallowedByMode', 'InvalidResponse', 'WildcardOriginNotAllowed', 'MissingAllowOriginHeader', 'MultipleAllowOriginValues',
  'AllowOriginMismatch', 'InvalidAllowOriginValue', 'InvalidAllowCredentials', 'CorsDisabledScheme', 'PreflightInvalidStatus',
  'PreflightDisallowedRedirect', 'PreflightWildcardOriginNotAllowed', 'PreflightMissingAllowOriginHeader',
  'PreflightMultipleAllowOriginValues', 'PreflightAllowOriginMismatch', 'PreflightInvalidAllowOriginValue',
  'PreflightInvalidAllowCredentials', 'InvalidAllowMethodsPreflightResponse', 'InvalidAllowHeadersPreflightResponse',
  'MethodDisallowedByPreflightResponse', 'HeaderDisallowedByPreflightResponse', 'RedirectContainsCredentials',
  'LocalNetworkAccessPermissionDenied', 'InvalidLocalNetworkAccess', 'InsecureLocalNetwork',
];

/** Which parameter Chromium's hint {x} is, by error. */
export function holeOf(error: CorsErrorName): Hole {
  if (error === 'MethodDisallowedByPreflightResponse') return 'method';
  // Local Network Access quotes address spaces (InvalidLocalNetworkAccess: the target's first, see holesOf).
  if (error === 'LocalNetworkAccessPermissionDenied' || error === 'InsecureLocalNetwork') return 'space';
  if (error === 'HeaderDisallowedByPreflightResponse') return 'header';
  return 'value';
}

const HOLE = '\u0001';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every hole of an error's wording, in order. */
function holesOf(error: CorsErrorName): Hole[] {
  return error === 'InvalidLocalNetworkAccess' ? ['target', 'space'] : [holeOf(error)];
}

/** A wording with holes → an anchored pattern, open at the end (suffixes differ between versions). */
function fromTemplate(template: string, holes: Hole | Hole[], end = ''): RegExp {
  const names = typeof holes === 'string' ? [holes] : holes;
  const parts = template.split(HOLE);
  const body = parts.map((part, i) => (i === 0 ? '' : `(?<${names[i - 1]}>.*?)`) + escape(part)).join('');
  return new RegExp(`^${body}${end}`, 's');
}

// Chromium prints " Have the server send the header with a valid value." (156) or that sentence
// going on ", or, if an opaque response…" (older builds): the reason is matched up to it.
const VALID_VALUE_SUFFIX = ' Have the server send the header with a valid value';

/** Chromium's reason part (after "has been blocked by CORS policy: "), one row per CorsError. */
export const CHROMIUM_REASONS: ErrorPattern[] = CORS_ERROR_NAMES.filter((e) => e !== 'CorsDisabledScheme').map((error) => {
  const text = corsReason(error, HOLE, HOLE).split(VALID_VALUE_SUFFIX)[0]!;
  return { browser: 'chromium', pattern: fromTemplate(text, holesOf(error)), errors: [error], name: error };
});
CHROMIUM_REASONS.push({
  browser: 'chromium', errors: ['CorsDisabledScheme'], name: 'CorsDisabledScheme',
  pattern: /^Cross origin requests are only supported for protocol schemes: (?<scheme>[^.]*)\./,
});

/** Chromium's envelope around a CorsError's reason (cors_error_string.cc). */
export const CHROMIUM_ENVELOPE =
  /Access to (?:fetch|XMLHttpRequest|script|image|font|CSS stylesheet|[a-z]+) at '(?<url>[^']*)' (?:\(redirected from '(?<redirectedFrom>[^']*)'\) )?from origin '(?<origin>[^']*)' has been blocked by CORS policy: (?<reason>.*)/s;

/** Chromium's failures that are not CorsErrors (fetch_manager.cc, base_fetch_context.cc, Private Network Access). */
export const CHROMIUM_OTHER: ErrorPattern[] = [
  { browser: 'chromium', errors: [], name: 'same-origin-mode',
    pattern: /Fetch API cannot load (?<url>\S+)\. Request mode is "same-origin" but the URL's origin is not same as the request origin (?<origin>\S+?)\.?$/m },
  { browser: 'chromium', errors: [], name: 'no-cors-redirect-mode',
    pattern: /Fetch API cannot load (?<url>\S+)\. Request mode is "no-cors" but the redirect mode is not "follow"\./ },
  { browser: 'chromium', errors: [], name: 'unsupported-scheme',
    pattern: /Fetch API cannot load (?<url>\S+)\. URL scheme "(?<scheme>[^"]*)" is not supported\./ },
  { browser: 'chromium', errors: [], name: 'unsafe-redirect',
    pattern: /Unsafe attempt to load URL (?<url>\S+) from frame with URL (?<frame>\S+)\. Domains, protocols and ports must match\./ },
  { browser: 'chromium', errors: [], name: 'PreflightMissingAllowPrivateNetwork',
    pattern: /No 'Access-Control-Allow-Private-Network' header was present in the preflight response for this private network request targeting the [`'](?<space>\w+)[`'] address space\./ },
];

/** Firefox's banner; its reason is read by FIREFOX_REASONS. Newer builds add " Status code: 200." after it. */
export const FIREFOX_ENVELOPE =
  /Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at (?<url>\S+?)\.? \(Reason: (?<reason>.*?)\)(?=\.|\s|$)(?:\. Status code: (?<status>\d+))?/s;

/** Firefox's reasons (MDN), grouped: one wording can stand for several CorsErrors (Firefox does not say "preflight"). */
export const FIREFOX_REASONS: ErrorPattern[] = (() => {
  const rows = new Map<string, ErrorPattern>();
  for (const error of CORS_ERROR_NAMES) {
    const reason = firefoxReason(error, HOLE);
    if (!reason) continue; // Local Network Access: Firefox's words are not modelled
    const { name, text } = reason;
    const row = rows.get(name);
    if (row) row.errors.push(error);
    else rows.set(name, { browser: 'firefox', name, errors: [error], pattern: fromTemplate(text, holeOf(error), '$') });
  }
  // A network-level failure (no answer, bad certificate, too many redirects): no CORS check ran.
  rows.get('CORSDidNotSucceed')!.errors = [];
  // Firefox's reasons that no Chromium CorsError matches (MDN).
  for (const [name, text] of [['CORSDisabled', 'CORS disabled'], ['CORSOriginHeaderNotAdded', "CORS header 'Origin' cannot be added"]] as const) {
    rows.set(name, { browser: 'firefox', name, errors: [], pattern: fromTemplate(text, 'value') });
  }
  return [...rows.values()];
})();

/** Safari / WebKit wordings (CrossOriginAccessControl.cpp). WebKit does not tell a missing header from a mismatch. */
export const WEBKIT_PATTERNS: ErrorPattern[] = [
  { browser: 'webkit', name: 'OriginNotAllowed', errors: ['MissingAllowOriginHeader', 'AllowOriginMismatch', 'PreflightMissingAllowOriginHeader', 'PreflightAllowOriginMismatch'],
    pattern: /Origin (?<origin>\S+) is not allowed by Access-Control-Allow-Origin\.(?: Status code: (?<status>\d+))?/ },
  { browser: 'webkit', name: 'WildcardWithCredentials', errors: ['WildcardOriginNotAllowed', 'PreflightWildcardOriginNotAllowed'],
    pattern: /Cannot use wildcard in Access-Control-Allow-Origin when credentials flag is true\./ },
  { browser: 'webkit', name: 'MultipleOrigins', errors: ['MultipleAllowOriginValues', 'PreflightMultipleAllowOriginValues'],
    pattern: /Access-Control-Allow-Origin cannot contain more than one origin\./ },
  { browser: 'webkit', name: 'CredentialsNotTrue', errors: ['InvalidAllowCredentials', 'PreflightInvalidAllowCredentials'],
    pattern: /Credentials flag is true, but Access-Control-Allow-Credentials is not "true"\./ },
  { browser: 'webkit', name: 'PreflightNotSuccessful', errors: ['PreflightInvalidStatus'],
    pattern: /Preflight response is not successful\.(?: Status code: (?<status>\d+))?/ },
  { browser: 'webkit', name: 'MethodNotAllowed', errors: ['MethodDisallowedByPreflightResponse'],
    pattern: /Method (?<method>\S+) is not allowed by Access-Control-Allow-Methods\./ },
  { browser: 'webkit', name: 'HeaderNotAllowed', errors: ['HeaderDisallowedByPreflightResponse'],
    pattern: /Request header field (?<header>\S+) is not allowed by Access-Control-Allow-Headers\./ },
  // Printed after each of the above; alone it says only that a CORS check failed.
  { browser: 'webkit', name: 'AccessControlChecks', errors: [],
    pattern: /Fetch API cannot load (?<url>\S+?) due to access control checks\./ },
];
