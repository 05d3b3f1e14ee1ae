import { describe, expect, it } from 'vitest';
import { compileOriginPattern, originMatches } from './origin-pattern.ts';

describe('origin patterns', () => {
  it.each([
    '^http://(app|admin)\\.example\\.localhost:5173$',
    '^https?://[a-z0-9-]+\\.example\\.com$',
    '\\.example\\.com$',
    '^http://localhost:\\d{2,5}$',
    '^http://([a-z]+\\.)?example\\.com$',
  ])('accepts the patterns people write: %s', (pattern) => {
    expect(compileOriginPattern(pattern)).toMatchObject({ ok: true });
  });

  it.each([
    ['(a+)+$', /another repetition/],
    ['^(.+)+X$', /another repetition/],
    ['^(\\w*)*$', /another repetition/],
    ['^((ab)+)+$', /another repetition/],
    ['^(a|aa)+$', /alternatives/],
    ['^(x|x?)*y$', /alternatives/],
    ['(a)\\1', /back-references/],
    ['(', /Not a valid regular expression/],
    ['a'.repeat(201), /longer than 200/],
  ])('refuses %s, saying why', (pattern, why) => {
    const compiled = compileOriginPattern(pattern);
    expect(compiled.ok).toBe(false);
    expect(!compiled.ok && compiled.message).toMatch(why);
  });

  it('ignores grouping characters inside classes and escapes', () => {
    expect(compileOriginPattern('^[(+)]+\\(+$')).toMatchObject({ ok: true });
  });

  it('matches only sane origins, and a refused pattern matches nothing', () => {
    expect(originMatches('^http://app\\.x$', 'http://app.x')).toBe(true);
    expect(originMatches('^http://a+$', 'http://' + 'a'.repeat(300))).toBe(false);
    expect(originMatches('^(.+)+$', 'http://app.x')).toBe(false);
  });
});
