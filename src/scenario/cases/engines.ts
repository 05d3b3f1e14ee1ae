// Cases where the browser engines differ: Chromium's expectation as for every
// case, and `engines` saying what Firefox (Gecko) and Safari (WebKit) did
// instead, as observed in Firefox ESR 153.8 and WebKitGTK 2.50.6 on the
// playground's server. Each shows one row of src/engine/engine-differences.ts.
import type { CaseExpectation, EngineExpectation, OtherEngine, ScenarioCase } from './types.ts';
import type { CacheMode, HeaderList, Policy } from '../types.ts';
import type { CookieSameSite } from '../victim.ts';
import { acam, acah, acao, acma, ok, policyScenario, raw, rawScenario, type RequestPatch } from './helpers.ts';

type Engines = Partial<Record<OtherEngine, EngineExpectation>>;
const both = (e: EngineExpectation): Engines => ({ gecko: e, webkit: e });
const withEngines = (expect: CaseExpectation, engines: Engines): CaseExpectation => ({ ...expect, engines });

function policyCase(id: string, title: string, req: RequestPatch, policy: Partial<Policy>, expect: CaseExpectation, login?: CookieSameSite): ScenarioCase {
  return { id, title, ...(login ? { login } : {}), steps: [{ scenario: policyScenario(req, policy), expect }] };
}

/** Steps in one browser context against one server side: [request, Chromium's expectation, the others' differences]. */
type Step = [RequestPatch, CaseExpectation, Engines?];
function sequence(id: string, title: string, policy: Partial<Policy>, steps: Step[]): ScenarioCase {
  return { id, title, steps: steps.map(([req, expect, engines]) => ({ scenario: policyScenario(req, policy), expect: engines ? withEngines(expect, engines) : expect })) };
}

// Safelisted headers: Chromium safelists its client hints and drops a scripted User-Agent; the others preflight both.
const hintAllowed = (id: string, name: string, value: string, allowed: Policy['allowHeaders']): ScenarioCase =>
  policyCase(id, `${name}: ${value} is safelisted in Chromium only: Firefox and Safari preflight it, and the policy allows it.`,
    { headers: [[name, value]] }, { allowHeaders: allowed }, withEngines(ok(false), both({ preflight: true })));

const SAFELIST: ScenarioCase[] = [
  policyCase('engines-user-agent-allowed', 'A User-Agent set from script: Chromium drops it; Firefox and Safari send it after a preflight the policy allows.',
    { headers: [['User-Agent', 'cors-playground/1']] }, { allowHeaders: { type: 'list', values: ['User-Agent'] } }, withEngines(ok(false), both({ preflight: true }))),
  policyCase('engines-user-agent-any', 'A scripted User-Agent under Access-Control-Allow-Headers: *: preflighted by Firefox and Safari only.',
    { headers: [['User-Agent', 'cors-playground/1']] }, { allowHeaders: { type: 'any' } }, withEngines(ok(false), both({ preflight: true }))),
  hintAllowed('engines-client-hint-dpr-allowed', 'DPR', '2', { type: 'list', values: ['DPR'] }),
  hintAllowed('engines-client-hint-save-data-allowed', 'Save-Data', 'on', { type: 'any' }),
  hintAllowed('engines-client-hint-width-allowed', 'Width', '100', { type: 'list', values: ['Width'] }),
  hintAllowed('engines-client-hint-ect-allowed', 'ECT', '4g', { type: 'list', values: ['ECT'] }),
  policyCase('engines-client-hint-with-put', 'A PUT with DPR: Chromium asks only for the method; Firefox and Safari also ask for dpr, which the policy refuses.',
    { method: 'PUT', headers: [['DPR', '2']] }, { allowMethods: { type: 'list', values: ['PUT'] } },
    withEngines(ok(true), both({ verdict: 'cors-error', preflight: true }))),
];

// The preflight cache: which cache modes use it, what an entry covers, how Max-Age reads.
const PUT: RequestPatch = { method: 'PUT' };
const allowPut60: Partial<Policy> = { allowMethods: { type: 'list', values: ['PUT'] }, maxAge: 60 };
const mode = (cache: CacheMode): RequestPatch => ({ ...PUT, cache });
const xa: HeaderList = [['X-A', '1']];
const xb: HeaderList = [['X-B', '1']];

function maxAgeCase(id: string, value: string): ScenarioCase {
  const scenario = rawScenario(PUT, raw(204, acao('{app}'), acam('PUT'), acma(value)), raw(200, acao('{app}')));
  return {
    id, title: `Max-Age "${value}" is no whole number: Chromium and Safari keep the answer 5 s, Firefox does not cache it.`,
    steps: [{ scenario, expect: ok(true) }, { scenario, expect: withEngines(ok(false), { gecko: { preflight: true } }) }],
  };
}

