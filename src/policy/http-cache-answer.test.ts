// The server's cacheable answers: validators on the 200, and a 304 (by default without CORS headers) to a matching condition.
import { describe, expect, it } from 'vitest';
import { respond, type IncomingRequest, type RespondContext } from './respond.ts';
import { validateServerSide } from './validate.ts';
import { parseServerSide } from '../scenario/parse.ts';
import { DEFAULT_POLICY } from '../scenario/defaults.ts';
import type { HttpCachePolicy, Policy, ServerSide } from '../scenario/types.ts';

const APP = 'http://app.t.localhost:5173';
const ctx: RespondContext = { path: '/data', redirected: false, redirectTarget: () => 'unused' };
const cache = (c: Partial<HttpCachePolicy>): HttpCachePolicy => ({ cacheControl: '', etag: false, lastModified: false, notModifiedCors: false, ...c });
const server = (p: Partial<Policy>): ServerSide => ({ type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'reflect' }, ...p } });
const get = (...extra: [string, string][]): IncomingRequest => ({ method: 'GET', url: 'http://api/x', headers: [['Origin', APP], ...extra] });

describe('policy.httpCache', () => {
  it('sends Cache-Control, ETag and Last-Modified on the 200', () => {
    const r = respond(server({ httpCache: cache({ cacheControl: 'max-age=600', etag: true, lastModified: true }) }), get(), ctx);
    expect(r.status).toBe(200);
    expect(r.headers).toEqual(expect.arrayContaining([['Cache-Control', 'max-age=600'], ['ETag', '"v1"'], ['Last-Modified', 'Wed, 01 Jan 2025 00:00:00 GMT']]));
  });
  it('answers a matching If-None-Match with an empty 304 that keeps Vary but not the CORS headers', () => {
    const r = respond(server({ httpCache: cache({ cacheControl: 'no-cache', etag: true }) }), get(['If-None-Match', 'W/"v1"']), ctx);
    expect(r).toEqual({ status: 304, headers: [['X-Content-Type-Options', 'nosniff'], ['Vary', 'Origin'], ['Cache-Control', 'no-cache'], ['ETag', '"v1"']], body: '' });
  });
  it('keeps the CORS headers on the 304 when notModifiedCors is set', () => {
    const r = respond(server({ httpCache: cache({ etag: true, notModifiedCors: true }) }), get(['If-None-Match', '"v1"']), ctx);
    expect(r.status).toBe(304);
    expect(r.headers).toContainEqual(['Access-Control-Allow-Origin', APP]);
  });
  it('answers 200 to a tag that does not match, and If-Modified-Since only without If-None-Match', () => {
    const c = cache({ etag: true, lastModified: true });
    expect(respond(server({ httpCache: c }), get(['If-None-Match', '"v0"']), ctx).status).toBe(200);
    expect(respond(server({ httpCache: c }), get(['If-Modified-Since', 'Wed, 01 Jan 2025 00:00:00 GMT']), ctx).status).toBe(304);
    expect(respond(server({ httpCache: c }), get(['If-Modified-Since', 'Tue, 31 Dec 2024 00:00:00 GMT']), ctx).status).toBe(200);
    expect(respond(server({ httpCache: c }), get(['If-None-Match', '"v0"'], ['If-Modified-Since', 'Wed, 01 Jan 2025 00:00:00 GMT']), ctx).status).toBe(200);
  });
  it('never answers 304 to a preflight, to a non-200 status, or without the policy', () => {
    const preflight: IncomingRequest = { method: 'OPTIONS', url: 'http://api/x', headers: [['Origin', APP], ['Access-Control-Request-Method', 'PUT'], ['If-None-Match', '"v1"']] };
    expect(respond(server({ httpCache: cache({ etag: true }) }), preflight, ctx).status).toBe(204);
    expect(respond(server({ actualStatus: 404, httpCache: cache({ etag: true }) }), get(['If-None-Match', '"v1"']), ctx).status).toBe(404);
    expect(respond(server({}), get(['If-None-Match', '"v1"']), ctx).status).toBe(200);
  });
  it('is read from a link with defaults, and refuses a Cache-Control value with a line break at its field', () => {
    const parsed = parseServerSide({ type: 'policy', policy: { httpCache: { etag: true } } });
    expect(parsed.ok && parsed.value.type === 'policy' && parsed.value.policy.httpCache).toEqual(cache({ etag: true }));
    expect(parseServerSide({ type: 'policy', policy: { httpCache: { etag: 'yes' } } })).toEqual({ ok: false, error: 'server.policy.httpCache.etag: expected true or false' });
    expect(validateServerSide(server({ httpCache: cache({ cacheControl: 'max-age=1\r\nSet-Cookie: x=1' }) }))[0]?.path).toBe('policy.httpCache.cacheControl');
  });
  it('lets raw mode send ETag, Last-Modified, Expires and Age', () => {
    const raw: ServerSide = { type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 200, headers: [['ETag', '"a"'], ['Last-Modified', 'x'], ['Expires', '0'], ['Age', '5']] } };
    expect(validateServerSide(raw)).toEqual([]);
  });
});
