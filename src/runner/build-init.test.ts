import { describe, expect, it } from 'vitest';
import { buildBody, buildRequestInit } from './build-init.ts';

describe('buildBody', () => {
  it('builds the body kinds fetch() treats differently', async () => {
    expect(buildBody({ type: 'none' })).toBeUndefined();
    expect(buildBody({ type: 'text', text: '{"a":1}' })).toBe('{"a":1}');
    const params = buildBody({ type: 'urlencoded', fields: [['a', '1'], ['a', '2 3']] });
    expect(params).toBeInstanceOf(URLSearchParams);
    expect(String(params)).toBe('a=1&a=2+3');
    const form = buildBody({ type: 'multipart', fields: [['x', 'y'], ['x', 'z']] });
    expect(form).toBeInstanceOf(FormData);
    expect((form as FormData).getAll('x')).toEqual(['y', 'z']);
  });
});

describe('buildRequestInit', () => {
  it('passes the options through and keeps header pairs in order, duplicates included', () => {
    const init = buildRequestInit({
      method: 'patch',
      headers: [['X-B', '1'], ['x-b', '2']],
      body: { type: 'text', text: 'hi' },
      mode: 'cors',
      credentials: 'include',
      cache: 'no-store',
      redirect: 'manual',
    });
    expect(init).toEqual({
      method: 'patch',
      headers: [['X-B', '1'], ['x-b', '2']],
      body: 'hi',
      mode: 'cors',
      credentials: 'include',
      cache: 'no-store',
      redirect: 'manual',
    });
  });

  it('leaves the body out entirely when there is none', () => {
    const init = buildRequestInit({ method: 'GET', headers: [], body: { type: 'none' }, mode: 'cors', credentials: 'omit', cache: 'default', redirect: 'follow' });
    expect('body' in init).toBe(false);
  });
});
