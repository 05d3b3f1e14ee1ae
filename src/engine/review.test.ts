import { describe, expect, test } from 'vitest';
import { reviewPolicy } from './review.ts';
import { BASE_POLICY } from '../scenario/cases/helpers.ts';
import { DEPLOYMENT } from './test-support.ts';
import type { Policy } from '../scenario/types.ts';

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
});
