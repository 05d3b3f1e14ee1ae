import { describe, expect, it } from 'vitest';
import { bodyPreview, RequestLog, type LogLimits, type LoggedRequest } from './request-log.ts';

const SESSION = 'session-aaaaaaaaaaaa';
const LIMITS: LogLimits = { entriesPerSession: 3, sessions: 2, maxAgeMs: 1000, totalBytes: 1_000_000 };

function entry(method: string): Omit<LoggedRequest, 'seq' | 'time'> {
  return {
    host: 'api.playground.localhost:8787',
    method,
    target: `/s/${SESSION}/1cfg/data`,
    path: '/data',
    headers: [['Host', 'api.playground.localhost:8787']],
    bodyBytes: 0,
    bodyText: '',
    kind: method === 'OPTIONS' ? 'preflight' : 'actual',
    redirected: false,
    response: { status: 200, headers: [['Content-Length', '0']] },
  };
}

function clock(start = 1_000_000) {
  const c = { now: start, read: () => c.now };
  return c;
}

describe('RequestLog', () => {
  it('numbers entries per session and returns those after a seq', () => {
    const time = clock();
    const log = new RequestLog(LIMITS, time.read);
    expect(log.record(SESSION, entry('OPTIONS'))).toBe(1);
    expect(log.record(SESSION, entry('PUT'))).toBe(2);
    expect(log.record('other-session-bbbbbb', entry('GET'))).toBe(1);
    const answer = log.read(SESSION, 1);
    expect(answer.entries.map((e) => [e.seq, e.method, e.time])).toEqual([[2, 'PUT', 1_000_000]]);
    expect(answer.lastSeq).toBe(2);
  });

  it('answers an unknown session with an empty list, not an error', () => {
    expect(new RequestLog(LIMITS).read('never-seen-session-id')).toEqual({ entries: [], lastSeq: 0, cookie: null, sameSite: null });
  });

  it('keeps only the newest entries of a session, and seq keeps counting', () => {
    const log = new RequestLog(LIMITS);
    for (const m of ['A', 'B', 'C', 'D', 'E']) log.record(SESSION, entry(m));
    const answer = log.read(SESSION);
    expect(answer.entries.map((e) => `${e.seq}${e.method}`)).toEqual(['3C', '4D', '5E']);
    expect(answer.lastSeq).toBe(5);
  });

  it('evicts the least recently used session beyond the session limit', () => {
    const log = new RequestLog(LIMITS);
    log.record('first-session-aaaaaa', entry('A'));
    log.record('second-session-bbbbb', entry('B'));
    log.read('first-session-aaaaaa'); // reading does not count as use; recording does
    log.record('first-session-aaaaaa', entry('A2'));
    log.record('third-session-cccccc', entry('C'));
    expect(log.sessionCount).toBe(2);
    expect(log.read('second-session-bbbbb').entries).toEqual([]);
    expect(log.read('first-session-aaaaaa').entries).toHaveLength(2);
  });

  it('drops entries older than the age limit', () => {
    const time = clock();
    const log = new RequestLog(LIMITS, time.read);
    log.record(SESSION, entry('OLD'));
    time.now += 600;
    log.record(SESSION, entry('NEW'));
    time.now += 600;
    expect(log.read(SESSION).entries.map((e) => e.method)).toEqual(['NEW']);
    expect(log.read(SESSION).lastSeq).toBe(2);
  });

  it('evicts whole sessions when the total size passes its bound', () => {
    const log = new RequestLog({ ...LIMITS, sessions: 100, totalBytes: 5000 });
    const big = { ...entry('BIG'), bodyText: 'x'.repeat(1500) };
    log.record('first-session-aaaaaa', big);
    log.record('second-session-bbbbb', big);
    expect(log.sessionCount).toBe(1);
    expect(log.read('second-session-bbbbb').entries).toHaveLength(1);
  });

  it('remembers the cookie issued to a session', () => {
    const log = new RequestLog(LIMITS);
    log.setCookie(SESSION, 'c00kie');
    expect(log.read(SESSION)).toEqual({ entries: [], lastSeq: 0, cookie: 'c00kie', sameSite: 'Lax' });
    expect(log.cookieOf(SESSION)).toBe('c00kie');
    log.setCookie(SESSION, 'n0ne', 'None');
    expect(log.read(SESSION)).toMatchObject({ cookie: 'n0ne', sameSite: 'None' });
    log.setCookie(SESSION, null);
    expect(log.read(SESSION)).toMatchObject({ cookie: null, sameSite: null });
    expect(log.cookieOf(SESSION)).toBeNull();
    expect(log.cookieOf('never-seen-session-id')).toBeNull();
  });
});

describe('body previews', () => {
  it('keeps the first 2 KiB of a body as text', () => {
    expect(bodyPreview(new TextEncoder().encode('héllo'))).toBe('héllo');
    expect(bodyPreview(new Uint8Array(5000).fill(0x61))).toBe('a'.repeat(2048));
  });
});
