// One suite, run against both request records: in this process's memory and
// in a real redis-server (Debian's, started here on a free loopback port).
// The limits (entries per session, bytes per entry, sessions, time-to-live)
// must behave the same in both.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startRedis, type LocalRedis } from '../scripts/cluster/local.mjs';
import type { LoggedRequest } from '../src/scenario/log-types.ts';
import { MemoryRecord, type RecordEvent, type RequestRecord } from './record.ts';
import { RedisRecord } from './record-redis.ts';
import { entrySize, MAX_ENTRY_BYTES, type LogLimits } from './request-log.ts';

const LIMITS: LogLimits = { entriesPerSession: 5, sessions: 3, maxAgeMs: 2000, totalBytes: 1 << 30 };
const S1 = 'session-one-aaaaaaaaaa';
const S2 = 'session-two-bbbbbbbbbb';

let redis: LocalRedis;
const opened: RequestRecord[] = [];
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-redis-test-'));
  redis = await startRedis({ port: await freePort(9500, 9599), dir });
}, 30_000);
afterAll(async () => {
  await Promise.all(opened.map((r) => r.close()));
  await redis?.stop();
});

let prefixes = 0;
interface Kind {
  name: string;
  /** A record, and a second handle on the same one (another instance, for Redis). */
  make(): Promise<{ record: RequestRecord; other: RequestRecord }>;
}
const KINDS: Kind[] = [
  { name: 'memory', make: async () => { const record = new MemoryRecord(LIMITS); return { record, other: record }; } },
  {
    name: 'redis',
    make: async () => {
      const prefix = `t${++prefixes}:`;
      const [record, other] = [1, 2].map(() => new RedisRecord({ url: redis.url, limits: LIMITS, prefix }));
      opened.push(record!, other!);
      await Promise.all([record!.ready(), other!.ready()]);
      return { record: record!, other: other! };
    },
  },
];

function entry(method: string, extra: Partial<LoggedRequest> = {}): Omit<LoggedRequest, 'seq' | 'time'> {
  return {
    host: 'api.playground.localhost:8787', method, target: '/s/x/y/data', path: '/data', headers: [['Origin', 'http://app.playground.localhost:5173']],
    bodyBytes: 0, bodyText: '', kind: method === 'OPTIONS' ? 'preflight' : 'actual', redirected: false,
    response: { status: 204, headers: [['Access-Control-Allow-Origin', '*']] }, ...extra,
  };
}

async function write(record: RequestRecord, session: string, ...entries: Omit<LoggedRequest, 'seq' | 'time'>[]): Promise<void> {
  for (const e of entries) {
    const { view, commit } = await record.prepare(session);
    view.record(session, e);
    await commit();
  }
}

async function read(record: RequestRecord, session: string, after = 0) {
  const { view } = await record.prepare(session, after);
  return view.read(session, after);
}

