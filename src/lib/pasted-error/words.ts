// What a recognised console error means, in plain words, for someone who has
// just pasted it. Narration only: which error it is comes from recognise.ts.
import type { CorsErrorName } from '../../engine/types.ts';
import type { ErrorParams } from './recognise.ts';

type Say = (p: ErrorParams) => string;
const q = (v: string | undefined, fallback: string) => (v === undefined ? fallback : `“${v}”`);

const ACTUAL = 'The answer to your request';
const PREFLIGHT = 'The answer to the preflight (the OPTIONS request the browser sends first, to ask permission)';

const BY_BASE: Record<string, (who: string) => Say> = {
  MissingAllowOriginHeader: (who) => () => `${who} has no Access-Control-Allow-Origin header, so the browser keeps it from your page. The server (or its CORS middleware) did not allow your origin: it is not configured, it did not run for this route, or an error answered before it.`,
  AllowOriginMismatch: (who) => (p) => `${who} allows the origin ${q(p.value, 'another origin')}, not your page's origin${p.origin ? ` (${p.origin})` : ''}. Origins must be equal: scheme, host and port.`,
  InvalidAllowOriginValue: (who) => (p) => `${who} carries Access-Control-Allow-Origin ${q(p.value, '')}, which is not an origin, not "*" and not "null" spelled exactly.`,
  MultipleAllowOriginValues: (who) => (p) => `${who} carries several Access-Control-Allow-Origin values (${q(p.value, 'more than one')}); exactly one is allowed. Often two layers (a proxy and the app) both add the header.`,
  WildcardOriginNotAllowed: (who) => () => `${who} allows every origin with "*", but your request carries credentials (cookies or HTTP authentication): then the server must name your origin exactly.`,
  InvalidAllowCredentials: (who) => (p) => `Your request carries credentials, so ${who.toLowerCase()} must say Access-Control-Allow-Credentials: true; it says ${p.value ? q(p.value, '') : 'nothing (the header is missing)'}.`,
};

/** Each of these errors exists twice, about the actual answer and about the preflight's ("Preflight…"). */
const BOTH_ANSWERS = Object.fromEntries(
  Object.entries(BY_BASE).flatMap(([base, say]) => [[base, say(ACTUAL)], [`Preflight${base}`, say(PREFLIGHT)]]),
) as Record<string, Say>;

const WORDS: Record<CorsErrorName, Say> = {
  ...(BOTH_ANSWERS as Record<Extract<CorsErrorName, `${string}Allow${string}` | `${string}Wildcard${string}`>, Say>),
  PreflightInvalidStatus: (p) => `The preflight (OPTIONS) got the status ${p.status ?? 'of an error'}, not 200–299. The server must answer OPTIONS itself, before authentication or routing refuses it.`,
  PreflightDisallowedRedirect: () => 'The preflight (OPTIONS) was answered with a redirect, and a preflight may not be redirected. Call the final URL directly (trailing slash, http → https, a login page).',
  InvalidAllowMethodsPreflightResponse: () => 'The preflight answer’s Access-Control-Allow-Methods is not a comma-separated list of method names, so the browser cannot read it.',
  InvalidAllowHeadersPreflightResponse: () => 'The preflight answer’s Access-Control-Allow-Headers is not a comma-separated list of header names, so the browser cannot read it.',
  MethodDisallowedByPreflightResponse: (p) => `Your request uses the method ${q(p.method, 'it uses')}, and the preflight answer’s Access-Control-Allow-Methods does not list it (method names are compared exactly: "patch" is not "PATCH").`,
  HeaderDisallowedByPreflightResponse: (p) => `Your request sets the header ${q(p.header, 'it sets')}, and the preflight answer’s Access-Control-Allow-Headers does not list it.`,
  RedirectContainsCredentials: (p) => `The server redirected your request to ${q(p.value, 'a URL')} with a user name or password in it, which the browser refuses for a cross-origin request.`,
  DisallowedByMode: () => 'The request’s mode does not allow cross-origin requests.',
  InvalidResponse: () => 'The browser could not read the response as a valid answer.',
  // Local Network Access (Chrome 142+): no header the server sends can fix these.
  LocalNetworkAccessPermissionDenied: (p) => `The page is on a public site and asked to reach a more private network (${q(p.space, 'local')}, e.g. localhost or your LAN), and the user (or a headless browser, which never asks) denied Chrome's Local Network Access permission. Nothing was sent; no header your server sends can fix it: allow the permission, or serve the page from the same network.`,
  InvalidLocalNetworkAccess: (p) => `fetch() was called with targetAddressSpace ${q(p.target, 'set')}, but the server is in the ${q(p.space, 'another')} address space: Chrome refuses before connecting. Give the real space (or leave the option out).`,
  InsecureLocalNetwork: (p) => `A page that is not a secure context (plain http, not localhost) tried to reach a more private network (${q(p.space, 'local')}): Chrome refuses outright, no permission can be asked. Serve the page over https.`,
  CorsDisabledScheme: (p) => `CORS works only over http(s)${p.scheme ? ` (allowed: ${p.scheme})` : ''}; the URL (or your page, e.g. a file:// page) uses another scheme.`,
};

/** Failures that are not CorsErrors, by the name patterns.ts gives them. */
const OTHER_WORDS: Record<string, Say> = {
  'same-origin-mode': () => 'The request was made with mode: "same-origin", which forbids every other origin: the browser did not send it.',
  'no-cors-redirect-mode': () => 'A no-cors request must follow redirects: its redirect option must be "follow".',
  'unsupported-scheme': (p) => `fetch() cannot load ${q(p.scheme, 'this')} URLs: serve the page and the API over http(s).`,
  'unsafe-redirect': () => 'A same-origin-mode request was redirected to another origin, which its mode forbids.',
  PreflightMissingAllowPrivateNetwork: () => 'An older Chrome asked the private server for permission (Access-Control-Allow-Private-Network: true) and did not get it.',
  CORSDidNotSucceed: () => 'The request failed before any CORS check: no answer, a refused connection, a bad certificate or too many redirects. Check that the server is up at that URL.',
  CORSDisabled: () => 'CORS is turned off in this Firefox (content.cors.disable).',
  CORSOriginHeaderNotAdded: () => 'Firefox could not add the Origin header (privileged code).',
  AccessControlChecks: () => 'Safari says only that a CORS check failed. The line before it in Safari’s console gives the reason: paste both lines.',
};

export function plainWords(errors: CorsErrorName[], name: string, params: ErrorParams): string {
  const first = errors[0];
  if (first) return WORDS[first](params);
  return OTHER_WORDS[name]?.(params) ?? name;
}
