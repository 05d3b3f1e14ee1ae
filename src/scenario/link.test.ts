import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT, MAX_LINK_CHARS, decodeLink, encodeLink, readableLink } from './link.ts';
import { toBase64Url } from './api-path.ts';
import { deflateRaw } from './wire.ts';
import { DEFAULT_POLICY, DEFAULT_SCENARIO, PRESETS } from './defaults.ts';
import { CASES } from './cases/index.ts';
import type { Scenario } from './types.ts';

// The longest origin the playground is served from by default: links are measured whole.
const APP = 'http://app.playground.localhost:5173/';
const utf8 = (text: string) => new TextEncoder().encode(text);
/** A compact link whose content is the given JSON text, made by hand (not by encodeLink). */
async function handMade(json: string, format = '2'): Promise<string> {
  return '#s=' + format + toBase64Url(await deflateRaw(utf8(json)));
}

const edited: Scenario = {
  version: 1,
  title: 'A PUT with a header # & %',
  request: { ...DEFAULT_SCENARIO.request, from: 'cross-site', method: 'patch', headers: [['X-A', 'b & c #d é']], credentials: 'include' },
  server: { type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'list', origins: ['{app}', 'null'] }, maxAge: -1 } },
};

describe('compact links', () => {
  it('round-trip the request, the server side, the origin, the title and the lesson', async () => {
    const hash = await encodeLink({ scenario: edited, lesson: 'preflight-1' });
    expect(hash).toMatch(/^#s=2[A-Za-z0-9_-]+$/);
    expect(await decodeLink(hash)).toEqual({ kind: 'ok', format: CURRENT_FORMAT, scenario: edited, lesson: 'preflight-1' });
  });

  it('round-trip a raw server side and a scenario without a title', async () => {
    const { title: _none, ...untitled } = DEFAULT_SCENARIO;
    const raw: Scenario = { ...untitled, server: { type: 'raw', preflight: { status: 200, headers: [] }, actual: { status: 500, headers: [['Vary', 'Origin'], ['Vary', 'Origin']] } } };
    const read = await decodeLink(await encodeLink({ scenario: raw }));
    expect(read).toEqual({ kind: 'ok', format: 2, scenario: raw });
    expect(read.kind === 'ok' && 'title' in read.scenario).toBe(false);
  });

  it('leave out what equals the defaults: the default scenario is "{}"', async () => {
    expect(await encodeLink({ scenario: DEFAULT_SCENARIO })).toBe(await handMade('{}'));
    expect(await decodeLink(await handMade('{}'))).toEqual({ kind: 'ok', format: 2, scenario: DEFAULT_SCENARIO });
  });

  it('stay compact: the default scenario under 100 characters, every preset and case-table scenario under 500', async () => {
    expect((APP + (await encodeLink({ scenario: DEFAULT_SCENARIO }))).length).toBeLessThan(100);
    const typical: Scenario[] = [
      ...PRESETS.map((p) => ({ ...DEFAULT_SCENARIO, title: p.description, server: { type: 'policy' as const, policy: p.policy } })),
      ...CASES.flatMap((c) => c.steps.map((s) => ({ ...s.scenario, title: c.title }))),
    ];
    expect(typical.length).toBeGreaterThan(40);
    const lengths = await Promise.all(typical.map(async (scenario) => (APP + (await encodeLink({ scenario, lesson: 'a-lesson-id' }))).length));
    expect(Math.max(...lengths)).toBeLessThan(500);
    // …and much shorter than the readable form of the same scenarios.
    const readable = typical.map((scenario) => (APP + readableLink({ scenario })).length);
    expect(lengths.reduce((a, b) => a + b)).toBeLessThan(readable.reduce((a, b) => a + b) / 3);
    // Several hundred scenarios compressed one by one: seconds on a busy machine, not a speed target.
  }, 60_000);
});

describe('readable links (format 1) keep opening', () => {
  it('open a scenario written by hand, and migrate a missing title to "no title"', async () => {
    const read = await decodeLink('#scenario=' + encodeURIComponent('{"version":1,"request":{"method":"PUT","from":"admin"}}'));
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.format).toBe(1);
    expect(read.scenario.request).toEqual({ ...DEFAULT_SCENARIO.request, method: 'PUT', from: 'admin' });
    expect(read.scenario.server).toEqual(DEFAULT_SCENARIO.server);
    expect('title' in read.scenario).toBe(false);
  });

  it('open a full format-1 link as the page made it before compact links, and re-encode it compactly', async () => {
    const old = '#scenario=' + encodeURIComponent(JSON.stringify(edited));
    const read = await decodeLink(old);
    expect(read).toEqual({ kind: 'ok', format: 1, scenario: edited });
    expect(await decodeLink(await encodeLink({ scenario: edited }))).toEqual({ kind: 'ok', format: 2, scenario: edited });
    expect(readableLink({ scenario: edited })).toBe(old);
  });

  it('carry a lesson too', async () => {
    expect(await decodeLink(readableLink({ scenario: edited, lesson: 'l1' }))).toMatchObject({ kind: 'ok', lesson: 'l1' });
  });
});

