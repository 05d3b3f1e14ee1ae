import { beforeAll, describe, expect, it } from 'vitest';
import { compileOriginPattern, loadPatternEngine, MAX_ORIGIN_LENGTH, originMatches, patternEngineReady } from './origin-pattern.ts';

describe('origin patterns', () => {
  beforeAll(() => loadPatternEngine());

  it.each([
    '^http://(app|admin)\\.example\\.localhost:5173$',
    '^https?://[a-z0-9-]+\\.example\\.com$',
    '\\.example\\.com$',
    '^http://localhost:\\d{2,5}$',
    '^http://([a-z]+\\.)?example\\.com$',
    '^[(+)]+\\(+$',
  ])('accepts the patterns people write: %s', (pattern) => {
    expect(compileOriginPattern(pattern)).toMatchObject({ ok: true });
  });

  it.each([
    ['(a)\\1', /back-references/],
    ['^(?<h>a)\\k<h>$', /back-references/],
    ['^(?=http)x', /lookahead and lookbehind/],
    ['^(?!http://evil)', /lookahead and lookbehind/],
    ['(?<=a)b', /lookahead and lookbehind/],
    ['(?<!a)b', /lookahead and lookbehind/],
    ['(', /Not a valid origin pattern: missing closing \)/],
    ['a{1001}', /Not a valid origin pattern: invalid repeat count/],
    ['^(a{1,30}){1,30}$', /repeats too much/],
    ['a'.repeat(201), /longer than 200/],
  ])('refuses %s, saying why', (pattern, why) => {
    const compiled = compileOriginPattern(pattern);
    expect(compiled.ok).toBe(false);
    expect(!compiled.ok && compiled.message).toMatch(why);
  });

  it('an escaped backslash before a digit is not a back-reference', () => {
    expect(compileOriginPattern('^a\\\\1$')).toMatchObject({ ok: true });
    expect(originMatches('^a\\\\1$', 'a\\1')).toBe(true);
  });

  it('matches like RegExp.prototype.test (anywhere unless anchored)', () => {
    expect(originMatches('^http://app\\.x$', 'http://app.x')).toBe(true);
    expect(originMatches('\\.example\\.com$', 'http://a.example.com')).toBe(true);
    expect(originMatches('\\.example\\.com$', 'http://a.example.com.evil')).toBe(false);
    expect(originMatches('^http://a+$', 'http://' + 'a'.repeat(300))).toBe(false);
    expect(originMatches('^(.+\\1)$', 'http://app.x')).toBe(false);
  });

  // Each of these got past the old hand-written detector and, with a long
  // Origin, froze the process (^(a{1,30}){1,30}$ took 4.6 s on a 27-character one).
  it.each([
    '^((a|aa))+$',
    '^(a{1,8}){1,8}$',
    '^(\\w+\\w+)+$',
    '^(a?a?a?a?a?a?a?a?)+$',
    '^(a|a)*$',
    '^(.*a){12}$',
    '^(([a-z])+.)+[A-Z]([a-z])+$',
  ])('matches %s against a long hostile origin in linear time', (pattern) => {
    const origin = 'a'.repeat(MAX_ORIGIN_LENGTH - 1) + '!';
    const started = performance.now();
    expect(originMatches(pattern, origin)).toBe(false);
    // A backtracking engine would take years on this input; 1 s only absorbs a loaded machine.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('before the engine has loaded', () => {
  it('says the pattern is being checked (tested in a fresh module)', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    const fresh = await import('./origin-pattern.ts');
    expect(fresh.patternEngineReady()).toBe(false);
    expect(fresh.compileOriginPattern('^x$')).toMatchObject({ ok: false, pending: true, message: 'Checking the pattern…' });
    expect(fresh.originMatches('^x$', 'x')).toBe(false);
    await fresh.loadPatternEngine();
    expect(fresh.originMatches('^x$', 'x')).toBe(true);
    expect(patternEngineReady()).toBe(true);
  });
});
