// Preflight-cache sequences in one browser context, no waiting between steps.
// Every step of a case uses the same server side, so the same URL: the cache
// key is (origin, URL) and the config is part of the URL (chromium-cors.md §3,
// toolchain.md §3d).
import type { Policy, RawResponse } from '../types.ts';
import type { CaseExpectation, ScenarioCase } from './types.ts';
import { acam, acao, acma, methodRefused, ok, policyScenario, raw, rawScenario, type RequestPatch } from './helpers.ts';

type Step = [RequestPatch, CaseExpectation];

function policySequence(id: string, title: string, policy: Partial<Policy>, steps: Step[]): ScenarioCase {
  return { id, title, steps: steps.map(([req, expect]) => ({ scenario: policyScenario(req, policy), expect })) };
}

function rawSequence(id: string, title: string, preflight: RawResponse, steps: Step[]): ScenarioCase {
  return { id, title, steps: steps.map(([req, expect]) => ({ scenario: rawScenario(req, preflight, raw(200, acao('{app}'))), expect })) };
}

const PUT: RequestPatch = { method: 'PUT' };
const DELETE: RequestPatch = { method: 'DELETE' };
const allowPut = { allowMethods: { type: 'list' as const, values: ['PUT'] } };
const twice = (req: RequestPatch, second: boolean): Step[] => [[req, ok(true)], [req, ok(second)]];
/** A raw preflight allowing PUT with this Access-Control-Max-Age value. */
const maxAgeRaw = (...values: string[]) => raw(204, acao('{app}'), acam('PUT'), ...values.map(acma));

