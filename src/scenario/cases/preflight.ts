// How Chromium reads a preflight answer, in its order: redirect, CORS check,
// status, Allow-Methods parse, Allow-Headers parse, method, headers
// (chromium-cors.md §2.3, §7.5) — and the actual answer after it.
import type { ScenarioCase } from './types.ts';
import { acah, acam, acao, fails, ok, policyCase, raw, rawCase } from './helpers.ts';

const put = { method: 'PUT' };
const allowPut = { allowMethods: { type: 'list' as const, values: ['PUT'] } };
const goodActual = raw(200, acao('{app}'));

export const PREFLIGHT_CASES: ScenarioCase[] = [
  policyCase('preflight-no-acao', 'A preflight answer without ACAO.', put, { allowOrigin: { type: 'none' }, ...allowPut }, fails('PreflightMissingAllowOriginHeader', '', true)),
  policyCase('preflight-status-500', 'A preflight answered 500 with ACAO fails on the status.', put, { ...allowPut, preflightStatus: 500 }, fails('PreflightInvalidStatus', '', true)),
  policyCase('preflight-status-404', 'A preflight answered 404 with ACAO fails on the status.', put, { ...allowPut, preflightStatus: 404 }, fails('PreflightInvalidStatus', '', true)),
  policyCase('preflight-status-401', 'A preflight answered 401 (auth before CORS) fails on the status.', put, { ...allowPut, preflightStatus: 401 }, fails('PreflightInvalidStatus', '', true)),
  policyCase('preflight-status-200', 'A preflight answered 200 passes.', put, { ...allowPut, preflightStatus: 200 }, ok(true)),
  policyCase('preflight-status-299', 'Any 2xx is an ok status for a preflight: 299.', put, { ...allowPut, preflightStatus: 299 }, ok(true)),
  rawCase('preflight-500-no-acao', 'A 500 preflight without ACAO reports the missing header, not the status.', put, raw(500), goodActual, fails('PreflightMissingAllowOriginHeader', '', true)),
  rawCase('preflight-redirect-301', 'A preflight may not redirect (301).', put, raw(301, acao('{app}'), ['Location', '{api}/elsewhere']), goodActual, fails('PreflightDisallowedRedirect', '', true)),
  rawCase('preflight-redirect-302', 'A preflight may not redirect (302).', put, raw(302, acao('{app}'), ['Location', '{api}/elsewhere']), goodActual, fails('PreflightDisallowedRedirect', '', true)),
  rawCase('preflight-redirect-307', 'A preflight may not redirect (307).', put, raw(307, acao('{app}'), ['Location', '{api}/elsewhere']), goodActual, fails('PreflightDisallowedRedirect', '', true)),
  rawCase('preflight-redirect-308-no-acao', 'The redirect is refused before the CORS check even looks at ACAO.', put, raw(308, ['Location', '{api2}/elsewhere']), goodActual, fails('PreflightDisallowedRedirect', '', true)),
  rawCase('preflight-3xx-without-location', 'A 302 without Location is not a redirect: it fails on the status.', put, raw(302, acao('{app}'), acam('PUT')), goodActual, fails('PreflightInvalidStatus', '', true)),
  rawCase('preflight-acao-mismatch', 'The preflight names another origin.', put, raw(204, acao('{admin}'), acam('PUT')), goodActual, fails('PreflightAllowOriginMismatch', '{admin}', true)),
  rawCase('preflight-acao-multiple', 'The preflight lists two origins.', put, raw(204, acao('{app}, {admin}'), acam('PUT')), goodActual, fails('PreflightMultipleAllowOriginValues', '{app}, {admin}', true)),
  rawCase('preflight-acao-empty', 'An empty ACAO on the preflight is an invalid value.', put, raw(204, acao(''), acam('PUT')), goodActual, fails('PreflightInvalidAllowOriginValue', '', true)),
  rawCase('preflight-acao-not-url', 'ACAO "foo" on the preflight is an invalid value.', put, raw(204, acao('foo'), acam('PUT')), goodActual, fails('PreflightInvalidAllowOriginValue', 'foo', true)),
  rawCase('preflight-acam-invalid', 'Allow-Methods "Bad method" is not a token list.', put, raw(204, acao('{app}'), acam('PUT, Bad method')), goodActual, fails('InvalidAllowMethodsPreflightResponse', '', true)),
  rawCase('preflight-acah-invalid', 'Allow-Headers with "x b" is not a token list.', { headers: [['X-A', '1']] }, raw(204, acao('{app}'), acah('x-a, x b')), goodActual, fails('InvalidAllowHeadersPreflightResponse', '', true)),
  rawCase('preflight-acam-empty-elements', 'Empty elements in Allow-Methods are skipped.', put, raw(204, acao('{app}'), acam(', PUT,,')), goodActual, ok(true)),
  rawCase('preflight-acah-odd-list', 'The list ",y-lol,x-PriNT, ,,,Y-PRINT" allows x-print.', { headers: [['X-Print', '1']] }, raw(204, acao('{app}'), acah(',y-lol,x-PriNT, ,,,Y-PRINT')), goodActual, ok(true)),
  rawCase('preflight-acam-two-lines', 'Two Allow-Methods lines are merged as one list.', put, raw(204, acao('{app}'), acam('GET'), acam('PUT')), goodActual, ok(true)),
  rawCase('preflight-acah-two-lines', 'Two Allow-Headers lines are merged as one list.', { headers: [['X-A', '1'], ['X-B', '1']] }, raw(204, acao('{app}'), acah('x-a'), acah('x-b')), goodActual, ok(true)),
  rawCase('preflight-order-status-before-acam', 'A 500 with a broken Allow-Methods fails on the status first.', put, raw(500, acao('{app}'), acam('Bad method')), goodActual, fails('PreflightInvalidStatus', '', true)),
  rawCase('preflight-order-acam-before-acah', 'Both lists broken: Allow-Methods is reported.', { ...put, headers: [['X-A', '1']] }, raw(204, acao('{app}'), acam('a b'), acah('c d')), goodActual, fails('InvalidAllowMethodsPreflightResponse', '', true)),
  rawCase('preflight-order-method-before-header', 'Method and header both missing: the method is reported.', { ...put, headers: [['X-A', '1']] }, raw(204, acao('{app}'), acam('GET')), goodActual, fails('MethodDisallowedByPreflightResponse', 'PUT', true)),
  rawCase('preflight-acao-star-no-credentials', 'ACAO * on both answers without credentials passes.', put, raw(204, acao('*'), acam('PUT')), raw(200, acao('*')), ok(true)),
  rawCase('preflight-ok-actual-no-acao', 'A good preflight does not excuse an actual answer without ACAO.', put, raw(204, acao('{app}'), acam('PUT')), raw(200), fails('MissingAllowOriginHeader', '', true)),
  rawCase('preflight-ok-actual-mismatch', 'A good preflight, then an actual answer naming another origin.', put, raw(204, acao('{app}'), acam('PUT')), raw(200, acao('{admin}')), fails('AllowOriginMismatch', '{admin}', true)),
  policyCase('actual-500-with-cors', 'An actual 500 with CORS headers is readable: fetch resolves.', put, { ...allowPut, actualStatus: 500 }, ok(true)),
  policyCase('actual-404-without-cors', 'Error middleware answering 404 without CORS headers hides the status.', {}, { actualStatus: 404, corsOnErrors: false }, fails('MissingAllowOriginHeader', '', false)),
  policyCase('actual-401-with-cors', 'A 401 with CORS headers reaches script as 401.', {}, { actualStatus: 401 }, ok()),
  policyCase('actual-500-preflighted-without-cors', 'After a passing preflight, a 500 without CORS headers still fails.', put, { ...allowPut, actualStatus: 500, corsOnErrors: false }, fails('MissingAllowOriginHeader', '', true)),
  policyCase('preflight-mirror-all', 'Mirroring the requested method and headers passes any preflight.', { method: 'DELETE', headers: [['X-A', '1']] }, { allowMethods: { type: 'mirror' }, allowHeaders: { type: 'mirror' } }, ok(true)),
  policyCase('preflight-proxy-acao-duplicate', 'A proxy adding ACAO * to the preflight too gives two values.', put, { ...allowPut, proxyHeaders: [acao('*')] }, fails('PreflightMultipleAllowOriginValues', '{app}, *', true)),
  policyCase('preflight-proxy-acam-merged', 'Allow-Methods from a proxy and the app are merged harmlessly.', put, { allowMethods: { type: 'list', values: ['GET'] }, proxyHeaders: [acam('PUT')] }, ok(true)),
];
