// The record's memory, measured for real: requests parsed from bytes by the
// real parser, answered and recorded by the real handler, then the heap
// measured after a full GC. What the record says it holds must be within 20%.
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { ServerSide } from '../src/scenario/types.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { handle } from './handler.ts';
import { RequestParser } from './http-parse.ts';
import { MAX_ENTRY_BYTES, RequestLog } from './request-log.ts';
import { API_HOST, deployment, SESSION, testDeps, testSessions } from './test-helpers.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const raw: ServerSide = {
  type: 'raw',
  preflight: { status: 204, headers: [['Access-Control-Allow-Origin', '{origin}'], ['Access-Control-Allow-Methods', 'PUT, DELETE']] },
  actual: { status: 200, headers: [['Access-Control-Allow-Origin', '{origin}'], ['X-Trace', '{origin}-{origin}']] },
};

/** Bytes a browser would send: `extra` header lines of `width` characters each. */
function requestText(target: string, i: number, extra: number, width: number): string {
  let text = `PUT ${target}?n=${i} HTTP/1.1\r\nHost: ${API_HOST}\r\nOrigin: ${deployment.app}\r\nContent-Type: application/json\r\nContent-Length: 17\r\n`;
  for (let h = 0; h < extra; h++) text += `X-Header-${h}: ${String(i).padStart(width, 'v')}\r\n`;
  return text + '\r\n{"hello":"world"}';
}

async function measure(extra: number, width: number, count = 3000) {
  const target = `/s/${SESSION}/${await encodeServerSide(raw)}/data`;
  const deps = testDeps();
  const log = new RequestLog({ entriesPerSession: count, sessions: 10, maxAgeMs: 3_600_000, totalBytes: 1 << 30 });
  const parser = new RequestParser();
  const before = heapAfterGc();
  for (let i = 0; i < count; i++) {
    parser.push(Buffer.from(requestText(target, i, extra, width), 'latin1'));
    const outcome = parser.next();
    if (outcome.type !== 'request') throw new Error(`not parsed: ${JSON.stringify(outcome)}`);
    handle('api', { ...outcome.request }, { ...deps, log });
  }
  const real = heapAfterGc() - before;
  return { real, claimed: log.bytes, ratio: log.bytes / real };
}

describe('the request record accounts for its memory', () => {
  it.each([
    ['browser-like requests', 8, 20],
    ['requests with many short headers', 60, 4],
    ['requests with a few long headers', 4, 600],
  ])('%s: within 20 percent of the real heap growth', async (_name, extra, width) => {
    const { real, claimed, ratio } = await measure(extra, width);
    expect(ratio, `claimed ${claimed} bytes, real ${real}`).toBeGreaterThan(0.8);
    expect(ratio, `claimed ${claimed} bytes, real ${real}`).toBeLessThan(1.2);
  }, 60_000);
});

describe('one exchange cannot evict the others', () => {
  it('caps each entry, so a huge exchange stays small and other sessions keep their records', async () => {
    const deps = testDeps();
    const log = new RequestLog({ entriesPerSession: 50, sessions: 10, maxAgeMs: 3_600_000, totalBytes: 4 * MAX_ENTRY_BYTES });
    const target = `/s/${SESSION}/${await encodeServerSide(raw)}/data`;
    const otherSession = testSessions.issue();
    const other = target.replace(SESSION, otherSession);
    const small = requestText(other, 1, 2, 10);
    const parser = new RequestParser();
    parser.push(Buffer.from(small, 'latin1'));
    const first = parser.next();
    if (first.type !== 'request') throw new Error('not parsed');
    handle('api', first.request, { ...deps, log });
    // A 30 KB head whose Origin is substituted twice into the answer: ~120 KB of lines.
    const huge = `GET ${target} HTTP/1.1\r\nHost: ${API_HOST}\r\nOrigin: http://${'a'.repeat(14_000)}\r\nX-Pad: ${'p'.repeat(14_000)}\r\n\r\n`;
    parser.push(Buffer.from(huge, 'latin1'));
    const second = parser.next();
    if (second.type !== 'request') throw new Error('not parsed');
    handle('api', second.request, { ...deps, log });

    expect(log.read(otherSession).entries).toHaveLength(1);
    const kept = log.read(SESSION).entries[0]!;
    expect(kept.response.status).toBe(200);
    const size = JSON.stringify(kept).length;
    expect(size).toBeLessThan(MAX_ENTRY_BYTES);
    expect(kept.headers.find(([n]) => n === 'X-Pad')?.[1]).toMatch(/^p+… \(\d+ more characters not kept\)$/);
    expect(kept.response.headers.find(([n]) => n === 'X-Trace')?.[1]).toMatch(/^http:\/\/a+… \(\d+ more characters not kept\)$/);
    expect(log.bytes).toBeLessThanOrEqual(2 * MAX_ENTRY_BYTES);
  });
});
