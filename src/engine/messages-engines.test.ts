// Each engine's console lines for each kind of CORS failure. The expected
// lines are the ones Firefox ESR 153.8 and WebKitGTK 2.50.6 printed here for
// the same answers (copied from their consoles, with this test's URL put in);
// Chromium's come from chromium-cors.md.
import { describe, expect, it } from 'vitest';
import type { RawResponse, Scenario } from '../scenario/types.ts';
import { acac, acah, acam, acao, raw, rawScenario, type RequestPatch } from '../scenario/cases/helpers.ts';
import { predictScenario, requestUrlFor, resolved } from './test-support.ts';
import type { BrowserEngine } from './types.ts';

const FF = 'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at';
const APP = resolved('{app}');

function lines(engine: BrowserEngine, req: RequestPatch, preflight: RawResponse, actual: RawResponse): { console: string[]; url: string } {
  const scenario: Scenario = rawScenario(req, preflight, actual);
  const p = predictScenario(scenario, { engine });
  expect(p.consoleMessage).toBe(p.console[0] ?? null);
  return { console: p.console, url: requestUrlFor(scenario) };
}

const PUT = { method: 'PUT' };
const NONE = raw(204);

describe('Firefox: one line per failure, the preflight\'s followed by the request\'s', () => {
  it.each([
    ['no ACAO', {}, NONE, raw(200), (u: string) => [`${FF} ${u}. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 200.`]],
    ['no ACAO on a 404', {}, NONE, raw(404), (u: string) => [`${FF} ${u}. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 404.`]],
    ['another origin', {}, NONE, raw(200, acao('http://other.example')), (u: string) => [`${FF} ${u}. (Reason: CORS header ‘Access-Control-Allow-Origin’ does not match ‘http://other.example’).`]],
    ['two ACAO lines', {}, NONE, raw(200, acao('{app}'), acao('http://b.example')), (u: string) => [`${FF} ${u}. (Reason: Multiple CORS header ‘Access-Control-Allow-Origin’ not allowed).`]],
    ['"nope nope"', {}, NONE, raw(200, acao('nope nope')), (u: string) => [`${FF} ${u}. (Reason: CORS header ‘Access-Control-Allow-Origin’ does not match ‘nope nope’).`]],
    ['* with credentials', { credentials: 'include' }, NONE, raw(200, acao('*')), (u: string) => [`${FF} ‘${u}’. (Reason: Credential is not supported if the CORS header ‘Access-Control-Allow-Origin’ is ‘*’).`]],
    ['no ACAC', { credentials: 'include' }, NONE, raw(200, acao('{app}')), (u: string) => [`${FF} ${u}. (Reason: expected ‘true’ in CORS header ‘Access-Control-Allow-Credentials’).`]],
    ['preflight 500', PUT, raw(500, acao('{app}'), acam('PUT')), raw(200, acao('{app}')), (u: string) => [`${FF} ${u}. (Reason: CORS preflight response did not succeed). Status code: 500.`, `${FF} ${u}. (Reason: CORS request did not succeed). Status code: (null).`]],
    ['preflight without ACAO', PUT, raw(204), raw(200, acao('{app}')), (u: string) => [`${FF} ${u}. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 204.`, `${FF} ${u}. (Reason: CORS request did not succeed). Status code: (null).`]],
    ['preflight redirected', PUT, raw(307, acao('{app}'), ['Location', '/elsewhere']), raw(200, acao('{app}')), (u: string) => [`${FF} ${u}. (Reason: CORS request external redirect not allowed).`, `${FF} ${u}. (Reason: CORS preflight response did not succeed). Status code: 307.`, `${FF} ${u}. (Reason: CORS request did not succeed). Status code: (null).`]],
    ['preflight redirected, without ACAO', PUT, raw(308, ['Location', '/elsewhere']), raw(200, acao('{app}')), (u: string) => [`${FF} ${u}. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 308.`, `${FF} ${u}. (Reason: CORS request did not succeed). Status code: (null).`, `${FF} ${u}. (Reason: CORS request did not succeed). Status code: (null).`]],
    ['a redirect without ACAO', {}, NONE, raw(302, ['Location', '/elsewhere']), (u: string) => [`${FF} ${u}. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 302.`, `${FF} ${u}. (Reason: CORS request did not succeed). Status code: (null).`]],
    ['method refused', PUT, raw(204, acao('{app}'), acam('GET')), raw(200, acao('{app}')), (u: string) => [`${FF} ${u}. (Reason: Did not find method in CORS header ‘Access-Control-Allow-Methods’).`, `${FF} ${u}. (Reason: CORS request did not succeed). Status code: (null).`]],
    ['header refused', { headers: [['X-A', '1']] }, raw(204, acao('{app}')), raw(200, acao('{app}')), (u: string) => [`${FF} ${u}. (Reason: header ‘x-a’ is not allowed according to header ‘Access-Control-Allow-Headers’ from CORS preflight response).`, `${FF} ${u}. (Reason: CORS request did not succeed). Status code: (null).`]],
    ['bad method token', PUT, raw(204, acao('{app}'), acam('PUT, GE T')), raw(200, acao('{app}')), (u: string) => [`${FF} ${u}. (Reason: invalid token ‘GE T’ in CORS header ‘Access-Control-Allow-Methods’).`, `${FF} ${u}. (Reason: CORS request did not succeed). Status code: (null).`]],
    ['bad header token', { headers: [['X-A', '1']] }, raw(204, acao('{app}'), acah('x-a, b c')), raw(200, acao('{app}')), (u: string) => [`${FF} ${u}. (Reason: invalid token ‘b c’ in CORS header ‘Access-Control-Allow-Headers’).`, `${FF} ${u}. (Reason: CORS request did not succeed). Status code: (null).`]],
    ['a redirect without ACAO, redirect "manual"', { redirect: 'manual' }, NONE, raw(302, ['Location', '/elsewhere']), (u: string) => [`${FF} ${u}. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 302.`]],
    ['keepalive, header refused', { method: 'POST', keepalive: true, headers: [['X-A', '1']] }, raw(204, acao('{app}')), raw(200, acao('{app}')), () => []],
    ['an EventSource without ACAO', { via: 'eventsource' }, NONE, raw(200), (u: string) => [`${FF} ${u}. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 200.`, `Firefox can’t establish a connection to the server at ${u}.`]],
    ['credentials in a redirect', {}, NONE, raw(302, acao('{app}'), ['Location', resolved('http://u:p@{api-host}/x')]), (u: string) => [`${FF} ${u}. (Reason: CORS request did not succeed). Status code: (null).`]],
  ] as const)('%s', (_name, req, preflight, actual, want) => {
    const { console, url } = lines('gecko', req as RequestPatch, preflight, actual);
    expect(console).toEqual(want(url));
  });
});

