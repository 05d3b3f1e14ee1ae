// Request modes and page origins: no-cors, same-origin, the sandboxed null
// origin and the other roles (chromium-cors.md §1.6, §4.3, §7.2).
import type { ScenarioCase } from './types.ts';
import { acao, fails, networkError, ok, opaque, policyCase, raw, rawCase, text, typeError } from './helpers.ts';

const noCors: ScenarioCase[] = [
  policyCase('no-cors-get-opaque', 'no-cors without any CORS header resolves with an opaque response.', { mode: 'no-cors' }, { allowOrigin: { type: 'none' } }, opaque()),
  policyCase('no-cors-get-allowed-still-opaque', 'no-cors stays opaque even when the server allows the origin.', { mode: 'no-cors' }, {}, opaque()),
  policyCase('no-cors-post-opaque', 'A no-cors POST is sent and its answer is opaque.', { mode: 'no-cors', method: 'POST', body: text() }, { allowOrigin: { type: 'none' } }, opaque()),
  policyCase('no-cors-put-throws', 'no-cors allows only GET, HEAD and POST.', { mode: 'no-cors', method: 'PUT' }, {}, typeError()),
  policyCase('no-cors-json-type-dropped', 'no-cors drops Content-Type: application/json silently; no preflight.', { mode: 'no-cors', method: 'POST', body: text('{}'), headers: [['Content-Type', 'application/json']] }, { allowOrigin: { type: 'none' } }, opaque()),
  policyCase('no-cors-custom-header-dropped', 'no-cors drops custom headers silently; no preflight.', { mode: 'no-cors', headers: [['X-Custom', '1']] }, { allowOrigin: { type: 'none' } }, opaque()),
  policyCase('no-cors-range-dropped', 'no-cors drops Range.', { mode: 'no-cors', headers: [['Range', 'bytes=0-']] }, { allowOrigin: { type: 'none' } }, opaque()),
  policyCase('no-cors-redirect-manual', 'no-cors with redirect "manual" is a network error before anything is sent.', { mode: 'no-cors', redirect: 'manual' }, {}, networkError()),
  policyCase('no-cors-redirect-error', 'no-cors with redirect "error" is a network error.', { mode: 'no-cors', redirect: 'error' }, {}, networkError()),
  policyCase('no-cors-same-origin-basic', 'no-cors to the page\'s own origin gives a normal response.', { mode: 'no-cors', from: 'same-origin' }, { allowOrigin: { type: 'none' } }, ok()),
  policyCase('no-cors-follows-redirect', 'no-cors follows a cross-origin redirect and stays opaque.', { mode: 'no-cors' }, { allowOrigin: { type: 'none' }, redirect: { status: 302, to: 'other-origin', path: '/next' } }, opaque()),
];

const sameOrigin: ScenarioCase[] = [
  policyCase('same-origin-mode-cross-origin', 'mode "same-origin" to another origin fails before sending.', { mode: 'same-origin' }, {}, networkError()),
  policyCase('same-origin-mode-own-origin', 'mode "same-origin" to the page\'s own origin works.', { mode: 'same-origin', from: 'same-origin' }, { allowOrigin: { type: 'none' } }, ok()),
  policyCase('same-origin-role-put-custom', 'Same-origin requests never preflight, even PUT with a custom header.', { from: 'same-origin', method: 'PUT', headers: [['X-Custom', '1']] }, { allowOrigin: { type: 'none' } }, ok()),
  policyCase('same-origin-role-credentials', 'Same-origin requests with credentials need no CORS headers.', { from: 'same-origin', credentials: 'include' }, { allowOrigin: { type: 'none' } }, ok()),
  policyCase('same-origin-role-error-status', 'A same-origin 500 without CORS headers is readable.', { from: 'same-origin' }, { allowOrigin: { type: 'none' }, actualStatus: 500 }, ok()),
  policyCase('only-if-cached-cors', 'cache "only-if-cached" outside same-origin mode throws.', { cache: 'only-if-cached' }, {}, typeError()),
  policyCase('same-origin-mode-redirect-cross', 'mode "same-origin" redirected to another origin fails (observed: "Unsafe attempt to load URL").', { mode: 'same-origin', from: 'same-origin' }, { allowOrigin: { type: 'any' }, redirect: { status: 302, to: 'other-origin', path: '/next' } }, networkError()),
];

