// credentials: "include" and the wildcards that stop being wildcards
// (chromium-cors.md §1.7, §2.1 step 4, §2.3, §7.8). From app/sibling
// cookies really flow (same site).
import type { ScenarioCase } from './types.ts';
import { acac, acao, fails, ok, policyCase, raw, rawCase, text } from './helpers.ts';

const inc = { credentials: 'include' as const };
const allowCreds = { allowCredentials: true };

export const CREDENTIAL_CASES: ScenarioCase[] = [
  policyCase('creds-star-refused', 'ACAO * with credentials "include" is refused.', inc, { allowOrigin: { type: 'any' } }, fails('WildcardOriginNotAllowed', '', false)),
  policyCase('creds-star-refused-even-with-acac', 'ACAO * is refused with credentials even when ACAC is true.', inc, { allowOrigin: { type: 'any' }, ...allowCreds }, fails('WildcardOriginNotAllowed', '', false)),
  policyCase('creds-no-acac', 'With credentials the answer needs Access-Control-Allow-Credentials.', inc, {}, fails('InvalidAllowCredentials', '', false)),
  policyCase('creds-listed-with-acac', 'The named origin plus ACAC true passes with credentials.', inc, allowCreds, ok()),
  policyCase('creds-omit-star', 'ACAO * is fine with credentials "omit".', { credentials: 'omit' }, { allowOrigin: { type: 'any' } }, ok()),
  policyCase('creds-same-origin-star', 'ACAO * is fine with the default credentials "same-origin".', {}, { allowOrigin: { type: 'any' } }, ok()),
  policyCase('creds-same-origin-ignores-acac', 'Without "include" a missing ACAC does not matter.', {}, {}, ok()),
  rawCase('creds-acac-capital', 'ACAC "True" is not "true".', inc, raw(204), raw(200, acao('{app}'), acac('True')), fails('InvalidAllowCredentials', 'True', false)),
  rawCase('creds-acac-upper', 'ACAC "TRUE" is not "true".', inc, raw(204), raw(200, acao('{app}'), acac('TRUE')), fails('InvalidAllowCredentials', 'TRUE', false)),
  rawCase('creds-acac-one', 'ACAC "1" is not "true".', inc, raw(204), raw(200, acao('{app}'), acac('1')), fails('InvalidAllowCredentials', '1', false)),
  rawCase('creds-acac-false', 'ACAC "false" fails.', inc, raw(204), raw(200, acao('{app}'), acac('false')), fails('InvalidAllowCredentials', 'false', false)),
  policyCase('creds-acac-twice', 'Two ACAC lines join to "true, true", which fails.', inc, { ...allowCreds, proxyHeaders: [acac('true')] }, fails('InvalidAllowCredentials', 'true, true', false)),
  policyCase('creds-preflight-star', 'A credentialed PUT: ACAO * on the preflight is refused.', { ...inc, method: 'PUT' }, { allowOrigin: { type: 'any' }, allowMethods: { type: 'list', values: ['PUT'] } }, fails('PreflightWildcardOriginNotAllowed', '', true)),
  policyCase('creds-preflight-no-acac', 'A credentialed PUT: the preflight needs ACAC true too.', { ...inc, method: 'PUT' }, { allowMethods: { type: 'list', values: ['PUT'] } }, fails('PreflightInvalidAllowCredentials', '', true)),
  policyCase('creds-put-allowed', 'A credentialed PUT with origin, ACAC and method allowed passes.', { ...inc, method: 'PUT' }, { ...allowCreds, allowMethods: { type: 'list', values: ['PUT'] } }, ok(true)),
  policyCase('creds-methods-star-literal', 'With credentials "*" in Allow-Methods is a method named "*".', { ...inc, method: 'PUT' }, { ...allowCreds, allowMethods: { type: 'any' } }, fails('MethodDisallowedByPreflightResponse', 'PUT', true)),
  policyCase('creds-headers-star-literal', 'With credentials "*" in Allow-Headers is a header named "*".', { ...inc, headers: [['X-Custom', '1']] }, { ...allowCreds, allowHeaders: { type: 'any' } }, fails('HeaderDisallowedByPreflightResponse', 'x-custom', true)),
  policyCase('creds-headers-star-json', 'With credentials ACAH * does not cover Content-Type: application/json.', { ...inc, method: 'POST', body: text('{}'), headers: [['Content-Type', 'application/json']] }, { ...allowCreds, allowHeaders: { type: 'any' } }, fails('HeaderDisallowedByPreflightResponse', 'content-type', true)),
  policyCase('creds-authorization-star-literal', 'With credentials ACAH * does not cover Authorization.', { ...inc, headers: [['Authorization', 'Bearer t']] }, { ...allowCreds, allowHeaders: { type: 'any' } }, fails('HeaderDisallowedByPreflightResponse', 'authorization', true)),
  policyCase('creds-mirror-everything', 'Mirroring methods and headers with credentials passes.', { ...inc, method: 'PATCH', headers: [['X-Custom', '1']] }, { ...allowCreds, allowMethods: { type: 'mirror' }, allowHeaders: { type: 'mirror' } }, ok(true)),
  policyCase('creds-reflect-sibling', 'Reflecting with credentials lets a sibling subdomain read with cookies.', { ...inc, from: 'sibling' }, { allowOrigin: { type: 'reflect' }, ...allowCreds }, ok()),
  policyCase('creds-reflect-cross-site', 'Reflecting with credentials passes the CORS check for any site.', { ...inc, from: 'cross-site' }, { allowOrigin: { type: 'reflect' }, ...allowCreds }, ok()),
  rawCase('creds-preflight-ok-actual-no-acac', 'The preflight allows credentials but the actual answer lacks ACAC.', { ...inc, method: 'PUT' }, raw(204, acao('{app}'), acac('true'), ['Access-Control-Allow-Methods', 'PUT']), raw(200, acao('{app}')), fails('InvalidAllowCredentials', '', true)),
  policyCase('creds-error-without-cors', 'A credentialed request answered 500 by error middleware without CORS headers.', inc, { ...allowCreds, actualStatus: 500, corsOnErrors: false }, fails('MissingAllowOriginHeader', '', false)),
  policyCase('creds-admin-listed', 'The admin origin with credentials, listed, passes.', { ...inc, from: 'admin' }, { allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] }, ...allowCreds }, ok()),
];
