// The server's side of HTTP caching (policy.httpCache): the validators and
// freshness it sends on a 200, and whether a conditional request gets a 304
// Not Modified instead (RFC 9110 §13.1, §15.4.5). Raw mode never answers 304:
// it always sends its lines as written.
import { getJoined } from '../scenario/http-syntax.ts';
import type { HeaderList, HttpCachePolicy } from '../scenario/types.ts';

/** The one entity tag every cacheable answer carries: the answer never changes for one URL. */
export const ETAG = '"v1"';
/** A fixed Last-Modified, long past, so a revalidation's If-Modified-Since always matches it. */
export const LAST_MODIFIED = 'Wed, 01 Jan 2025 00:00:00 GMT';

/** The caching lines a 200 carries (and, per RFC 9110 §15.4.5, the 304 too). */
export function cachingHeaders(c: HttpCachePolicy): HeaderList {
  const lines: HeaderList = [];
  if (c.cacheControl.trim() !== '') lines.push(['Cache-Control', c.cacheControl]);
  if (c.etag) lines.push(['ETag', ETAG]);
  if (c.lastModified) lines.push(['Last-Modified', LAST_MODIFIED]);
  return lines;
}

/** "W/"v1"" and ""v1"" compare equal: If-None-Match uses the weak comparison (RFC 9110 §13.1.2). */
const opaqueTag = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * Whether this request's preconditions say the client already holds the
 * current answer: If-None-Match against the ETag (it wins when present),
 * else If-Modified-Since against Last-Modified.
 */
export function notModified(c: HttpCachePolicy, requestHeaders: HeaderList): boolean {
  const ifNoneMatch = getJoined(requestHeaders, 'if-none-match');
  if (ifNoneMatch !== null) {
    if (!c.etag) return false;
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => opaqueTag(t) === ETAG);
  }
  const since = getJoined(requestHeaders, 'if-modified-since');
  if (since === null || !c.lastModified) return false;
  const time = Date.parse(since);
  return !Number.isNaN(time) && time >= Date.parse(LAST_MODIFIED);
}