export const CACHE_CASES: ScenarioCase[] = [
  policySequence('cache-absent-max-age', 'Without Access-Control-Max-Age the answer is cached for 5 s: the second PUT skips the preflight.', allowPut, twice(PUT, false)),
  policySequence('cache-max-age-60', 'Max-Age 60: the second PUT skips the preflight.', { ...allowPut, maxAge: 60 }, twice(PUT, false)),
  policySequence('cache-max-age-0', 'Max-Age 0: every PUT is preflighted.', { ...allowPut, maxAge: 0 }, twice(PUT, true)),
  policySequence('cache-max-age-negative', 'Max-Age -1 means no caching.', { ...allowPut, maxAge: -1 }, twice(PUT, true)),
  policySequence('cache-max-age-over-cap', 'Max-Age 86400 is capped at 7200 s but still cached.', { ...allowPut, maxAge: 86400 }, twice(PUT, false)),
  rawSequence('cache-max-age-decimal', 'Max-Age "1.5" does not parse, so the 5 s default applies (observed).', maxAgeRaw('1.5'), twice(PUT, false)),
  rawSequence('cache-max-age-spaces', 'Max-Age "  60  " is trimmed to 60 s (observed; a short value could expire before the second Send on a busy machine).', maxAgeRaw('  60  '), twice(PUT, false)),
  rawSequence('cache-max-age-plus', 'Max-Age "+60" is honoured as 60 s (observed).', maxAgeRaw('+60'), twice(PUT, false)),
  rawSequence('cache-max-age-two-lines', 'Two Max-Age lines ("1, 60") fall back to 5 s (observed).', maxAgeRaw('1', '60'), twice(PUT, false)),
  rawSequence('cache-max-age-word', 'Max-Age "abc" falls back to 5 s.', maxAgeRaw('abc'), twice(PUT, false)),
  rawSequence('cache-max-age-zero-raw', 'A raw Max-Age 0 is not cached.', maxAgeRaw('0'), twice(PUT, true)),
  policySequence('cache-no-store-second', 'cache "no-store" skips the cache; a later default request still uses the first entry.', { ...allowPut, maxAge: 60 },
    [[PUT, ok(true)], [{ ...PUT, cache: 'no-store' }, ok(true)], [PUT, ok(false)]]),
  policySequence('cache-no-store-first', 'A preflight made with cache "no-store" is not stored.', { ...allowPut, maxAge: 60 },
    [[{ ...PUT, cache: 'no-store' }, ok(true)], [PUT, ok(true)], [PUT, ok(false)]]),
  policySequence('cache-no-cache', 'cache "no-cache" does not consult the preflight cache.', { ...allowPut, maxAge: 60 }, [[PUT, ok(true)], [{ ...PUT, cache: 'no-cache' }, ok(true)]]),
  policySequence('cache-reload', 'cache "reload" does not consult the preflight cache.', { ...allowPut, maxAge: 60 }, [[PUT, ok(true)], [{ ...PUT, cache: 'reload' }, ok(true)]]),
  policySequence('cache-force-cache', 'cache "force-cache" still uses the preflight cache.', { ...allowPut, maxAge: 60 }, [[PUT, ok(true)], [{ ...PUT, cache: 'force-cache' }, ok(false)]]),
  policySequence('cache-replaced-by-new-preflight', 'Chromium keeps one entry per URL: DELETE replaces the PUT entry, so PUT is preflighted again.', { allowMethods: { type: 'mirror' }, maxAge: 60 },
    [[PUT, ok(true)], [DELETE, ok(true)], [PUT, ok(true)], [PUT, ok(false)]]),
  policySequence('cache-list-covers-both', 'One answer allowing PUT and DELETE covers both.', { allowMethods: { type: 'list', values: ['PUT', 'DELETE'] }, maxAge: 60 }, [[PUT, ok(true)], [DELETE, ok(false)]]),
  policySequence('cache-star-covers-other-method', 'A cached * covers another method without credentials.', { allowMethods: { type: 'any' }, maxAge: 60 }, [[PUT, ok(true)], [DELETE, ok(false)]]),
  policySequence('cache-hit-and-fail-header', 'A cached answer without the new header is erased and the browser asks again.', { allowMethods: { type: 'mirror' }, allowHeaders: { type: 'mirror' }, maxAge: 60 },
    [[PUT, ok(true)], [{ ...PUT, headers: [['X-A', '1']] }, ok(true)], [{ ...PUT, headers: [['X-A', '1']] }, ok(false)]]),
  policySequence('cache-hit-and-fail-refused', 'After a hit-and-fail the new preflight can refuse the request.', { ...allowPut, maxAge: 60 },
    [[PUT, ok(true)], [DELETE, methodRefused('DELETE')], [PUT, ok(true)]]),
  policySequence('cache-credentials-upgrade', 'An entry made without credentials does not serve a credentialed request.', { ...allowPut, allowCredentials: true, maxAge: 60 },
    [[PUT, ok(true)], [{ ...PUT, credentials: 'include' }, ok(true)], [{ ...PUT, credentials: 'include' }, ok(false)]]),
  policySequence('cache-credentials-downgrade', 'A credentialed entry also serves a request without credentials.', { ...allowPut, allowCredentials: true, maxAge: 60 },
    [[{ ...PUT, credentials: 'include' }, ok(true)], [PUT, ok(false)]]),
  policySequence('cache-per-url', 'Another path is another URL: another preflight.', { ...allowPut, maxAge: 60 }, [[PUT, ok(true)], [{ ...PUT, path: '/other' }, ok(true)], [{ ...PUT, path: '/other' }, ok(false)]]),
  policySequence('cache-failed-not-stored', 'A refused preflight is not cached.', { maxAge: 60 }, [[PUT, methodRefused('PUT')], [PUT, methodRefused('PUT')]]),
  policySequence('cache-simple-never-preflights', 'Simple requests never preflight, cache or not.', { maxAge: 60 }, [[{}, ok()], [{}, ok()]]),
  policySequence('cache-header-case', 'The cached header list matches names case-insensitively.', { allowHeaders: { type: 'list', values: ['X-A'] }, maxAge: 60 },
    [[{ headers: [['X-A', '1']] }, ok(true)], [{ headers: [['x-a', '2']] }, ok(false)]]),
];
