import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, describeError, readResponse } from './read-response.ts';

describe('readResponse', () => {
  it('reports status, headers and the body', async () => {
    const result = await readResponse(new Response('hello', { status: 201, statusText: 'Created', headers: { 'X-Total': '3' } }));
    expect(result).toMatchObject({ settled: 'resolved', status: 201, statusText: 'Created', body: 'hello', bodyTruncated: false });
    if (result.settled === 'resolved') expect(result.headers).toContainEqual(['x-total', '3']);
  });

  it('stops reading at the body limit', async () => {
    const big = 'a'.repeat(BODY_LIMIT + 10);
    const result = await readResponse(new Response(big));
    expect(result.settled === 'resolved' && result.body.length).toBe(BODY_LIMIT);
    expect(result.settled === 'resolved' && result.bodyTruncated).toBe(true);
  });

  it('handles a response without a body', async () => {
    const result = await readResponse(new Response(null, { status: 204 }));
    expect(result).toMatchObject({ status: 204, body: '', bodyTruncated: false });
  });
});

describe('describeError', () => {
  it('keeps the name and message JS sees', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toEqual({ settled: 'rejected', name: 'TypeError', message: 'Failed to fetch' });
    expect(describeError('weird')).toEqual({ settled: 'rejected', name: 'Error', message: 'weird' });
  });
});
