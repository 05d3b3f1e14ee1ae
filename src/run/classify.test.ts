import { describe, expect, it } from 'vitest';
import { classifyOutcome } from './classify.ts';
import { answeredEarlier } from './answered-earlier.ts';
import type { LoggedRequest } from '../scenario/log-types.ts';
import type { RunResult } from '../runner/protocol.ts';

const resolved = (type: ResponseType): RunResult => ({
  settled: 'resolved', status: type === 'basic' || type === 'cors' ? 200 : 0, statusText: '', type, url: '', redirected: false, headers: [], body: '', bodyTruncated: false,
});
const rejected = (message: string, name = 'TypeError'): RunResult => ({ settled: 'rejected', name, message });

function entry(kind: 'preflight' | 'actual', status: number): LoggedRequest {
  return {
    seq: 1, time: 0, host: 'api.playground.localhost:8787', method: kind === 'preflight' ? 'OPTIONS' : 'GET', target: '/s/x/y/a', path: '/a',
    headers: [], bodyBytes: 0, bodyText: '', kind, redirected: false, response: { status, headers: [] },
  };
}

describe('classifyOutcome', () => {
  it('calls a readable response ok', () => {
    expect(classifyOutcome(resolved('cors'), [entry('actual', 200)], { redirect: 'follow' })).toBe('ok');
    expect(classifyOutcome(resolved('basic'), [], { redirect: 'follow' })).toBe('ok');
  });

  it('calls opaque and opaqueredirect responses opaque', () => {
    expect(classifyOutcome(resolved('opaque'), [entry('actual', 200)], { redirect: 'follow' })).toBe('opaque');
    expect(classifyOutcome(resolved('opaqueredirect'), [entry('actual', 302)], { redirect: 'manual' })).toBe('opaque');
  });

  it('calls any rejection other than "Failed to fetch" a type-error, whatever the server saw', () => {
    expect(classifyOutcome(rejected("Failed to execute 'fetch' on 'Window': Request with GET/HEAD method cannot have body."), [], { redirect: 'follow' })).toBe('type-error');
    expect(classifyOutcome(rejected('Invalid name'), [entry('actual', 200)], { redirect: 'follow' })).toBe('type-error');
  });

  it('calls "Failed to fetch" a CORS error when the server answered this run', () => {
    expect(classifyOutcome(rejected('Failed to fetch'), [entry('actual', 200)], { redirect: 'follow' })).toBe('cors-error');
    expect(classifyOutcome(rejected('Failed to fetch'), [entry('preflight', 204)], { redirect: 'follow' })).toBe('cors-error');
    // redirect: 'manual' on a 3xx without ACAO is a CORS error in Chromium.
    expect(classifyOutcome(rejected('Failed to fetch'), [entry('actual', 302)], { redirect: 'manual' })).toBe('cors-error');
  });

  it("reads Firefox's and WebKit's words for a network-level failure as Chromium's", () => {
    expect(classifyOutcome(rejected('NetworkError when attempting to fetch resource.'), [entry('actual', 200)], { redirect: 'follow' })).toBe('cors-error');
    expect(classifyOutcome(rejected('Load failed'), [entry('preflight', 204)], { redirect: 'follow' })).toBe('cors-error');
    expect(classifyOutcome(rejected('Load failed'), [], { redirect: 'follow' })).toBe('network-error');
    expect(classifyOutcome(rejected('The operation was aborted. '), [], { redirect: 'follow' })).toBe('type-error');
  });

  it('calls "Failed to fetch" a network error when the server saw nothing', () => {
    expect(classifyOutcome(rejected('Failed to fetch'), [], { redirect: 'follow' })).toBe('network-error');
  });

  it('calls any "Failed to fetch" in mode "same-origin" a network error: that mode never reaches a CORS check', () => {
    // e.g. a same-origin request redirected to another origin: the server answered the 302, yet no CORS check ran.
    expect(classifyOutcome(rejected('Failed to fetch'), [entry('actual', 302)], { redirect: 'follow', mode: 'same-origin' })).toBe('network-error');
    expect(classifyOutcome(rejected('Failed to fetch'), [entry('actual', 302)], { redirect: 'follow', mode: 'cors' })).toBe('cors-error');
  });

  it('calls a redirect refused by redirect: "error" a network error', () => {
    expect(classifyOutcome(rejected('Failed to fetch'), [entry('preflight', 204), entry('actual', 307)], { redirect: 'error' })).toBe('network-error');
    // …but not when the last answer was not a redirect.
    expect(classifyOutcome(rejected('Failed to fetch'), [entry('actual', 200)], { redirect: 'error' })).toBe('cors-error');
  });
  it('calls a failure with nothing recorded a CORS error when the server had answered that URL before (the HTTP cache answered)', () => {
    expect(classifyOutcome(rejected('Failed to fetch'), [], { redirect: 'follow', mode: 'cors', answeredBefore: true })).toBe('cors-error');
    expect(classifyOutcome(rejected('Failed to fetch'), [], { redirect: 'follow', mode: 'cors' })).toBe('network-error');
    expect(classifyOutcome(rejected('Failed to fetch'), [], { redirect: 'follow', mode: 'same-origin', answeredBefore: true })).toBe('network-error');
  });

  it('calls a failure with nothing recorded a CORS error when Local Network Access may have refused it (Chromium reports a CorsError)', () => {
    expect(classifyOutcome(rejected('Failed to fetch'), [], { redirect: 'follow', mode: 'cors', localNetworkChecked: true })).toBe('cors-error');
    // The server answered: an ordinary CORS refusal after the check let it through.
    expect(classifyOutcome(rejected('Failed to fetch'), [entry('actual', 200)], { redirect: 'follow', mode: 'cors', localNetworkChecked: true })).toBe('cors-error');
    expect(classifyOutcome(rejected('Failed to fetch'), [], { redirect: 'follow', mode: 'same-origin', localNetworkChecked: true })).toBe('network-error');
  });

  it('finds an earlier answer to exactly the same URL in the record', () => {
    const record = [entry('actual', 200)];
    expect(answeredEarlier('http://api.playground.localhost:8787/s/x/y/a', record)).toBe(true);
    expect(answeredEarlier('http://api.playground.localhost:8787/s/x/y/b', record)).toBe(false);
    expect(answeredEarlier('http://api2.playground.localhost:8787/s/x/y/a', record)).toBe(false);
    expect(answeredEarlier('http://api.playground.localhost:8787/s/x/y/a', [entry('preflight', 204)])).toBe(false);
    expect(answeredEarlier('not a url', record)).toBe(false);
  });
});

