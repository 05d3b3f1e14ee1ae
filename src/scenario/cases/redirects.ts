// Redirects of the actual request: each hop is CORS-checked, a hop across
// origins taints the origin to "null", methods change on 301/302/303, and a
// preflight is repeated when the new URL needs one (chromium-cors.md §2.4).
import type { Policy, RedirectStatus } from '../types.ts';
import type { ScenarioCase } from './types.ts';
import { acac, acam, acao, fails, networkError, ok, opaque, policyCase, raw, rawCase, text } from './helpers.ts';

const to = (status: RedirectStatus, where: 'same-origin' | 'other-origin'): Pick<Policy, 'redirect'> => ({ redirect: { status, to: where, path: '/next' } });
const location = (url: string): [string, string] => ['Location', url];

const hops: ScenarioCase[] = [
  ...([301, 302, 303, 307, 308] as const).map((status) =>
    policyCase(`redirect-same-origin-${status}`, `A ${status} to the same API origin keeps the origin and passes.`, {}, to(status, 'same-origin'), ok())),
  policyCase('redirect-other-origin-tainted', 'A hop to the second API taints the origin to "null", which the list does not allow.', {}, to(302, 'other-origin'), fails('MissingAllowOriginHeader', '', false)),
  policyCase('redirect-other-origin-star', 'ACAO * passes after a tainting redirect.', {}, { allowOrigin: { type: 'any' }, ...to(302, 'other-origin') }, ok()),
  policyCase('redirect-other-origin-null-listed', 'Listing "null" lets the tainted request through.', {}, { allowOrigin: { type: 'list', origins: ['{app}', 'null'] }, ...to(302, 'other-origin') }, ok()),
  policyCase('redirect-other-origin-reflect', 'A reflecting server echoes "null" after the taint.', {}, { allowOrigin: { type: 'reflect' }, ...to(307, 'other-origin') }, ok()),
  policyCase('redirect-other-origin-credentials', 'With credentials a tainted request needs ACAO null and ACAC true.', { credentials: 'include' }, { allowOrigin: { type: 'list', origins: ['{app}', 'null'] }, allowCredentials: true, ...to(302, 'other-origin') }, ok()),
  policyCase('redirect-other-origin-credentials-star', 'With credentials * fails on the first hop already.', { credentials: 'include' }, { allowOrigin: { type: 'any' }, allowCredentials: true, ...to(302, 'other-origin') }, fails('WildcardOriginNotAllowed', '', false)),
  policyCase('redirect-hop-without-cors', 'The 3xx itself needs ACAO: without it the redirect is not followed.', {}, { allowOrigin: { type: 'none' }, ...to(302, 'same-origin') }, fails('MissingAllowOriginHeader', '', false)),
  rawCase('redirect-raw-hop-no-acao', 'A raw 302 without ACAO fails before the redirect.', {}, raw(204), raw(302, location('{api}/next')), fails('MissingAllowOriginHeader', '', false)),
  rawCase('redirect-raw-same-origin-reflect', 'A raw redirect within the API with {origin} passes.', {}, raw(204), raw(302, acao('{origin}'), location('{api}/next')), ok()),
  rawCase('redirect-raw-other-origin-reflect', 'A raw redirect to the second API: the echo becomes "null" and passes.', {}, raw(204), raw(302, acao('{origin}'), location('{api2}/next')), ok()),
  rawCase('redirect-raw-other-origin-fixed', 'A raw redirect to the second API with a fixed ACAO: the tainted "null" mismatches.', {}, raw(204), raw(302, acao('{app}'), location('{api2}/next')), fails('AllowOriginMismatch', '{app}', false)),
  rawCase('redirect-raw-other-origin-credentials', 'A credentialed raw redirect chain with {origin} and ACAC passes.', { credentials: 'include' }, raw(204), raw(302, acao('{origin}'), acac('true'), location('{api2}/next')), ok()),
  rawCase('redirect-raw-relative-location', 'A path-only Location stays on the API.', {}, raw(204), raw(301, acao('{app}'), location('/next')), ok()),
  rawCase('redirect-userinfo-other-origin', 'A redirect to a URL with user:pass is refused before it is followed.', {}, raw(204), raw(302, acao('*'), location('http://user:pass@{api2-host}/next')), fails('RedirectContainsCredentials', '', false)),
  rawCase('redirect-userinfo-same-api', 'User-info is refused even on the same API origin: the request is cross-origin from the page.', {}, raw(204), raw(302, acao('*'), location('http://user:pass@{api-host}/next')), fails('RedirectContainsCredentials', '', false)),
  rawCase('redirect-userinfo-username-only', 'A user name alone is user-info too.', {}, raw(204), raw(302, acao('*'), location('http://user@{api2-host}/next')), fails('RedirectContainsCredentials', '', false)),
  rawCase('redirect-userinfo-empty', 'An empty user-info ("http://@host") is no credentials: the redirect is followed.', {}, raw(204), raw(302, acao('*'), location('http://@{api2-host}/next')), ok()),
  rawCase('redirect-raw-star', 'A raw redirect to the second API with ACAO * passes.', {}, raw(204), raw(307, acao('*'), location('{api2}/next')), ok()),
];

