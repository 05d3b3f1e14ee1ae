// The actual request through the HTTP cache: a fresh stored answer is used
// without asking the server, a stale one with validators is revalidated (a
// 304 keeps it, its headers merged in), otherwise the server answers and the
// answer may be stored. Below CORS, as in Chromium: the caller's CORS check
// runs on whatever comes back, a stored answer included.
import type { HeaderList } from '../scenario/types.ts';
import type { OutgoingResponse } from './types.ts';
import { credentialsInclude, type FetchContext, type RequestState } from './context.ts';
import { siteOf } from './cookies.ts';
import { step } from './explain.ts';
import { mergeNotModified, planFetch, replaceEntry, store, storable, type CacheKey, type StoredResponse } from './http-cache.ts';

/** Where the answer came from: the server, the cache as stored, or the cache after a 304. */
export type HttpCacheSource = 'network' | 'cache' | 'revalidated';

export type CacheFetch =
  | { kind: 'answer'; response: OutgoingResponse; source: HttpCacheSource; commit: (corsPassed: boolean) => void }
  | { kind: 'only-if-cached-miss' };

const responsesOf = (ctx: FetchContext): readonly StoredResponse[] => ctx.cache.http ?? [];
function setResponses(ctx: FetchContext, http: StoredResponse[]): void {
  ctx.cache = { ...ctx.cache, http };
}

const shown = (e: StoredResponse) => ({ status: String(e.status), allowOrigin: e.headers.find(([n]) => n.toLowerCase() === 'access-control-allow-origin')?.[1] ?? '' });

/**
 * @param headers the request's lines as the browser sends them (before the cache adds its own)
 * @param send puts one actual request on the wire (recorded by the caller) and returns the server's answer
 */
export function httpCacheFetch(state: RequestState, ctx: FetchContext, headers: HeaderList, send: (lines: HeaderList) => OutgoingResponse): CacheFetch {
  const site = siteOf(ctx.rules.httpCache.partition === 'top' ? ctx.topOrigin : ctx.pageOrigin);
  // Where the engine keys anonymous and credentialed loads apart, the partition says which it is.
  const anonymous = ctx.rules.httpCache.keyedByCredentials && !credentialsInclude(state);
  const key: CacheKey = {
    partition: site !== null && anonymous ? `${site} (anonymous)` : site, url: state.url.href, method: state.request.method, headers, mode: state.request.cache,
  };
  const plan = planFetch(responsesOf(ctx), key, ctx.now, ctx.rules.httpCache);
  switch (plan.kind) {
    case 'only-if-cached-miss':
      ctx.trace.push(step('http-cache-miss', 'fail'));
      return plan;
    case 'hit':
      ctx.trace.push(step('http-cache-hit', 'info', { why: plan.why, ...shown(plan.entry) }));
      return { kind: 'answer', response: plan.entry, source: 'cache', commit: () => undefined };
    case 'revalidate': {
      ctx.trace.push(step('http-cache-revalidate', 'info', { why: plan.why }));
      const answer = send([...headers, ...plan.extraHeaders]);
      if (answer.status === 304) {
        const merged = mergeNotModified(plan.entry, answer.headers, key, ctx.now);
        ctx.trace.push(step('http-cache-not-modified', 'info', { corsInAnswer: hasCors(answer.headers) ? 'yes' : 'no', ...shown(merged) }));
        setResponses(ctx, replaceEntry(responsesOf(ctx), merged));
        return { kind: 'answer', response: merged, source: 'revalidated', commit: () => undefined };
      }
      return networkAnswer(ctx, key, answer, true);
    }
    case 'network':
      return networkAnswer(ctx, key, send([...headers, ...plan.extraHeaders]), plan.store);
  }
}

const hasCors = (headers: HeaderList) => headers.some(([n]) => n.toLowerCase().startsWith('access-control-'));

/** A server's answer, kept once the CORS check has passed (Chromium drops an answer that fails it before it is
 * complete; Firefox keeps it all the same: engine-differences.ts). */
function networkAnswer(ctx: FetchContext, key: CacheKey, answer: OutgoingResponse, mayStore: boolean): CacheFetch {
  const keep = mayStore && key.partition !== null && storable(key.method, answer.status, answer.headers);
  return {
    kind: 'answer', response: answer, source: 'network',
    commit: (corsPassed) => {
      if (!keep || (!corsPassed && !ctx.rules.httpCache.storesCorsFailures)) return;
      setResponses(ctx, store(responsesOf(ctx), key, answer, ctx.now));
      ctx.trace.push(step('http-cache-stored', 'info', corsPassed ? {} : { failedCorsIn: ctx.rules.browser }));
    },
  };
}
