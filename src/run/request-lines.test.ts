// The request lines the case table says the server received (Referer, Origin,
// Content-Type: observed in Chromium, checked there by e2e/request-options.spec.ts),
// predicted by the engine for the same runner page.
import { describe, expect, test } from 'vitest';
import { CASES } from '../scenario/cases/index.ts';
import { runnerHost } from '../scenario/origins.ts';
import { runnerUrl } from '../runner/protocol.ts';
import { serverModel } from '../policy/model.ts';
import { predict } from '../engine/predict.ts';
import { blobType } from '../engine/bodies.ts';
import { bodyLength } from '../engine/body-bytes.ts';
import { refererFor } from '../engine/referrer.ts';
import { parseUrl } from '../engine/http.ts';
import { DEPLOYMENT, requestUrlFor, resolved } from '../engine/test-support.ts';
import type { Scenario } from '../scenario/types.ts';

const pageUrl = (s: Scenario) => runnerUrl(runnerHost(s.request.from, DEPLOYMENT), DEPLOYMENT.app);
const WITH_LINES = CASES.flatMap((c) => c.steps.filter((s) => s.expect.received).map((s) => [c.id, s] as const));

describe('request lines the server receives', () => {
  test('the table checks Referer, Origin and Content-Type on at least 25 cases', () => {
    expect(WITH_LINES.length).toBeGreaterThanOrEqual(25);
  });

  test.each(WITH_LINES)('%s', (_id, { scenario, expect: want }) => {
    const p = predict(
      { scenario, deployment: DEPLOYMENT, requestUrl: requestUrlFor(scenario), serve: serverModel(scenario.server, DEPLOYMENT), now: 1_000_000, cookie: null },
      { frameUrl: pageUrl(scenario) },
    );
    const lines = (kind: 'preflight' | 'actual') => (kind === 'actual' ? want.received : want.preflightReceived);
    expect(p.requests.filter((r) => r.kind === 'actual').length).toBeGreaterThan(0);
    if (want.preflightReceived) expect(p.requests.some((r) => r.kind === 'preflight')).toBe(true);
    for (const sent of p.requests) {
      const wanted = lines(sent.kind);
      if (!wanted) continue;
      const got = Object.fromEntries(Object.keys(wanted).map((name) => [name, sent.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1] ?? null]));
      const expected = Object.fromEntries(Object.entries(wanted).map(([n, v]) => [n, v === null ? null : resolved(v.replace('{page}', pageUrl(scenario)))]));
      expect(got, sent.kind).toEqual(expected);
    }
  });
});

describe('bodies and referrers, rule by rule', () => {
  test("a Blob's type: lower-cased, or empty when it holds a character outside U+0020–U+007E", () => {
    expect(blobType('Application/JSON')).toBe('application/json');
    expect(blobType('text/plain\u00e9')).toBe('');
    expect(blobType('a\u007f')).toBe('');
  });

  test('body lengths count UTF-8 bytes of what is sent', () => {
    expect(bodyLength({ type: 'blob', text: 'é', blobType: '' })).toBe(2);
    expect(bodyLength({ type: 'urlencoded', fields: [['a b', 'c']] })).toBe('a+b=c'.length);
    expect(bodyLength({ type: 'none' })).toBe(0);
  });

  test('an https page downgrading to plain http loses the Referer under the strict policies only', () => {
    const target = parseUrl('http://api.example.com/x')!;
    const from = (policy: Parameters<typeof refererFor>[0]['policy']) =>
      refererFor({ pageUrl: 'https://app.example.com/p?q=1#f', pageOrigin: 'https://app.example.com', referrer: undefined, policy }, target);
    expect(from(undefined)).toBeNull();
    expect(from('strict-origin')).toBeNull();
    expect(from('no-referrer-when-downgrade')).toBeNull();
    expect(from('origin')).toBe('https://app.example.com/');
    expect(from('unsafe-url')).toBe('https://app.example.com/p?q=1');
  });

  test('a referrer URL longer than 4096 bytes is cut to its origin', () => {
    const target = parseUrl('http://api.example.com/x')!;
    const long = `http://app.example.com/${'a'.repeat(4100)}`;
    expect(refererFor({ pageUrl: long, pageOrigin: 'http://app.example.com', referrer: undefined, policy: 'unsafe-url' }, target)).toBe('http://app.example.com/');
  });
});
