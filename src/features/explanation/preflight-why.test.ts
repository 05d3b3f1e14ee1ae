// Expected wording from /work/shared/reference/chromium-cors.md §1.1: a preflight for a method that is not safelisted, or a header that is not.
import { describe, expect, it } from 'vitest';
import { preflightWhy } from './preflight-why.ts';

describe('preflightWhy', () => {
  it('names the method that is not safelisted', () => {
    expect(preflightWhy({ method: 'DELETE', headers: [] })).toBe('DELETE is not GET, HEAD or POST');
  });
  it('names the headers, and both reasons when there are two', () => {
    expect(preflightWhy({ method: null, headers: ['authorization'] })).toBe('the header authorization is not CORS-safelisted as sent');
    expect(preflightWhy({ method: 'patch', headers: ['content-type', 'x-id'] }))
      .toBe('patch is not GET, HEAD or POST, and the headers content-type, x-id are not CORS-safelisted as sent');
  });
});