describe('Safari: the reason, then "Fetch API cannot load … due to access control checks."', () => {
  const cannot = (u: string) => `Fetch API cannot load ${u} due to access control checks.`;
  it.each([
    ['no ACAO', {}, NONE, raw(200), `Origin ${APP} is not allowed by Access-Control-Allow-Origin. Status code: 200`],
    ['another origin', {}, NONE, raw(200, acao('http://other.example')), `Origin ${APP} is not allowed by Access-Control-Allow-Origin. Status code: 200`],
    ['two ACAO lines', {}, NONE, raw(200, acao('{app}'), acao('http://b.example')), 'Access-Control-Allow-Origin cannot contain more than one origin.'],
    ['"nope nope"', {}, NONE, raw(200, acao('nope nope')), `Origin ${APP} is not allowed by Access-Control-Allow-Origin. Status code: 200`],
    ['* with credentials', { credentials: 'include' }, NONE, raw(200, acao('*')), 'Cannot use wildcard in Access-Control-Allow-Origin when credentials flag is true.'],
    ['ACAC TRUE', { credentials: 'include' }, NONE, raw(200, acao('{app}'), acac('TRUE')), 'Credentials flag is true, but Access-Control-Allow-Credentials is not "true".'],
    ['preflight 500', PUT, raw(500, acao('{app}'), acam('PUT')), raw(200, acao('{app}')), 'Preflight response is not successful. Status code: 500'],
    ['preflight redirected', PUT, raw(307, acao('{app}'), ['Location', '/elsewhere']), raw(200, acao('{app}')), 'Preflight response is not successful. Status code: 307'],
    ['preflight without ACAO', PUT, raw(204), raw(200, acao('{app}')), `Origin ${APP} is not allowed by Access-Control-Allow-Origin. Status code: 204`],
    ['method refused', PUT, raw(204, acao('{app}'), acam('GET')), raw(200, acao('{app}')), 'Method PUT is not allowed by Access-Control-Allow-Methods.'],
    ['header refused', { headers: [['X-A', '1']] }, raw(204, acao('{app}')), raw(200, acao('{app}')), 'Request header field X-A is not allowed by Access-Control-Allow-Headers.'],
    ['bad method token', PUT, raw(204, acao('{app}'), acam('PUT, GE T')), raw(200, acao('{app}')), 'Header Access-Control-Allow-Methods has an invalid value: PUT, GE T'],
    ['bad header token', { headers: [['X-A', '1']] }, raw(204, acao('{app}'), acah('x-a, b c')), raw(200, acao('{app}')), 'Header Access-Control-Allow-Headers has an invalid value: x-a, b c'],
  ] as const)('%s', (_name, req, preflight, actual, first) => {
    const { console, url } = lines('webkit', req as RequestPatch, preflight, actual);
    expect(console).toEqual([first, cannot(url)]);
  });

  it('names the URL without its user name and password where a redirect carries them', () => {
    // The playground's server puts its own /r/<session>/<config> segment into the Location.
    const { console, url } = lines('webkit', {}, NONE, raw(302, acao('{app}'), ['Location', resolved('http://u:p@{api-host}/x')]));
    expect(console[0]).toMatch(/^Cross-origin redirection to http:\/\/api\.playground\.localhost:8787\/r\/\S+\/x denied by Cross-Origin Resource Sharing policy: redirection URL http:\/\/u:p@api\.playground\.localhost:8787\/r\/\S+\/x has credentials$/);
    expect(console.slice(1)).toEqual([cannot(url)]);
  });
});

