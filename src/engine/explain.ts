// Plain-English sentences for the trace, keyed by step id and outcome, and
// for each CorsError. No logic lives here: the algorithms decide, this file
// only words their decisions.
import type { CookieReason, CorsErrorName, Step, StepOutcome } from './types.ts';
import { COOKIE_WORDS } from './cookie-words.ts';
import { CHANNEL_STEPS } from './channel-words.ts';
import { HTTP_CACHE_STEPS } from './http-cache-words.ts';
import { REQUEST_OPTION_STEPS } from './request-option-words.ts';
import { LOCAL_NETWORK_STEPS } from './local-network-words.ts';

export { COOKIE_WORDS };

/**
 * The playground's own URL segment (/s/<session>/<config>) is how the server
 * learns the scenario; it says nothing to the learner, so sentences hide it.
 * The console message keeps the full URL, as Chromium prints it.
 */
function shortUrl(url: string | undefined): string {
  return (url ?? '').replace(/\/[sr]\/[A-Za-z0-9_-]{16,64}\/[^/?#]+/, '/…');
}

type Params = Record<string, string>;
type Words = Partial<Record<StepOutcome, (p: Params) => string>>;

const FETCH = 'https://fetch.spec.whatwg.org/';

const STEPS: Record<string, { spec: string; words: Words }> = {
  ...CHANNEL_STEPS,
  ...HTTP_CACHE_STEPS,
  ...REQUEST_OPTION_STEPS,
  ...LOCAL_NETWORK_STEPS,
  'request-construct': { spec: `${FETCH}#dom-request`, words: {
    pass: (p) => `fetch() builds a ${p.method} request${p.headers ? ` with ${p.headers}` : ''}.`,
    fail: (p) => `fetch() refuses to build the request and throws: ${p.message}`,
  } },
  'request-header-dropped': { spec: `${FETCH}#forbidden-request-header`, words: {
    info: (p) => p.reason === 'no-cors'
      ? `In no-cors mode only simple Accept, Accept-Language, Content-Language and Content-Type values are kept; ${p.name} is silently dropped.`
      : `${p.name} is a forbidden header: the browser sets it itself, so your value is silently dropped and nothing fails.`,
  } },
  'request-content-type': { spec: `${FETCH}#concept-bodyinit-extract`, words: {
    info: (p) => `The body brings its own Content-Type: the browser adds "${p.value}".`,
  } },
  'same-origin': { spec: `${FETCH}#main-fetch`, words: {
    info: () => 'The URL has the page\'s own origin: no CORS rules apply and the response is fully readable.',
  } },
  'mode-same-origin': { spec: `${FETCH}#main-fetch`, words: {
    fail: () => 'mode: "same-origin" forbids requests to any other origin, so the browser stops before sending anything.',
  } },
  'mode-no-cors': { spec: `${FETCH}#main-fetch`, words: {
    info: () => 'mode: "no-cors" sends the request without CORS checks, but the answer is opaque: status 0, no headers, no body for script.',
    fail: () => 'In no-cors mode the redirect option must be "follow"; the browser refuses the request.',
  } },
  'cors-request': { spec: `${FETCH}#concept-main-fetch`, words: {
    info: (p) => `The page (${p.origin}) calls another origin (${p.target}): this is a CORS request.`,
  } },
  'method-safelisted': { spec: `${FETCH}#cors-safelisted-method`, words: {
    pass: (p) => `${p.method} is a CORS-safelisted method (GET, HEAD, POST).`,
    info: (p) => `${p.method} is not GET, HEAD or POST, so the browser must ask first with a preflight.`,
  } },
  'headers-safelisted': { spec: `${FETCH}#cors-unsafe-request-header-names`, words: {
    pass: () => 'Every header is CORS-safelisted (or added by the browser itself).',
    info: (p) => `These headers are not CORS-safelisted, so the browser must ask first: ${p.names}.`,
  } },
  'preflight-needed': { spec: `${FETCH}#cors-preflight-fetch`, words: {
    info: () => 'A preflight (OPTIONS) request goes first.',
    skip: () => 'A simple request: no preflight is needed.',
  } },
  'preflight-cache': { spec: `${FETCH}#concept-cache-match`, words: {
    pass: () => 'A cached preflight answer still covers this request, so no OPTIONS is sent.',
    info: (p) => p.why ?? 'No cached preflight answer for this origin and URL.',
    skip: (p) => `cache: "${p.mode}" makes the browser skip the preflight cache.`,
  } },
  'preflight-send': { spec: `${FETCH}#cors-preflight-fetch`, words: {
    info: (p) => `The browser sends OPTIONS ${shortUrl(p.url)} with Access-Control-Request-Method: ${p.method}${p.headers ? ` and Access-Control-Request-Headers: ${p.headers}` : ''}, without cookies.`,
  } },
  'preflight-redirect': { spec: `${FETCH}#cors-preflight-fetch`, words: {
    pass: () => 'The preflight answer is not a redirect.',
    fail: (p) => `The preflight was answered with a ${p.status} redirect; preflights may not redirect.`,
  } },
  'preflight-cors-check': { spec: `${FETCH}#concept-cors-check`, words: {
    pass: () => 'The preflight answer allows this origin.',
    fail: (p) => `The preflight answer fails the CORS check: ${p.why}`,
  } },
  'preflight-status': { spec: `${FETCH}#cors-preflight-fetch`, words: {
    pass: (p) => `The preflight status ${p.status} is an ok status (200–299).`,
    fail: (p) => `The preflight status ${p.status} is not in 200–299, so the preflight fails.`,
  } },
  'preflight-allow-methods-parse': { spec: `${FETCH}#cors-preflight-fetch`, words: {
    pass: () => 'Access-Control-Allow-Methods is a valid list of method names.',
    fail: (p) => `Access-Control-Allow-Methods contains "${p.token}", which is not a method name.`,
  } },
  'preflight-allow-headers-parse': { spec: `${FETCH}#cors-preflight-fetch`, words: {
    pass: () => 'Access-Control-Allow-Headers is a valid list of header names.',
    fail: (p) => `Access-Control-Allow-Headers contains "${p.token}", which is not a header name.`,
  } },
  'preflight-method': { spec: `${FETCH}#cors-preflight-fetch`, words: {
    pass: (p) => `The method ${p.method} is allowed${p.why ? ` (${p.why})` : ''}.`,
    fail: (p) => `The method ${p.method} is not in Access-Control-Allow-Methods (methods are compared case-sensitively${p.credentials === 'yes' ? ', and "*" is literal with credentials' : ''}).`,
  } },
  'preflight-headers': { spec: `${FETCH}#cors-preflight-fetch`, words: {
    pass: () => 'Every non-safelisted header is allowed by Access-Control-Allow-Headers.',
    fail: (p) => `The header ${p.name} is not in Access-Control-Allow-Headers${p.credentials === 'yes' ? ' ("*" is literal with credentials)' : ''}.`,
  } },
  'preflight-cache-store': { spec: `${FETCH}#concept-cache-create-entry`, words: {
    info: (p) => `${p.browser ?? 'Chromium'} remembers this preflight answer for ${p.seconds} s.${p.browsers ? ` ${p.browsers}` : ''}`,
    skip: (p) => `The preflight answer is not cached: ${p.why}.${p.browsers ? ` ${p.browsers}` : ''}`,
  } },
  'actual-send': { spec: `${FETCH}#http-network-or-cache-fetch`, words: {
    info: (p) => `The browser sends ${p.method} ${shortUrl(p.url)}${p.origin ? ` with Origin: ${p.origin}` : ''}, ${COOKIE_WORDS[p.cookie as CookieReason] ?? (p.credentials === 'yes' ? 'with credentials' : 'without cookies')}.`,
  } },
  'cors-check': { spec: `${FETCH}#concept-cors-check`, words: {
    pass: (p) => `The ${p.status} answer allows this origin to read it.`,
    fail: (p) => `The ${p.status} answer fails the CORS check: ${p.why}`,
  } },
  'redirect-mode': { spec: `${FETCH}#http-fetch`, words: {
    info: () => 'redirect: "manual": the browser stops at the redirect and gives script an opaque-redirect response.',
    fail: () => 'redirect: "error": a redirect makes the fetch fail.',
  } },
  'redirect-location': { spec: `${FETCH}#http-redirect-fetch`, words: {
    fail: (p) => p.why ?? 'The redirect cannot be followed.',
  } },
  'redirect-follow': { spec: `${FETCH}#http-redirect-fetch`, words: {
    info: (p) => `The browser follows the ${p.status} redirect to ${shortUrl(p.url)}${p.method ? `, now as ${p.method} without a body` : ''}${p.tainted === 'yes' ? `; the redirect crossed origins, so from now on Origin is "null"${p.preflightOrigin === 'page' ? ' (a preflight still carries the page\'s origin)' : ''}` : ''}.`,
  } },
  'exposed-headers': { spec: `${FETCH}#cors-safelisted-response-header-name`, words: {
    info: (p) => `Script can read these response headers: ${p.names || '(none)'}.`,
  } },
  'response': { spec: `${FETCH}#concept-main-fetch`, words: {
    pass: (p) => `fetch() resolves with a ${p.type} response, status ${p.status}.`,
    info: (p) => `fetch() resolves with an ${p.type} response: script sees status 0 and nothing else.`,
    fail: (p) => `fetch() rejects with TypeError: ${p.message ?? 'Failed to fetch'}. The real reason is only in the console.`.replace('.. ', '. '),
  } },
};


export function step(id: string, outcome: StepOutcome, p: Params = {}, header?: string, value?: string): Step {
  const entry = STEPS[id];
  const words = entry?.words[outcome];
  const s: Step = { id, outcome, sentence: words ? words(p) : id, spec: entry?.spec ?? FETCH };
  if (header !== undefined) s.header = header;
  if (value !== undefined) s.value = value;
  return s;
}

/** One sentence per CorsError, for the "why" of a failed check. */
export function explainCorsError(error: CorsErrorName, x: string): string {
  const base = error.replace(/^Preflight(?=[A-Z])(?!.*Response$)/, '');
  switch (base) {
    case 'WildcardOriginNotAllowed': return 'Access-Control-Allow-Origin is "*", which is not enough when the request carries credentials.';
    case 'MissingAllowOriginHeader': return 'there is no Access-Control-Allow-Origin header.';
    case 'MultipleAllowOriginValues': return `Access-Control-Allow-Origin holds several values ("${x}"); it must hold exactly one.`;
    case 'InvalidAllowOriginValue': return `Access-Control-Allow-Origin is "${x}", which is not an origin.`;
    case 'AllowOriginMismatch': return `Access-Control-Allow-Origin is "${x}", a different origin.`;
    case 'InvalidAllowCredentials': return `with credentials, Access-Control-Allow-Credentials must be exactly "true" (it is "${x}").`;
    case 'InvalidStatus': return 'its status is not 200–299.';
    case 'DisallowedRedirect': return 'it is a redirect.';
    // Local Network Access: refused before the request leaves (x: the space the API is in).
    case 'LocalNetworkAccessPermissionDenied': return `a public page may reach the ${x} address space only with the user's permission, which was denied.`;
    case 'InvalidLocalNetworkAccess': return 'fetch() named a targetAddressSpace the API is not in.';
    case 'InsecureLocalNetwork': return `a page that is not a secure context may not reach the ${x} address space at all.`;
    default: return error;
  }
}
