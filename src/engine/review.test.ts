import { describe, expect, test } from 'vitest';
import { reviewPolicy } from './review.ts';
import { BASE_POLICY } from '../scenario/cases/helpers.ts';
import { DEPLOYMENT } from './test-support.ts';
import type { Policy } from '../scenario/types.ts';
import { resolveServerSide } from '../scenario/resolve.ts';

const patternWarning = (pattern: string) =>
  reviewPolicy({ type: 'policy', policy: { ...BASE_POLICY, allowOrigin: { type: 'pattern', pattern } } }, DEPLOYMENT).find((w) => w.id.startsWith('pattern-'));
const originsIn = (text: string) => text.match(/https?:\/\/[^\s,]*[^\s,.:]/g) ?? [];
/** The pattern as the server runs it (tokens resolved), as JavaScript itself would build it. */
function jsRegExp(pattern: string): RegExp {
  const server = resolveServerSide({ type: 'policy', policy: { ...BASE_POLICY, allowOrigin: { type: 'pattern', pattern } } }, DEPLOYMENT);
  const text = server.type === 'policy' && server.policy.allowOrigin.type === 'pattern' ? server.policy.allowOrigin.pattern : '';
  const literal = /^\/(.*)\/([a-z]*)$/.exec(text);
  return literal ? new RegExp(literal[1]!, literal[2]) : new RegExp(text);
}

const ids = (p: Partial<Policy>) => reviewPolicy({ type: 'policy', policy: { ...BASE_POLICY, ...p } }, DEPLOYMENT).map((w) => w.id);

describe('reviewPolicy', () => {
  test('a single named origin raises nothing', () => expect(ids({})).toEqual([]));
  test('reflection with credentials is dangerous', () => expect(ids({ allowOrigin: { type: 'reflect' }, allowCredentials: true })).toContain('reflect-with-credentials'));
  test('allowing null', () => expect(ids({ allowOrigin: { type: 'list', origins: ['{app}', 'null'] } })).toContain('allows-null'));
  test('an unanchored pattern matches http://app.<site>.evil.localhost', () => expect(ids({ allowOrigin: { type: 'pattern', pattern: 'app\\.{site}' } })).toContain('pattern-matches-other-sites'));
  test('a literal pattern with unescaped dots matches another host', () =>
    expect(ids({ allowOrigin: { type: 'pattern', pattern: '^http://app.playground.localhost:5173$' } })).toContain('pattern-matches-other-sites'));
  test('an anchored, escaped pattern is fine', () => expect(ids({ allowOrigin: { type: 'pattern', pattern: '^http://app\\.{site}:5173$' } })).toEqual([]));
  test('several listed origins without Vary: Origin', () =>
    expect(ids({ allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] }, varyOrigin: false })).toContain('missing-vary-origin'));
  test('* with credentials', () => expect(ids({ allowOrigin: { type: 'any' }, allowCredentials: true })).toContain('wildcard-with-credentials'));
  test('raw {origin} with ACAC true', () => {
    const w = reviewPolicy({ type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 200, headers: [['Access-Control-Allow-Origin', '{origin}'], ['Access-Control-Allow-Credentials', 'true']] } }, DEPLOYMENT);
    expect(w.map((x) => x.id)).toEqual(expect.arrayContaining(['reflect-with-credentials', 'missing-vary-origin']));
  });

  describe('pattern warnings name attacker origins that really match, with only the advice that applies', () => {
    // [pattern, advice that must appear, advice that must not]
    const rows: [string, RegExp, RegExp][] = [
      ['/example\\.com$/', /anchor the start/, /escape the dots|anchor the end/],
      ['example\\.com', /anchor the start.*anchor the end/, /escape the dots/],
      ['^https://www.example.com$', /escape the dots/, /anchor/],
      ['^http://app.playground.localhost:5173$', /escape the dots/, /anchor/],
      ['app\\.{site}', /anchor the end with \$/, /escape the dots|anchor the start/],
      ['{site}', /anchor the start.*anchor the end/, /escape the dots/],
      ['^http://.*example\\.com$', /require "\." or ":\/\/" right before the domain/, /escape the dots|anchor the start with/],
      ['.*', /name the trusted origins/, /escape the dots|anchor/],
    ];
    test.each(rows)('%s', (pattern, must, mustNot) => {
      const w = patternWarning(pattern);
      expect(w?.id).toBe('pattern-matches-other-sites');
      expect(w?.message).toMatch(must);
      expect(w?.message).not.toMatch(mustNot);
      const origins = originsIn(w!.message).filter((o) => !o.includes('example\\.com'));
      expect(origins.length).toBeGreaterThan(0);
      for (const origin of origins) {
        expect(new URL(origin).origin, `${origin} is a serialized origin`).toBe(origin);
        expect(jsRegExp(pattern).test(origin), `${pattern} matches ${origin}`).toBe(true);
      }
    });
    test('a JavaScript literal suffix check lets http://evil-example.com in', () => expect(patternWarning('/example\\.com$/')?.message).toContain('http://evil-example.com'));
    test('a tight pattern in either syntax raises nothing', () => {
      expect(patternWarning('/^https?:\\/\\/(www\\.)?example\\.com$/i')).toBeUndefined();
      expect(patternWarning('^http://(app|admin)\\.{site}:5173$')).toBeUndefined();
    });
    test('any subdomain of the site is a note, not a danger', () => {
      const w = patternWarning('^http://[a-z0-9-]+\\.{site}(:\\d+)?$');
      expect(w?.id).toBe('pattern-matches-any-subdomain');
      expect(w?.severity).toBe('info');
    });
    test('a pattern the server refuses says so', () => expect(patternWarning('/x/g')?.id).toBe('pattern-invalid'));
  });
});
