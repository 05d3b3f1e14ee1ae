import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../runner/protocol.ts';
import { compareWithBrowser } from './agreement.ts';
import { logged, prediction, sent } from './test-fixtures.ts';

const failedToFetch: RunResult = { settled: 'rejected', name: 'TypeError', message: 'Failed to fetch' };
const corsOk: RunResult = { settled: 'resolved', status: 200, statusText: 'OK', type: 'cors', url: '', redirected: false, headers: [['content-length', '2']], body: '{}', bodyTruncated: false };
const blockedByPreflight = prediction({
  verdict: 'cors-error', corsError: 'HeaderDisallowedByPreflightResponse',
  js: { kind: 'error', name: 'TypeError', message: 'Failed to fetch' }, requests: [sent('preflight', 'OPTIONS')],
});

describe('compareWithBrowser', () => {
  it('agrees when the outcome, the requests on the wire and what script got all match', () => {
    const a = compareWithBrowser(blockedByPreflight, { outcome: 'cors-error', result: failedToFetch, harnessError: null, entries: [logged('preflight', 'OPTIONS', 204)] });
    expect(a?.agree).toBe(true);
    expect(a?.checks.every((c) => c.agree)).toBe(true);
  });

  it('disagrees when the browser sent a request the model did not expect', () => {
    // The model blocked at the preflight, but the real browser's actual PUT reached the server too.
    const a = compareWithBrowser(blockedByPreflight, {
      outcome: 'cors-error', result: failedToFetch, harnessError: null, entries: [logged('preflight', 'OPTIONS', 204), logged('actual', 'PUT', 200)],
    });
    expect(a?.agree).toBe(false);
    const wire = a?.checks.find((c) => !c.agree);
    expect(wire?.predicted).toBe('OPTIONS (preflight)');
    expect(wire?.browser).toBe('OPTIONS (preflight) → PUT');
  });

  it('disagrees on the outcome when the model predicts a block and the browser lets script read', () => {
    const a = compareWithBrowser(blockedByPreflight, { outcome: 'ok', result: corsOk, harnessError: null, entries: [logged('preflight', 'OPTIONS', 204), logged('actual', 'PUT', 200)] });
    expect(a?.agree).toBe(false);
    expect(a?.checks.find((c) => c.what === 'Outcome')).toMatchObject({ predicted: 'cors-error', browser: 'ok', agree: false });
  });

  it('compares the status script saw, not the headers (the real server adds Content-Length)', () => {
    const okPrediction = prediction({ requests: [sent('actual', 'GET')], js: { kind: 'response', status: 200, type: 'cors', readableHeaders: [] } });
    const run = { outcome: 'ok' as const, result: corsOk, harnessError: null, entries: [logged('actual', 'GET', 200)] };
    expect(compareWithBrowser(okPrediction, run)?.agree).toBe(true);
    const wrongStatus = prediction({ requests: [sent('actual', 'GET')], js: { kind: 'response', status: 204, type: 'cors', readableHeaders: [] } });
    expect(compareWithBrowser(wrongStatus, run)?.agree).toBe(false);
  });

  it('holds the model to the browser’s exact words for a TypeError', () => {
    const thrown = prediction({ verdict: 'type-error', js: { kind: 'error', name: 'TypeError', message: "Failed to execute 'fetch' on 'Window': Request with GET/HEAD method cannot have body." } });
    const browser: RunResult = { settled: 'rejected', name: 'TypeError', message: "Failed to execute 'fetch' on 'Window': Request with GET/HEAD method cannot have body." };
    expect(compareWithBrowser(thrown, { outcome: 'type-error', result: browser, harnessError: null, entries: [] })?.agree).toBe(true);
    const other: RunResult = { settled: 'rejected', name: 'TypeError', message: "Failed to execute 'fetch' on 'Window': Invalid name" };
    expect(compareWithBrowser(thrown, { outcome: 'type-error', result: other, harnessError: null, entries: [] })?.agree).toBe(false);
  });

  it('has nothing to compare when the run itself did not complete', () => {
    expect(compareWithBrowser(blockedByPreflight, { outcome: null, result: null, harnessError: 'The runner did not load', entries: [] })).toBeNull();
  });
});

describe('the login cookie in the comparison', () => {
  const withCookie = (value: string | null) => (value ? { headers: [['Cookie', `pg_session=${value}`]] as [string, string][] } : {});
  const run = (...cookies: Array<string | null>) => ({
    outcome: 'ok' as const, result: corsOk, harnessError: null, entries: cookies.map((c) => logged('actual', 'GET', 200, withCookie(c))),
  });
  const predicting = (...decisions: Parameters<typeof sent>[2][]) => prediction({ requests: decisions.map((d) => sent('actual', 'GET', d)) });
  const row = (p: ReturnType<typeof prediction>, r: ReturnType<typeof run>) => compareWithBrowser(p, r)?.checks.find((c) => c.what === 'Login cookie sent');

  it('compares the model’s decision with the Cookie header the server recorded, request by request', () => {
    expect(row(predicting({ cookie: 'sent', reason: 'same-site' }), run('abc'))).toMatchObject({ predicted: 'yes', browser: 'yes', agree: true });
    expect(row(predicting({ cookie: 'not-sent', reason: 'lax-cross-site' }), run(null))).toMatchObject({ predicted: 'no', browser: 'no', agree: true });
    expect(row(predicting({ cookie: 'sent', reason: 'same-site' }, { cookie: 'not-sent', reason: 'other-host' }), run('abc', null))).toMatchObject({
      predicted: 'yes → no', browser: 'yes → no', agree: true,
    });
  });

  it('is a disagreement when the browser sent the cookie the model kept back (or the reverse)', () => {
    expect(row(predicting({ cookie: 'not-sent', reason: 'lax-cross-site' }), run('abc'))?.agree).toBe(false);
    expect(row(predicting({ cookie: 'sent', reason: 'same-site' }), run(null))?.agree).toBe(false);
    expect(compareWithBrowser(predicting({ cookie: 'sent', reason: 'same-site' }), run(null))?.agree).toBe(false);
  });

  it('where the third-party-cookie setting decides, either answer agrees and a browser that sent it is named', () => {
    const p = predicting({ cookie: 'not-sent', reason: 'third-party-blocked', settingDecides: true });
    expect(row(p, run(null))).toMatchObject({ predicted: 'no (third-party cookies blocked)', browser: 'no', agree: true });
    expect(row(p, run(null))?.note).toBeUndefined();
    expect(row(p, run('abc'))).toMatchObject({ browser: 'yes', agree: true, note: expect.stringMatching(/allows third-party cookies/) });
  });
});