const modes: ScenarioCase[] = [
  policyCase('redirect-manual-no-acao', 'redirect "manual" on a 3xx without ACAO is a CORS error (observed).', { redirect: 'manual' }, { allowOrigin: { type: 'none' }, ...to(302, 'same-origin') }, fails('MissingAllowOriginHeader', '', false)),
  policyCase('redirect-manual-with-acao', 'redirect "manual" on an allowed 3xx gives an opaque-redirect response.', { redirect: 'manual' }, to(302, 'same-origin'), opaque()),
  policyCase('redirect-error-mode', 'redirect "error" makes any redirect a network error.', { redirect: 'error' }, to(302, 'same-origin'), networkError()),
  policyCase('redirect-manual-same-origin-role', 'A same-origin page with redirect "manual" gets an opaque redirect.', { from: 'same-origin', redirect: 'manual' }, { allowOrigin: { type: 'none' }, ...to(302, 'same-origin') }, opaque()),
];

const methods: ScenarioCase[] = [
  policyCase('redirect-303-put-becomes-get', 'A PUT answered 303 is preflighted, then continues as GET.', { method: 'PUT', body: text() }, { allowMethods: { type: 'list', values: ['PUT'] }, ...to(303, 'same-origin') }, ok(true)),
  policyCase('redirect-301-post-json-becomes-get', 'A JSON POST answered 301 becomes a GET without the body headers.', { method: 'POST', body: text('{}'), headers: [['Content-Type', 'application/json']] }, { allowHeaders: { type: 'list', values: ['Content-Type'] }, ...to(301, 'same-origin') }, ok(true)),
  policyCase('redirect-307-put-preflights-again', 'A PUT answered 307 is preflighted again at the new URL.', { method: 'PUT' }, { allowMethods: { type: 'list', values: ['PUT'] }, ...to(307, 'same-origin') }, ok(true)),
  policyCase('redirect-307-put-other-origin-tainted', 'A PUT redirected to the second API is preflighted with Origin "null", which the list refuses.', { method: 'PUT' }, { allowMethods: { type: 'list', values: ['PUT'] }, ...to(307, 'other-origin') }, fails('PreflightMissingAllowOriginHeader', '', true)),
  policyCase('redirect-307-put-other-origin-star', 'With ACAO * the second preflight after the taint passes.', { method: 'PUT' }, { allowOrigin: { type: 'any' }, allowMethods: { type: 'list', values: ['PUT'] }, ...to(307, 'other-origin') }, ok(true)),
  policyCase('redirect-308-custom-header-other-origin', 'A custom header redirected 308 to the second API with ACAO * and ACAH *.', { headers: [['X-Custom', '1']] }, { allowOrigin: { type: 'any' }, allowHeaders: { type: 'any' }, ...to(308, 'other-origin') }, ok(true)),
];

const sameOriginStart: ScenarioCase[] = [
  policyCase('redirect-from-same-origin-to-api', 'A same-origin request redirected to the API becomes a CORS request with the page origin.', { from: 'same-origin' }, to(302, 'other-origin'), ok()),
  policyCase('redirect-from-same-origin-no-acao', 'A same-origin request redirected to an API without ACAO fails.', { from: 'same-origin' }, { allowOrigin: { type: 'none' }, ...to(302, 'other-origin') }, fails('MissingAllowOriginHeader', '', false)),
  policyCase('redirect-from-same-origin-needs-preflight', 'A custom header redirected from same-origin to the API is preflighted there.', { from: 'same-origin', headers: [['X-Custom', '1']] }, { allowHeaders: { type: 'list', values: ['X-Custom'] }, ...to(307, 'other-origin') }, ok(true)),
  policyCase('redirect-from-same-origin-preflight-refused', 'The preflight after the redirect refuses the custom header.', { from: 'same-origin', headers: [['X-Custom', '1']] }, to(307, 'other-origin'), fails('HeaderDisallowedByPreflightResponse', 'x-custom', true)),
  rawCase('redirect-raw-acam-after-redirect', 'A PUT redirected within the API: both preflights get the raw preflight lines.', { method: 'PUT' }, raw(204, acao('{app}'), acam('PUT')), raw(307, acao('{app}'), location('{api}/next')), ok(true)),
];

export const REDIRECT_CASES: ScenarioCase[] = [...hops, ...modes, ...methods, ...sameOriginStart];
