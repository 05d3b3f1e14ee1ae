import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../runner/protocol.ts';
import { buildTimeline, servedFromCache } from './timeline.ts';
import { logged, prediction } from './test-fixtures.ts';

const rejected: RunResult = { settled: 'rejected', name: 'TypeError', message: 'Failed to fetch' };
const resolved: RunResult = { settled: 'resolved', status: 200, statusText: 'OK', type: 'cors', url: '', redirected: false, headers: [], body: '', bodyTruncated: false };
const needsPreflight = prediction({}, { preflight: 'sent' });
const fromModelCache = prediction({}, { preflight: 'cached' });
const simple = prediction({}, { preflight: 'none' });

describe('buildTimeline', () => {
  it('draws a preflight, its answer, the actual request and its answer, then how fetch() settled', () => {
    const entries = [
      logged('preflight', 'OPTIONS', 204, { headers: [['Origin', 'http://app.playground.localhost:5173'], ['Access-Control-Request-Method', 'PUT'], ['Accept', '*/*']] }, [['Access-Control-Allow-Origin', 'http://app.playground.localhost:5173']]),
      logged('actual', 'PUT', 200),
    ];
    const rows = buildTimeline(entries, resolved, null, needsPreflight);
    expect(rows.map((r) => [r.lane, r.direction])).toEqual([
      ['browser', 'to-server'], ['server', 'to-browser'], ['browser', 'to-server'], ['server', 'to-browser'], ['browser', 'none'],
    ]);
    expect(rows[0]!.title).toBe('Preflight: OPTIONS /api/data');
    // Only the headers that matter to CORS are picked, verbatim as sent.
    expect(rows[0]!.lines).toEqual(['Host: api.playground.localhost:8787', 'Origin: http://app.playground.localhost:5173', 'Access-Control-Request-Method: PUT']);
    expect(rows[1]!.title).toBe('204 answer to the preflight');
    expect(rows[1]!.lines).toEqual(['Access-Control-Allow-Origin: http://app.playground.localhost:5173']);
    expect(rows[3]!.lines).toEqual(['(no Access-Control-* headers)']);
    expect(rows.at(-1)).toMatchObject({ tone: 'pass', title: 'fetch() resolved: cors response, status 200' });
  });

  it('shows a redirect hop with its Location and the request that followed it', () => {
    const entries = [
      logged('actual', 'GET', 302, {}, [['Location', 'http://api2.playground.localhost:8787/r/s/c/next']]),
      logged('actual', 'GET', 200, { redirected: true, host: 'api2.playground.localhost:8787', path: '/next' }),
    ];
    const rows = buildTimeline(entries, rejected, null, simple);
    expect(rows[1]!.title).toBe('302 redirect to http://api2.playground.localhost:8787/r/s/c/next');
    expect(rows[2]!.title).toBe('Request after the redirect: GET /next');
    expect(rows[2]!.lines[0]).toBe('Host: api2.playground.localhost:8787');
    expect(rows.at(-1)).toMatchObject({ tone: 'fail', title: 'fetch() rejected: TypeError: Failed to fetch' });
  });

  it('puts "preflight served from the browser’s cache" where the OPTIONS would have gone', () => {
    const rows = buildTimeline([logged('actual', 'PUT', 200)], resolved, null, fromModelCache);
    expect(rows.map((r) => r.key.replace(/\d+$/, ''))).toEqual(['cached-preflight', 'req-', 'res-', 'settled']);
  });

  it('says nothing reached the server when fetch() threw before sending', () => {
    const thrown: RunResult = { settled: 'rejected', name: 'TypeError', message: "Failed to execute 'fetch' on 'Window': Invalid name" };
    const rows = buildTimeline([], thrown, null, prediction({ verdict: 'type-error' }));
    expect(rows.map((r) => r.key)).toEqual(['nothing-sent', 'settled']);
  });

  it('says why nothing reached the server when Local Network Access refused it, from the typed facts', () => {
    const refused = prediction({ verdict: 'cors-error' }, { verdict: 'cors-error', error: { name: 'LocalNetworkAccessPermissionDenied', pageSpace: 'public', resourceSpace: 'loopback' } });
    const [row] = buildTimeline([], rejected, null, refused);
    expect(row).toMatchObject({ key: 'nothing-sent' });
    expect(row!.lines[0]).toContain('the page is in the public address space, the API in loopback');
  });

  it('reports a run that did not complete instead of a fetch() result', () => {
    const rows = buildTimeline([], null, 'The runner did not load', null);
    expect(rows.at(-1)).toMatchObject({ tone: 'fail', title: 'The run did not complete: The runner did not load' });
  });
});

describe('servedFromCache', () => {
  it('is true when a needed preflight never reached the server but the request did', () => {
    expect(servedFromCache(needsPreflight, [logged('actual', 'PUT', 200)])).toBe(true);
  });
  it('is true when the model itself answered the preflight from its cache', () => {
    expect(servedFromCache(fromModelCache, [logged('actual', 'PUT', 200)])).toBe(true);
  });
  it('is false for a simple request, which needs no preflight at all', () => {
    expect(servedFromCache(simple, [logged('actual', 'GET', 200)])).toBe(false);
  });
  it('is false when the OPTIONS is in the record', () => {
    expect(servedFromCache(needsPreflight, [logged('preflight', 'OPTIONS', 204), logged('actual', 'PUT', 200)])).toBe(false);
  });
  it('is false when nothing reached the server (the request was never sent)', () => {
    expect(servedFromCache(needsPreflight, [])).toBe(false);
  });
});