describe('bad links say what is wrong', () => {
  const cases: Array<[string, () => Promise<string> | string, RegExp]> = [
    ['bad URL encoding', () => '#scenario=%E0%A4%A', /URL encoding/],
    ['a field of the wrong type, located', () => '#scenario=' + encodeURIComponent('{"version":1,"request":{"method":7}}'), /scenario\.request\.method: expected a string/],
    ['readable JSON that is not JSON', () => '#scenario=not%20json', /not valid JSON/],
    ['a readable link of an unknown scenario version', () => '#scenario=' + encodeURIComponent('{"version":9}'), /scenario\.version: expected 1 or 2 \(got 9\)/],
    ['a future format', () => handMade('{}', '7'), /newer version of the playground \(link format 7; this page reads formats up to 2\)/],
    ['an unknown format', () => handMade('{}', 'x'), /unknown format "x"/],
    ['an empty compact link', () => '#s=', /unknown format ""/],
    ['characters that base64url never has', () => '#s=2abc$def', /damaged/],
    ['a truncated link', async () => (await encodeLink({ scenario: edited })).slice(0, -9), /damaged/],
    ['content that is not an object', () => handMade('[1,2]'), /not a JSON object/],
    ['content that is not JSON', () => handMade('{"request":'), /not valid JSON/],
    ['content that is not UTF-8', async () => '#s=2' + toBase64Url(await deflateRaw(new Uint8Array([0x7b, 0xff, 0x7d]))), /not text/],
    ['a compact field of the wrong type, located', () => handMade('{"request":{"mode":"fast"}}'), /scenario\.request\.mode: expected one of "cors", "no-cors", "same-origin"/],
    ['a title that is not a string', () => handMade('{"title":5}'), /scenario\.title: expected a string/],
    ['a bad lesson id', () => handMade('{"lesson":"../x"}'), /lesson: expected a lesson id/],
    ['an oversized link', () => '#s=2' + 'A'.repeat(MAX_LINK_CHARS), /too long \(16004 characters; at most 16000\)/],
    ['a small link that expands into megabytes', async () => '#s=2' + toBase64Url(await deflateRaw(utf8(`{"title":"${' '.repeat(2_000_000)}"}`))), /more than 64 KB/],
  ];
  for (const [what, make, message] of cases) {
    it(what, async () => {
      const read = await decodeLink(await make());
      expect(read.kind).toBe('error');
      expect(read.kind === 'error' && read.error).toMatch(message);
    });
  }

  it('leaves other hashes alone', async () => {
    expect(await decodeLink('')).toEqual({ kind: 'none' });
    expect(await decodeLink('#lessons')).toEqual({ kind: 'none' });
  });
});

describe('scenario version 2 in links', () => {
  const v2: Scenario = {
    version: 2,
    request: { ...DEFAULT_SCENARIO.request },
    server: {
      type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 200, headers: [] },
      answers: [{ when: { path: '/data', arrival: 1 }, response: { status: 302, headers: [['Location', '/b']] } }],
    },
  };
  it('round-trip answer rows as version 2, compact and readable', async () => {
    expect(await decodeLink(await encodeLink({ scenario: v2 }))).toEqual({ kind: 'ok', format: 2, scenario: v2 });
    expect(await decodeLink(readableLink({ scenario: { ...v2, version: 1 } }))).toEqual({ kind: 'ok', format: 1, scenario: v2 });
  });
  it('a version-1 link keeps its meaning: "answers" there meant nothing and is dropped', async () => {
    const { answers: _answers, ...server } = v2.server as Extract<Scenario['server'], { type: 'raw' }>;
    const json = JSON.stringify({ ...v2, version: 1, server: v2.server });
    expect(await decodeLink('#scenario=' + encodeURIComponent(json))).toEqual({ kind: 'ok', format: 1, scenario: { ...v2, version: 1, server } });
  });
});

describe('what a page that knew only version 1 would drop is written as version 2', () => {
  const policy = (DEFAULT_SCENARIO.server as Extract<Scenario['server'], { type: 'policy' }>).policy;
  const cached: Scenario = { ...DEFAULT_SCENARIO, version: 1, server: { type: 'policy', policy: { ...policy, httpCache: { cacheControl: 'max-age=60', etag: true, lastModified: false, notModifiedCors: false } } } };
  const versionIn = (link: string) => (JSON.parse(decodeURIComponent(link.slice('#scenario='.length))) as { version: number }).version;

  it.each([
    ['the HTTP cache', cached],
    ['keepalive', { ...DEFAULT_SCENARIO, version: 1, request: { ...DEFAULT_SCENARIO.request, keepalive: true } }],
    ['a Blob body', { ...DEFAULT_SCENARIO, version: 1, request: { ...DEFAULT_SCENARIO.request, method: 'POST', body: { type: 'blob', text: 'x', blobType: 'text/plain' } } }],
    ['a status over 599', { ...DEFAULT_SCENARIO, version: 1, server: { type: 'policy', policy: { ...policy, actualStatus: 799 } } }],
    ['the page on the public network', { ...DEFAULT_SCENARIO, version: 1, network: { page: 'public', permission: 'denied' } }],
  ] as const)('%s', (_what, scenario) => {
    expect(versionIn(readableLink({ scenario: scenario as Scenario }))).toBe(2);
  });

  it('a plain scenario keeps its version, and a version-1 link written with the HTTP cache still opens with it', async () => {
    expect(versionIn(readableLink({ scenario: { ...DEFAULT_SCENARIO, version: 1 } }))).toBe(1);
    const old = '#scenario=' + encodeURIComponent(JSON.stringify(cached));
    expect(await decodeLink(old)).toEqual({ kind: 'ok', format: 1, scenario: cached });
  });
});
