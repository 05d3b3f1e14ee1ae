// The HTTP cache for actual responses, as sequences in one browser context
// (observed in Chromium 156 here): a stored 200 reused without asking the
// server, a 304 revalidation whose answer carries no CORS headers (the CORS
// check then reads the stored ones), Vary: Origin, the cache's partition by
// the frame's site, and every cache mode. max-age is long so nothing expires
// between steps; every step of a case has the same server side, so the same URL.
import type { HttpCachePolicy, Policy } from '../types.ts';
import type { CaseExpectation, ScenarioCase } from './types.ts';
import { fails, headerRefused, networkError, ok, policyScenario, type RequestPatch } from './helpers.ts';

type Step = [RequestPatch, CaseExpectation];

const cacheable = (c: Partial<HttpCachePolicy>): HttpCachePolicy => ({ cacheControl: '', etag: false, lastModified: false, notModifiedCors: false, ...c });
const MAX_AGE = cacheable({ cacheControl: 'max-age=600' });
const NO_CACHE_ETAG = cacheable({ cacheControl: 'no-cache', etag: true });
const APP_AND_ADMIN = { type: 'list' as const, origins: ['{app}', '{admin}'] };

function sequence(id: string, title: string, policy: Partial<Policy>, steps: Step[]): ScenarioCase {
  return { id: `http-cache-${id}`, title, steps: steps.map(([req, expect]) => ({ scenario: policyScenario(req, policy), expect })) };
}

const ADMIN: RequestPatch = { from: 'admin' };
/** The admin front end handed the app's stored Access-Control-Allow-Origin. */
const appsAnswer = fails('AllowOriginMismatch', '{app}', false);

export const HTTP_CACHE_CASES: ScenarioCase[] = [
  sequence('stored-200-reused', 'Cache-Control: max-age=600: the second GET is served from the HTTP cache and its stored ACAO passes.', { httpCache: MAX_AGE }, [[{}, ok()], [{}, ok()]]),
  sequence('no-store-not-reused', 'Cache-Control: no-store: nothing is kept, each GET reaches the server.', { httpCache: cacheable({ cacheControl: 'no-store', etag: true }) }, [[{}, ok()], [{}, ok()]]),
  sequence('304-without-cors-passes', 'no-cache + ETag: the second GET is revalidated; the 304 has no CORS headers, and the stored ACAO passes.', { httpCache: NO_CACHE_ETAG }, [[{}, ok()], [{}, ok()]]),
  sequence('last-modified-304', 'no-cache + Last-Modified: revalidated with If-Modified-Since, 304 without CORS headers, passes.', { httpCache: cacheable({ cacheControl: 'no-cache', lastModified: true }) }, [[{}, ok()], [{}, ok()]]),
  sequence('other-origin-no-vary', 'Without Vary: Origin the admin front end is served the app\'s stored answer: ACAO names the app.', { allowOrigin: APP_AND_ADMIN, varyOrigin: false, httpCache: MAX_AGE },
    [[{}, ok()], [ADMIN, appsAnswer]]),
  sequence('other-origin-vary', 'With Vary: Origin the admin front end\'s request goes to the server and gets its own ACAO.', { allowOrigin: APP_AND_ADMIN, httpCache: MAX_AGE },
    [[{}, ok()], [ADMIN, ok()]]),
  sequence('304-other-origin-fails', 'Vary: Origin, no-cache + ETag: the admin\'s request is revalidated, the 304 has no CORS headers, so the stored ACAO (the app) is checked and fails.', { allowOrigin: APP_AND_ADMIN, httpCache: NO_CACHE_ETAG },
    [[{}, ok()], [ADMIN, appsAnswer]]),
  sequence('304-with-cors-passes', 'A 304 that carries the CORS headers replaces the stored ACAO: the admin\'s revalidated answer passes.', { allowOrigin: { type: 'reflect' }, varyOrigin: false, httpCache: { ...NO_CACHE_ETAG, notModifiedCors: true } },
    [[{}, ok()], [ADMIN, ok()]]),
  sequence('failed-not-stored', 'An answer that fails the CORS check is not kept: the app\'s request afterwards reaches the server and passes.', { varyOrigin: false, httpCache: MAX_AGE },
    [[ADMIN, fails('MissingAllowOriginHeader', '', false)], [{}, ok()]]),
  sequence('sibling-shares-the-cache', 'A sibling origin on the same site shares the cache: without Vary it gets the app\'s ACAO.', { allowOrigin: { type: 'list', origins: ['{app}', '{sibling}'] }, varyOrigin: false, httpCache: MAX_AGE },
    [[{}, ok()], [{ from: 'sibling' }, appsAnswer]]),
  sequence('cross-site-partition', 'A page on another site has a cache of its own: its request reaches the server and gets its own ACAO.', { allowOrigin: { type: 'list', origins: ['{app}', '{cross-site}'] }, varyOrigin: false, httpCache: MAX_AGE },
    [[{}, ok()], [{ from: 'cross-site' }, ok()]]),
  sequence('modes', 'Cache modes on a stored answer: no-cache revalidates, reload and no-store go to the server, force-cache and default reuse it.', { httpCache: cacheable({ cacheControl: 'max-age=600', etag: true }) },
    [[{}, ok()], [{ cache: 'no-cache' }, ok()], [{ cache: 'reload' }, ok()], [{ cache: 'no-store' }, ok()], [{ cache: 'force-cache' }, ok()], [{}, ok()]]),
  sequence('force-cache-stale', 'force-cache uses a stored no-cache answer without revalidating it.', { httpCache: NO_CACHE_ETAG }, [[{}, ok()], [{ cache: 'force-cache' }, ok()]]),
  sequence('force-cache-other-origin', 'force-cache still honours Vary: Origin: the admin front end is not given the app\'s stored answer, and passes (observed).', { allowOrigin: APP_AND_ADMIN, httpCache: MAX_AGE },
    [[{}, ok()], [{ ...ADMIN, cache: 'force-cache' }, ok()]]),
  sequence('only-if-cached', 'only-if-cached (same-origin mode, from the API\'s own origin) uses the stored answer.', { httpCache: MAX_AGE },
    [[{ from: 'same-origin' }, ok()], [{ from: 'same-origin', mode: 'same-origin', cache: 'only-if-cached' }, ok()]]),
  sequence('only-if-cached-miss', 'only-if-cached with nothing stored fails without asking the server.', { httpCache: MAX_AGE },
    [[{ from: 'same-origin', mode: 'same-origin', cache: 'only-if-cached' }, networkError()]]),
  sequence('credentials-share-an-entry', 'Chromium keeps one entry whatever the credentials mode: an answer stored without credentials serves a credentialed request.', { allowCredentials: true, httpCache: MAX_AGE },
    [[{}, ok()], [{ credentials: 'include' }, ok()], [{ credentials: 'omit' }, ok()]]),
  sequence('script-if-none-match', 'If-None-Match set by script is not safelisted: a preflight, which refuses it.', { httpCache: cacheable({ etag: true }) },
    [[{ headers: [['If-None-Match', '"v1"']] }, headerRefused('if-none-match')]]),
  sequence('preflight-not-http-cached', 'Cache-Control on the preflight does nothing: with Max-Age 0 every PUT is preflighted again.', { allowMethods: { type: 'list', values: ['PUT'] }, maxAge: 0, proxyHeaders: [['Cache-Control', 'max-age=600']] },
    [[{ method: 'PUT' }, ok(true)], [{ method: 'PUT' }, ok(true)]]),
];
