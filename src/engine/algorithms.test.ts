// Focused checks of single algorithms; expected values come from
// chromium-cors.md and toolchain.md, not from the code.
import { describe, expect, test } from 'vitest';
import { corsUnsafeRequestHeaderNames, isCorsSafelistedRequestHeader, normalizeMethod } from './safelist.ts';
import { corsCheck } from './cors-check.ts';
import { buildPreflightRequest, parseAllowList, parseMaxAge } from './preflight.ts';
import { lookupPreflight, storePreflight, EMPTY_CACHE } from './preflight-cache.ts';
import { readableHeaders } from './exposed.ts';
import { corsConsoleMessage } from './messages.ts';
import { constructRequest } from './request.ts';
import { BASE_REQUEST } from '../scenario/cases/helpers.ts';

const APP = 'http://app.localhost:5173';

describe('safelist', () => {
  test('only the six methods are normalized', () => {
    expect(['patch', 'Patch', 'delete', 'put', 'chicken'].map(normalizeMethod)).toEqual(['patch', 'Patch', 'DELETE', 'PUT', 'chicken']);
  });
  test('header value rules', () => {
    expect(isCorsSafelistedRequestHeader('content-type', 'text/plain;charset=utf-8')).toBe(true);
    expect(isCorsSafelistedRequestHeader('content-type', 'text/plain, x/x')).toBe(false);
    expect(isCorsSafelistedRequestHeader('range', 'bytes=-500')).toBe(false);
    expect(isCorsSafelistedRequestHeader('range', 'bytes=200-')).toBe(true);
    expect(isCorsSafelistedRequestHeader('save-data', 'ON')).toBe(true);
  });
  test('unsafe names are lower-cased, sorted and unique', () => {
    expect(corsUnsafeRequestHeaderNames([['X-B', '1'], ['X-A', '1'], ['Accept', '*/*']])).toEqual(['x-a', 'x-b']);
  });
});

describe('corsCheck', () => {
  const req = { origin: APP, credentialsInclude: false };
  test('missing, mismatch, multiple, invalid', () => {
    expect(corsCheck(req, [])).toEqual({ name: 'MissingAllowOriginHeader', origin: APP });
    expect(corsCheck(req, [['Access-Control-Allow-Origin', 'http://other.localhost:5173']])?.name).toBe('AllowOriginMismatch');
    expect(corsCheck(req, [['Access-Control-Allow-Origin', '*'], ['Access-Control-Allow-Origin', '*']])).toEqual({ name: 'MultipleAllowOriginValues', origin: APP, allowOrigin: '*, *' });
    expect(corsCheck(req, [['Access-Control-Allow-Origin', '']])?.name).toBe('InvalidAllowOriginValue');
  });
  test('credentials need exactly "true"', () => {
    const inc = { origin: APP, credentialsInclude: true };
    expect(corsCheck(inc, [['Access-Control-Allow-Origin', APP]])).toEqual({ name: 'InvalidAllowCredentials', origin: APP, allowCredentials: null });
    expect(corsCheck(inc, [['Access-Control-Allow-Origin', APP], ['Access-Control-Allow-Credentials', 'true']])).toBeNull();
    expect(corsCheck(inc, [['Access-Control-Allow-Origin', '*']])?.name).toBe('WildcardOriginNotAllowed');
  });
});

describe('preflight', () => {
  test('the request as toolchain.md §3b saw it', () => {
    const r = buildPreflightRequest('PUT', 'http://api.localhost:8787/x', APP, ['content-type', 'x-a']);
    expect(r.headers).toEqual([['Accept', '*/*'], ['Access-Control-Request-Method', 'PUT'], ['Access-Control-Request-Headers', 'content-type,x-a'], ['Origin', APP]]);
    expect(r.credentials).toBe(false);
  });
  test('allow lists skip empty elements and refuse non-tokens', () => {
    expect(parseAllowList(',y-lol,x-PriNT, ,,,Y-PRINT')).toEqual({ ok: true, items: ['y-lol', 'x-PriNT', 'Y-PRINT'] });
    expect(parseAllowList('Bad method').ok).toBe(false);
  });
  test('max-age as observed', () => {
    expect([null, '  1  ', '+1', '1.5', '1, 60', '-1', '0', '86400'].map((v) => parseMaxAge(v))).toEqual([5, 1, 1, 5, 5, 0, 0, 7200]);
  });
});

describe('preflight cache', () => {
  const key = { origin: APP, url: 'http://api/x', credentials: true };
  const cache = storePreflight(EMPTY_CACHE, key, { methods: ['PUT'], headers: [], maxAgeSeconds: 5 }, 0);
  const req = { origin: APP, url: 'http://api/x', method: 'PUT', unsafeNames: [], credentialsInclude: false };
  test('a credentialed entry serves an uncredentialed request until it expires', () => {
    expect(lookupPreflight(cache, req, 4999).kind).toBe('hit');
    expect(lookupPreflight(cache, req, 5000).kind).toBe('expired');
  });
  test('an entry that does not cover the request is erased', () => {
    const l = lookupPreflight(cache, { ...req, method: 'DELETE' }, 1);
    expect(l.kind).toBe('hit-and-fail');
    if (l.kind === 'hit-and-fail') expect(l.cache.entries).toEqual([]);
  });
});

describe('exposed headers', () => {
  const headers: [string, string][] = [['Content-Type', 'application/json'], ['X-A', '1'], ['Set-Cookie', 'a=b'], ['Access-Control-Expose-Headers', '*']];
  test('* exposes all but Set-Cookie without credentials, nothing extra with them', () => {
    expect(readableHeaders('cors', headers, '', false).map(([n]) => n)).toEqual(['access-control-expose-headers', 'content-length', 'content-type', 'x-a']);
    expect(readableHeaders('cors', headers, '', true).map(([n]) => n)).toEqual(['content-length', 'content-type']);
  });
  test('a list with a non-token is discarded whole', () => {
    const h: [string, string][] = [['X-A', '1'], ['Access-Control-Expose-Headers', 'x-a, b c']];
    expect(readableHeaders('cors', h, '', false).map(([n]) => n)).toEqual(['content-length']);
  });
});

describe('messages and construction', () => {
  test('the mismatch line from toolchain.md §3c', () => {
    expect(corsConsoleMessage('AllowOriginMismatch', 'http://other.localhost:5173', 'http://api.localhost:8787/s/x', 'http://api.localhost:8787/s/x', 'http://app.localhost:5173')).toBe(
      "Access to fetch at 'http://api.localhost:8787/s/x' from origin 'http://app.localhost:5173' has been blocked by CORS policy: The 'Access-Control-Allow-Origin' header has a value 'http://other.localhost:5173' that is not equal to the supplied origin. Have the server send the header with a valid value.",
    );
  });
  test('forbidden headers vanish, duplicates join, the body adds its type', () => {
    const c = constructRequest({ ...BASE_REQUEST, method: 'POST', body: { type: 'text', text: 'x' }, headers: [['User-Agent', 'x'], ['X-A', '1'], ['x-a', '2']] });
    expect(c.ok && c.request.headers).toEqual([['X-A', '1, 2'], ['Content-Type', 'text/plain;charset=UTF-8']]);
  });
  test('TypeErrors carry Chromium\'s text', () => {
    const c = constructRequest({ ...BASE_REQUEST, mode: 'no-cors', method: 'PUT' });
    expect(!c.ok && c.message).toBe("Failed to execute 'fetch' on 'Window': 'PUT' is unsupported in no-cors mode.");
  });
});
