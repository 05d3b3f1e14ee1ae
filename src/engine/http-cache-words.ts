// Sentences for the HTTP cache's steps (http-cache-fetch.ts decides; this
// file only words its decisions).
type Params = Record<string, string>;
type Words = Partial<Record<'pass' | 'fail' | 'info' | 'skip', (p: Params) => string>>;

const FETCH = 'https://fetch.spec.whatwg.org/';
const RFC9111 = 'https://httpwg.org/specs/rfc9111.html';

const HIT_WHY: Record<string, string> = {
  fresh: 'it is still fresh (Cache-Control max-age, Expires, or 10% of its age since Last-Modified)',
  'force-cache': 'cache: "force-cache" uses any stored answer, fresh or stale, without asking',
  'only-if-cached': 'cache: "only-if-cached" uses only what is stored',
};
const REVALIDATE_WHY: Record<string, string> = {
  stale: 'the stored answer is stale',
  'no-cache-directive': 'the stored answer says Cache-Control: no-cache (store, but ask before each use)',
  'no-cache-mode': 'cache: "no-cache" always asks the server first',
  vary: 'the stored answer was made for another value of a header its Vary names (e.g. another Origin)',
};
const allowOriginWords = (p: Params) => (p.allowOrigin ? `Access-Control-Allow-Origin: ${p.allowOrigin}` : 'no Access-Control-Allow-Origin');

export const HTTP_CACHE_STEPS: Record<string, { spec: string; words: Words }> = {
  'http-cache-hit': { spec: `${FETCH}#http-network-or-cache-fetch`, words: {
    info: (p) => `Served from the HTTP cache: ${HIT_WHY[p.why ?? ""] ?? p.why}. No request reaches the server; the stored ${p.status} answer carries ${allowOriginWords(p)}.`,
  } },
  'http-cache-revalidate': { spec: `${RFC9111}#validation.model`, words: {
    info: (p) => `The browser revalidates its stored answer (${REVALIDATE_WHY[p.why ?? ""] ?? p.why}): it adds If-None-Match / If-Modified-Since itself, which never needs a preflight.`,
  } },
  'http-cache-not-modified': { spec: `${RFC9111}#freshening.responses`, words: {
    info: (p) => `Revalidated: 304 Not Modified${p.corsInAnswer === 'yes' ? ', with CORS headers that replace the stored ones' : ', without CORS headers'}. The browser merges the 304's headers into the stored answer and uses it as a ${p.status} carrying ${allowOriginWords(p)}.`,
  } },
  'http-cache-stored': { spec: `${RFC9111}#response.cacheability`, words: {
    info: (p) => p.failedCorsIn
      ? `${p.failedCorsIn} keeps this answer in its HTTP cache although it failed the CORS check: the next request for this URL may be handed it, and fail the same way.`
      : 'The browser keeps this answer in its HTTP cache for this URL (and this site).',
  } },
  'http-cache-miss': { spec: `${FETCH}#concept-request-cache-mode`, words: {
    fail: () => 'cache: "only-if-cached" and nothing is stored for this URL: fetch() fails without asking the server.',
  } },
  'http-cache-cors': { spec: `${FETCH}#cors-protocol-and-http-caches`, words: {
    pass: (p) => `The CORS check ran on the ${p.source === 'revalidated' ? 'stored answer as the 304 updated it' : 'stored answer'}, and its headers allow this origin.`,
    fail: (p) => `The CORS check ran on the ${p.source === 'revalidated' ? 'stored answer as the 304 updated it' : 'stored answer'}: its headers were written for an earlier request (another origin, or other credentials), so they do not fit this one. Vary: Origin (and CORS headers on every 304) keep one origin's answer from another.`,
  } },
};