const CACHE: ScenarioCase[] = [
  sequence('engines-cache-head-relisted', 'Firefox\'s cache covers only GET and POST unlisted: a second HEAD with a custom header is preflighted again.',
    { allowMethods: { type: 'list', values: ['PUT'] }, allowHeaders: { type: 'list', values: ['X-A'] }, maxAge: 60 },
    [[{ method: 'HEAD', headers: xa }, ok(true)], [{ method: 'HEAD', headers: xa }, ok(false), { gecko: { preflight: true } }]]),
  sequence('engines-cache-star-headers', 'A cached Access-Control-Allow-Headers: * covers another header in Chromium and Safari; for Firefox it is a literal "*".',
    { allowHeaders: { type: 'any' }, maxAge: 60 }, [[{ headers: xa }, ok(true)], [{ headers: xb }, ok(false), { gecko: { preflight: true } }]]),
  sequence('engines-cache-headers-accumulate', 'Firefox adds each answer to the entry; Chromium and Safari replace it, so the first header is asked for again.',
    { allowHeaders: { type: 'mirror' }, maxAge: 60 }, [[{ headers: xa }, ok(true)], [{ headers: xb }, ok(true)], [{ headers: xa }, ok(true), { gecko: { preflight: false } }]]),
  sequence('engines-cache-no-store-twice', 'Two PUTs with cache "no-store": Safari\'s preflight cache ignores the mode and answers the second.',
    allowPut60, [[mode('no-store'), ok(true)], [mode('no-store'), ok(true), { webkit: { preflight: false } }]]),
  sequence('engines-cache-reload-twice', 'Two PUTs with cache "reload": only Safari uses the cached preflight.',
    allowPut60, [[mode('reload'), ok(true)], [mode('reload'), ok(true), { webkit: { preflight: false } }]]),
  sequence('engines-cache-no-cache-twice', 'Two PUTs with cache "no-cache": Chromium asks again; Firefox and Safari use the cached preflight.',
    allowPut60, [[mode('no-cache'), ok(true)], [mode('no-cache'), ok(true), both({ preflight: false })]]),
  sequence('engines-cache-credentials-downgrade-header', 'A credentialed entry for X-A serves a later uncredentialed request in Chromium and Safari, not in Firefox.',
    { allowHeaders: { type: 'list', values: ['X-A'] }, allowCredentials: true, maxAge: 60 },
    [[{ headers: xa, credentials: 'include' }, ok(true)], [{ headers: xa }, ok(false), { gecko: { preflight: true } }]]),
  maxAgeCase('engines-max-age-exponent', '1e3'),
  maxAgeCase('engines-max-age-hex', '0x3c'),
  maxAgeCase('engines-max-age-unit', '60s'),
];

// A PUT or a custom header redirected to the second API: Chromium and Safari preflight there with Origin "null";
// Firefox's preflight keeps the page's origin, so a preflight answer naming the app passes there only.
const REDIRECT: ScenarioCase[] = [
  { id: 'engines-redirect-preflight-page-origin', title: 'PUT redirected to the second API: Firefox\'s second preflight says the page\'s origin, which the fixed answer allows.',
    steps: [{ scenario: rawScenario(PUT, raw(204, acao('{app}'), acam('PUT')), raw(307, acao('*'), ['Location', '{api2}/next'])),
      expect: withEngines({ verdict: 'cors-error', corsError: 'PreflightAllowOriginMismatch', failedParameter: '{app}', preflight: true }, { gecko: { verdict: 'ok' } }) }] },
  { id: 'engines-redirect-header-page-origin', title: 'A custom header redirected to the second API: only Firefox\'s preflight there still carries the page\'s origin.',
    steps: [{ scenario: rawScenario({ headers: xa }, raw(204, acao('{app}'), acah('X-A')), raw(308, acao('*'), ['Location', '{api2}/next'])),
      expect: withEngines({ verdict: 'cors-error', corsError: 'PreflightAllowOriginMismatch', failedParameter: '{app}', preflight: true }, { gecko: { verdict: 'ok' } }) }] },
];

// The login cookie: Safari stores no Secure cookie over http://…localhost, nor (by default) one from another *.localhost host.
const reflectCredentials: Partial<Policy> = { allowOrigin: { type: 'reflect' }, allowCredentials: true };
const COOKIES: ScenarioCase[] = [
  policyCase('engines-cookie-none-app', 'The SameSite=None; Secure cookie from the app: Safari never stored it over http, so it does not go.',
    { credentials: 'include' }, reflectCredentials, withEngines({ ...ok(false), cookie: ['sent'] }, { webkit: { cookie: ['not-sent'] } }), 'None'),
  policyCase('engines-cookie-none-preflighted', 'A credentialed PUT with the SameSite=None cookie: sent by Chromium and Firefox, absent in Safari.',
    { credentials: 'include', method: 'PUT' }, { ...reflectCredentials, allowMethods: { type: 'list', values: ['PUT'] } },
    withEngines({ ...ok(true), cookie: ['sent'] }, { webkit: { cookie: ['not-sent'] } }), 'None'),
  policyCase('engines-cookie-lax-null-preflighted', 'A sandboxed page\'s credentialed PUT: no browser sends the SameSite=Lax cookie (cross-site for Chromium and Firefox; never stored by Safari).',
    { from: 'null', credentials: 'include', method: 'PUT' }, { ...reflectCredentials, allowMethods: { type: 'list', values: ['PUT'] } },
    withEngines({ ...ok(true), cookie: ['not-sent'] }, {}), 'Lax'),
];

export const ENGINE_CASES: ScenarioCase[] = [...SAFELIST, ...CACHE, ...REDIRECT, ...COOKIES];