async function setCookie(record: RequestRecord, session: string, cookie: string | null) {
  const { view, commit } = await record.prepare(session);
  view.setCookie(session, cookie, 'None');
  await commit();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(KINDS)('the request record in $name', (kind) => {
  it('numbers each session\'s entries 1, 2, 3 and reads after a seq, whichever handle wrote them', async () => {
    const { record, other } = await kind.make();
    await write(record, S1, entry('OPTIONS'));
    await write(other, S1, entry('PUT'));
    await write(record, S2, entry('GET'));
    const answer = await read(other, S1, 1);
    expect(answer.entries.map((e) => [e.seq, e.method, e.kind])).toEqual([[2, 'PUT', 'actual']]);
    expect(answer.lastSeq).toBe(2);
    expect((await read(record, S2)).entries.map((e) => e.seq)).toEqual([1]);
    expect(await read(record, 'never-seen-session-id')).toEqual({ entries: [], lastSeq: 0, cookie: null, sameSite: null });
  });

  it(`keeps the last ${LIMITS.entriesPerSession} entries of a session, and its lastSeq`, async () => {
    const { record } = await kind.make();
    await write(record, S1, ...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((m) => entry(m)));
    const answer = await read(record, S1);
    expect(answer.entries.map((e) => e.method)).toEqual(['D', 'E', 'F', 'G', 'H']);
    expect(answer.lastSeq).toBe(8);
  });

  it(`cuts an entry to ${MAX_ENTRY_BYTES} bytes, saying so`, async () => {
    const { record } = await kind.make();
    const headers: [string, string][] = Array.from({ length: 100 }, (_, i) => [`X-Big-${i}`, 'v'.repeat(1000)]);
    await write(record, S1, entry('GET', { headers }));
    const [kept] = (await read(record, S1)).entries;
    expect(entrySize(kept!)).toBeLessThanOrEqual(MAX_ENTRY_BYTES);
    expect(kept!.headers.at(-1)![1]).toMatch(/more lines not kept$/);
  });

  it(`keeps ${LIMITS.sessions} sessions: the least recently used goes first`, async () => {
    const { record } = await kind.make();
    for (const id of ['first-session-aaaaaa', 'second-session-bbbbb', 'third-session-cccccc']) {
      await write(record, id, entry('GET'));
      await sleep(5); // distinct times of use
    }
    await write(record, 'first-session-aaaaaa', entry('GET'));
    await write(record, 'fourth-session-ddddd', entry('GET'));
    expect((await read(record, 'second-session-bbbbb')).lastSeq).toBe(0);
    expect((await read(record, 'first-session-aaaaaa')).lastSeq).toBe(2);
    expect((await read(record, 'third-session-cccccc')).lastSeq).toBe(1);
  });

  it(`forgets a session unused for ${LIMITS.maxAgeMs} ms: entries, seq and cookie`, async () => {
    const { record } = await kind.make();
    await write(record, S1, entry('GET'), entry('PUT'));
    await setCookie(record, S1, 'secret-cookie');
    expect((await read(record, S1)).cookie).toBe('secret-cookie');
    await sleep(LIMITS.maxAgeMs + 300);
    expect(await read(record, S1)).toEqual({ entries: [], lastSeq: 0, cookie: null, sameSite: null });
    await write(record, S1, entry('GET'));
    expect((await read(record, S1)).entries.map((e) => e.seq)).toEqual([1]);
  });

  it('keeps the login cookie and its SameSite until logout, shared by every handle', async () => {
    const { record, other } = await kind.make();
    await setCookie(record, S1, 'cookie-value');
    expect((await other.prepare(S1)).view.cookieOf(S1)).toBe('cookie-value');
    expect(await read(other, S1)).toMatchObject({ cookie: 'cookie-value', sameSite: 'None' });
    await setCookie(other, S1, null);
    expect(await read(record, S1)).toMatchObject({ cookie: null, sameSite: null });
  });

  it('tells a follower of the session each entry and cookie change, whichever handle made it', async () => {
    const { record, other } = await kind.make();
    const events: RecordEvent[] = [];
    const stop = other.subscribe(S1, (event) => events.push(event));
    await sleep(100); // the subscription is in place
    await write(record, S1, entry('OPTIONS'), entry('PUT'));
    await write(record, S2, entry('GET'));
    await setCookie(record, S1, 'c');
    await expect.poll(() => events.length).toBe(3);
    expect(events).toEqual([{ type: 'entry', seq: 1 }, { type: 'entry', seq: 2 }, { type: 'cookie' }]);
    stop();
    await write(record, S1, entry('GET'));
    await sleep(100);
    expect(events).toHaveLength(3);
  });
});

describe('the Redis record while Redis is down', () => {
  it('answers at once with "unavailable", tells followers, and records again once Redis is back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-redis-down-'));
    const port = await freePort(9500, 9599);
    let own = await startRedis({ port, dir });
    const record = new RedisRecord({ url: own.url, limits: LIMITS });
    opened.push(record);
    await record.ready();
    const events: RecordEvent[] = [];
    record.subscribe(S1, (event) => events.push(event));
    await write(record, S1, entry('GET'));

    await own.stop();
    const started = Date.now();
    await write(record, S1, entry('PUT')); // neither throws nor waits for Redis
    const answer = await read(record, S1);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(answer).toMatchObject({ entries: [], lastSeq: 0, cookie: null });
    expect(answer.unavailable).toMatch(/request record \(Redis\) cannot be reached/);
    await expect.poll(() => events.some((e) => e.type === 'available' && !e.available)).toBe(true);

    own = await startRedis({ port, dir });
    await record.ready(10_000);
    await expect.poll(() => events.at(-1)).toEqual({ type: 'available', available: true });
    await write(record, S1, entry('DELETE'));
    const after = await read(record, S1);
    expect(after.unavailable).toBeUndefined();
    expect(after.entries.map((e) => e.method)).toEqual(['DELETE']); // a Redis without persistence starts empty
    await record.close();
    await own.stop();
  }, 30_000);
});