const roles: ScenarioCase[] = [
  policyCase('null-origin-list-null', 'A sandboxed page (Origin: null) is allowed by ACAO: null.', { from: 'null' }, { allowOrigin: { type: 'list', origins: ['null'] } }, ok()),
  policyCase('null-origin-star', 'A sandboxed page is allowed by ACAO: *.', { from: 'null' }, { allowOrigin: { type: 'any' } }, ok()),
  policyCase('null-origin-not-listed', 'A sandboxed page is not in a list of real origins: no ACAO.', { from: 'null' }, {}, fails('MissingAllowOriginHeader', '', false)),
  policyCase('null-origin-reflected', 'Reflecting the origin echoes "null", which passes.', { from: 'null' }, { allowOrigin: { type: 'reflect' } }, ok()),
  policyCase('null-origin-credentials', 'With credentials a null origin needs ACAO null and ACAC true.', { from: 'null', credentials: 'include' }, { allowOrigin: { type: 'list', origins: ['null'] }, allowCredentials: true }, ok()),
  policyCase('null-origin-star-credentials', 'With credentials * is refused for a null origin too.', { from: 'null', credentials: 'include' }, { allowOrigin: { type: 'any' } }, fails('WildcardOriginNotAllowed', '', false)),
  rawCase('null-origin-upper-null', 'ACAO NULL (upper case) is an invalid value for a null origin (observed).', { from: 'null' }, raw(204), raw(200, acao('NULL')), fails('InvalidAllowOriginValue', 'NULL', false)),
  policyCase('null-origin-preflight', 'A sandboxed page\'s PUT is preflighted with Origin: null.', { from: 'null', method: 'PUT' }, { allowOrigin: { type: 'list', origins: ['null'] }, allowMethods: { type: 'list', values: ['PUT'] } }, ok(true)),
  policyCase('sibling-not-listed', 'A sibling subdomain not in the list gets no ACAO.', { from: 'sibling' }, {}, fails('MissingAllowOriginHeader', '', false)),
  policyCase('admin-listed', 'The admin front end in the list is allowed.', { from: 'admin' }, { allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] } }, ok()),
  policyCase('cross-site-reflected', 'A reflecting server lets an attacker\'s site read the answer.', { from: 'cross-site' }, { allowOrigin: { type: 'reflect' } }, ok()),
  policyCase('cross-site-star', 'ACAO * lets any site read a public answer.', { from: 'cross-site' }, { allowOrigin: { type: 'any' } }, ok()),
  policyCase('sibling-pattern-any-subdomain', 'A pattern for every subdomain of the site also lets the sibling in.', { from: 'sibling' }, { allowOrigin: { type: 'pattern', pattern: '^http://[a-z0-9-]+\\.{site}(:\\d+)?$' } }, ok()),
  policyCase('sibling-pattern-anchored', 'An anchored pattern for the app refuses the sibling.', { from: 'sibling' }, { allowOrigin: { type: 'pattern', pattern: '^http://app\\.{site}(:\\d+)?$' } }, fails('MissingAllowOriginHeader', '', false)),
  policyCase('app-pattern-anchored', 'An anchored pattern for the app allows the app.', {}, { allowOrigin: { type: 'pattern', pattern: '^http://app\\.{site}(:\\d+)?$' } }, ok()),
  policyCase('app-pattern-literal-i', 'A /…/i literal, as written in cors({ origin }), matches the app in either case.', {}, { allowOrigin: { type: 'pattern', pattern: '/^HTTP:\\/\\/APP\\.{site}(:\\d+)?$/i' } }, ok()),
  policyCase('sibling-pattern-literal', 'A /…/ literal anchored on the app refuses the sibling.', { from: 'sibling' }, { allowOrigin: { type: 'pattern', pattern: '/^http:\\/\\/app\\.{site}(:\\d+)?$/' } }, fails('MissingAllowOriginHeader', '', false)),
];

export const MODE_CASES: ScenarioCase[] = [...noCors, ...sameOrigin, ...roles];
