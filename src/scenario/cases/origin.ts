// The Access-Control-Allow-Origin value itself on a simple request: missing,
// mismatched, invalid, multiple, trimmed (chromium-cors.md §2.1, §7.6, §7.7).
import type { ScenarioCase } from './types.ts';
import { acao, fails, ok, policyCase, raw, rawCase } from './helpers.ts';

const simple = (id: string, title: string, value: string | null, expect: ReturnType<typeof ok>) =>
  rawCase(id, title, {}, raw(204), value === null ? raw(200) : raw(200, acao(value)), expect);

export const ORIGIN_CASES: ScenarioCase[] = [
  policyCase('acao-missing-default', 'The classic: the API sends no ACAO at all.', {}, { allowOrigin: { type: 'none' } }, fails('MissingAllowOriginHeader', '', false)),
  simple('acao-missing-raw', 'Raw answer without ACAO.', null, fails('MissingAllowOriginHeader', '', false)),
  simple('acao-exact', 'ACAO equal to the origin passes.', '{app}', ok()),
  simple('acao-star', 'ACAO * passes without credentials.', '*', ok()),
  simple('acao-other-origin', 'ACAO naming another origin of the site.', '{admin}', fails('AllowOriginMismatch', '{admin}', false)),
  simple('acao-api-origin', 'ACAO naming the API\'s own origin.', '{api}', fails('AllowOriginMismatch', '{api}', false)),
  simple('acao-trailing-slash', 'A trailing slash makes it a different string.', '{app}/', fails('AllowOriginMismatch', '{app}/', false)),
  simple('acao-with-path', 'An origin with a path is not the origin.', '{app}/api', fails('AllowOriginMismatch', '{app}/api', false)),
  simple('acao-null-for-real-origin', 'ACAO "null" does not match a real origin.', 'null', fails('AllowOriginMismatch', 'null', false)),
  simple('acao-empty', 'An empty ACAO is an invalid value (observed).', '', fails('InvalidAllowOriginValue', '', false)),
  simple('acao-upper-null-for-real-origin', 'ACAO "NULL" is not a URL: invalid value.', 'NULL', fails('InvalidAllowOriginValue', 'NULL', false)),
  simple('acao-subdomain-wildcard', '"*.{site}" is never valid.', '*.{site}', fails('InvalidAllowOriginValue', '*.{site}', false)),
  simple('acao-host-only', 'A host name without scheme is not a URL.', 'app.{site}', fails('InvalidAllowOriginValue', 'app.{site}', false)),
  simple('acao-word', 'A word is not a URL.', 'foo', fails('InvalidAllowOriginValue', 'foo', false)),
  simple('acao-two-in-one-line', 'Two origins in one line are multiple values.', '{app}, {admin}', fails('MultipleAllowOriginValues', '{app}, {admin}', false)),
  simple('acao-two-space-separated', 'Space-separated origins are multiple values.', '{app} {admin}', fails('MultipleAllowOriginValues', '{app} {admin}', false)),
  simple('acao-star-and-origin', '"*, origin" is multiple values even with a star.', '*, {app}', fails('MultipleAllowOriginValues', '*, {app}', false)),
  rawCase('acao-two-lines-same', 'The same origin sent twice joins to two values.', {}, raw(204), raw(200, acao('{app}'), acao('{app}')), fails('MultipleAllowOriginValues', '{app}, {app}', false)),
  policyCase('acao-proxy-star-twice', 'A proxy and the app both sending * gives "*, *".', {}, { allowOrigin: { type: 'any' }, proxyHeaders: [acao('*')] }, fails('MultipleAllowOriginValues', '*, *', false)),
  policyCase('acao-proxy-and-app', 'A proxy adding its own ACAO next to the app\'s.', {}, { proxyHeaders: [acao('{admin}')] }, fails('MultipleAllowOriginValues', '{app}, {admin}', false)),
  simple('acao-surrounding-spaces', 'Spaces around the value are trimmed by the HTTP parser.', '  {app}  ', ok()),
  simple('acao-star-with-spaces', 'Spaces around * are trimmed.', ' * ', ok()),
  simple('acao-leading-tab', 'A leading tab is trimmed.', '\t{app}', ok()),
  policyCase('acao-list-other-role', 'A list of origins answers a sibling with no ACAO.', { from: 'sibling' }, { allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] } }, fails('MissingAllowOriginHeader', '', false)),
  policyCase('acao-reflect-any', 'Reflection passes for any origin.', { from: 'sibling' }, { allowOrigin: { type: 'reflect' } }, ok()),
  policyCase('acao-list-with-null-for-app', 'A list that allows null and the app serves the app.', {}, { allowOrigin: { type: 'list', origins: ['null', '{app}'] } }, ok()),
  policyCase('acao-fixed-other-origin', 'A fixed origin (a string option) is sent to every caller: the app gets admin\'s.', {}, { allowOrigin: { type: 'fixed', origin: '{admin}' } }, fails('AllowOriginMismatch', '{admin}', false)),
  policyCase('acao-fixed-production-origin', 'A fixed production origin answers a local page with a value not equal to its origin.', {}, { allowOrigin: { type: 'fixed', origin: 'https://app.example.com' } }, fails('AllowOriginMismatch', 'https://app.example.com', false)),
  policyCase('acao-fixed-caller', 'A fixed origin naming the caller passes.', {}, { allowOrigin: { type: 'fixed', origin: '{app}' } }, ok()),
  policyCase('acao-fixed-preflight', 'A fixed origin fails the preflight of another caller.', { from: 'admin', method: 'PUT' }, { allowOrigin: { type: 'fixed', origin: '{app}' }, allowMethods: { type: 'list', values: ['PUT'] } }, fails('PreflightAllowOriginMismatch', '{app}', true)),
  rawCase('acao-raw-reflect', 'Raw {origin} echoes the request\'s Origin.', {}, raw(204), raw(200, acao('{origin}')), ok()),
  rawCase('acao-on-error-status', 'A 404 with ACAO passes: script sees the 404.', {}, raw(204), raw(404, acao('{app}')), ok()),
  rawCase('acao-missing-on-500', 'A 500 without ACAO is a CORS error, not a status.', {}, raw(204), raw(500), fails('MissingAllowOriginHeader', '', false)),
];