describe('Safari, redirects and modes (observed in WebKitGTK 2.50)', () => {
  const cannot = (u: string) => `Fetch API cannot load ${u} due to access control checks.`;

  it('a redirect that fails the CORS check names where it led', () => {
    const { console, url } = lines('webkit', {}, NONE, raw(302, ['Location', '/elsewhere']));
    expect(console[0]).toMatch(/^Cross-origin redirection to http:\/\/api\.playground\.localhost:8787\/r\/\S+\/elsewhere denied by Cross-Origin Resource Sharing policy: Origin http:\/\/app\.playground\.localhost:5173 is not allowed by Access-Control-Allow-Origin\. Status code: 302$/);
    expect(console.slice(1)).toEqual([cannot(url)]);
  });

  it('no-cors with redirect "manual" says why in two more lines', () => {
    const { console, url } = lines('webkit', { mode: 'no-cors', redirect: 'manual' }, NONE, raw(200));
    expect(console).toEqual(['No-Cors mode requires follow redirect mode', 'Not allowed to request resource', cannot(url)]);
  });
});

describe('what fetch() rejects with', () => {
  it.each([['chromium', 'Failed to fetch'], ['gecko', 'NetworkError when attempting to fetch resource.'], ['webkit', 'Load failed']] as const)('%s', (engine, message) => {
    const p = predictScenario(rawScenario({}, NONE, raw(200)), { engine });
    expect(p.js).toEqual({ kind: 'error', name: 'TypeError', message });
  });
});
