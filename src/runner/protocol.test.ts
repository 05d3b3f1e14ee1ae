import { describe, expect, it } from 'vitest';
import { isReadyMessage, isResultMessage, runnerUrl, type RunMessage } from './protocol.ts';
import { isRunMessage } from './accept-run.ts';

const run: RunMessage = {
  type: 'cors-playground:run',
  runId: 'r1',
  url: 'http://api.playground.localhost:8787/s/a/b/c',
  init: { method: 'GET', headers: [['X-A', '1']], body: { type: 'none' }, mode: 'cors', credentials: 'omit', cache: 'default', redirect: 'follow' },
};

describe('message guards', () => {
  it('accept well-formed messages', () => {
    expect(isRunMessage(run)).toBe(true);
    expect(isRunMessage(structuredClone({ ...run, init: { ...run.init, body: { type: 'multipart', fields: [['a', 'b']] } } }))).toBe(true);
    expect(isReadyMessage({ type: 'cors-playground:ready' })).toBe(true);
    expect(isResultMessage({ type: 'cors-playground:result', runId: 'r1', result: { settled: 'rejected', name: 'TypeError', message: 'Failed to fetch' } })).toBe(true);
  });

  it('reject look-alikes and malformed fields', () => {
    expect(isRunMessage({ ...run, type: 'cors-playground:result' })).toBe(false);
    expect(isRunMessage({ ...run, init: { ...run.init, headers: [['X-A']] } })).toBe(false);
    expect(isRunMessage({ ...run, init: { ...run.init, body: { type: 'blob' } } })).toBe(false);
    expect(isRunMessage({ ...run, url: 42 })).toBe(false);
    expect(isRunMessage('cors-playground:run')).toBe(false);
    expect(isReadyMessage(null)).toBe(false);
    expect(isResultMessage({ type: 'cors-playground:result', runId: 'r1', result: { settled: 'resolved' } })).toBe(false);
  });
});

describe('runnerUrl', () => {
  it('puts the encoded parent origin in the query', () => {
    const url = new URL(runnerUrl('http://evil.localhost:5173', 'http://app.playground.localhost:5173'));
    expect(url.origin).toBe('http://evil.localhost:5173');
    expect(url.pathname).toBe('/runner.html');
    expect(url.searchParams.get('parent')).toBe('http://app.playground.localhost:5173');
  });
});
