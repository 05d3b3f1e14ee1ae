import { describe, expect, it } from 'vitest';
import type { LoggedRequest } from '../../scenario/log-types.ts';
import type { RunResult } from '../../runner/protocol.ts';
import type { RunReport } from '../../run/run-scenario.ts';
import { DEFAULT_SCENARIO } from '../../scenario/defaults.ts';
import { probeFacts, probeScenario, unmetExpectations } from './probes.ts';

function entry(kind: 'preflight' | 'actual', cookie = false): LoggedRequest {
  return {
    seq: 1, time: 0, host: 'api.playground.localhost:8787', method: kind === 'preflight' ? 'OPTIONS' : 'GET', target: '/s/x/y/a', path: '/a',
    headers: cookie ? [['Cookie', 'pg_session=abc']] : [], bodyBytes: 0, bodyText: '', kind, redirected: false, response: { status: 200, headers: [] },
  };
}
const privateBody = '{"user":{"name":"Alice Example","email":"alice@bank.example","balance":"€ 12,345.67"}}';
const resolved = (body: string, status = 200): RunResult => ({
  settled: 'resolved', status, statusText: '', type: 'cors', url: '', redirected: false, headers: [['content-type', 'application/json'], ['x-total-count', '3']], body, bodyTruncated: false,
});
const report = (result: RunResult | null, entries: LoggedRequest[], outcome: RunReport['outcome']): RunReport => ({
  url: 'http://api.playground.localhost:8787/s/x/y/a', from: 'cross-site', origin: 'http://evil.localhost:8787', redirect: 'follow', result, harnessError: result ? null : 'no runner', entries, outcome,
});

describe('a probe’s facts come from the real run only', () => {
  it('reads the preflight and the cookie from the server’s record, the data and headers from what script got', () => {
    const facts = probeFacts(report(resolved('{"ok":true}', 401), [entry('preflight'), entry('actual', true)], 'ok'));
    expect(facts).toMatchObject({ outcome: 'ok', preflight: 'sent', cookie: 'sent', status: 401, readsPrivateData: false, readableHeaders: ['content-type', 'x-total-count'] });
  });

  it('a blocked run has no status, no readable header and no data', () => {
    const facts = probeFacts(report({ settled: 'rejected', name: 'TypeError', message: 'Failed to fetch' }, [entry('actual')], 'cors-error'));
    expect(facts).toMatchObject({ outcome: 'cors-error', preflight: 'none', cookie: 'not-sent', status: null, readableHeaders: [], readsPrivateData: false });
  });
});

describe('unmetExpectations', () => {
  const leaked = probeFacts(report(resolved(privateBody), [entry('actual', true)], 'ok'));

  it('passes when every set field holds', () => {
    expect(unmetExpectations({ outcome: 'ok', cookie: 'sent', preflight: 'none', status: 200, readableHeader: { name: 'X-Total-Count', readable: true } }, leaked)).toEqual([]);
  });

  it('names each field that does not hold', () => {
    const unmet = unmetExpectations({ outcome: 'cors-error', readsPrivateData: false, preflight: 'sent', cookie: 'not-sent', status: 401, readableHeader: { name: 'X-Total-Count', readable: false } }, leaked);
    expect(unmet).toHaveLength(6);
    expect(unmet[0]).toBe('expected blocked by cors, the browser gave success');
    expect(unmet).toContain('the page read the user’s private data');
  });

  it('a harness failure never passes', () => {
    const facts = probeFacts(report(null, [], null));
    expect(unmetExpectations({ outcome: 'cors-error' }, facts)).toEqual(['expected blocked by cors, the browser gave the run did not complete']);
  });
});

describe('probeScenario', () => {
  it('puts the probe’s origin and request fields over the learner’s request and keeps the server side', () => {
    const s = probeScenario({ ...DEFAULT_SCENARIO, request: { ...DEFAULT_SCENARIO.request, method: 'PUT', from: 'app' } }, { label: 'x', from: 'cross-site', request: { credentials: 'include' }, expect: { outcome: 'ok' } });
    expect(s.request).toMatchObject({ from: 'cross-site', method: 'PUT', credentials: 'include' });
    expect(s.server).toBe(DEFAULT_SCENARIO.server);
  });
});
