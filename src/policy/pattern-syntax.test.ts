import { describe, expect, it } from 'vitest';
import { describeReading, originPatternProblem, patternAllowsOrigin, readOriginPattern } from './pattern-syntax.ts';

// Each row: the text typed, the syntax it must be read in (or the error), and
// origins it must and must not allow. Expectations written from JavaScript's
// own reading of the same text (a RegExp literal vs new RegExp(text)).
const READINGS: { text: string; syntax: 'literal' | 'source'; source: string; flags: string; allows: string[]; refuses: string[] }[] = [
  { text: '/example\\.com$/', syntax: 'literal', source: 'example\\.com$', flags: '', allows: ['https://example.com', 'https://www.example.com'], refuses: ['https://example.com.evil.net', 'https://EXAMPLE.com'] },
  { text: '/EXAMPLE\\.com$/i', syntax: 'literal', source: 'EXAMPLE\\.com$', flags: 'i', allows: ['https://example.com', 'https://Example.COM'], refuses: ['https://example.org'] },
  { text: '/^https:\\/\\/app\\.example\\.com$/', syntax: 'literal', source: '^https:\\/\\/app\\.example\\.com$', flags: '', allows: ['https://app.example.com'], refuses: ['http://app.example.com'] },
  { text: '/^https?:\\/\\/[A-Z]+\\.example\\.com$/i', syntax: 'literal', source: '^https?:\\/\\/[A-Z]+\\.example\\.com$', flags: 'i', allows: ['http://www.example.com'], refuses: ['http://www.example.com:8080'] },
  { text: '/\\Dexample\\.com$/i', syntax: 'literal', source: '\\Dexample\\.com$', flags: 'i', allows: ['https://www.example.com'], refuses: ['https://1example.com'] },
  { text: '/[/]x$/ms', syntax: 'literal', source: '[/]x$', flags: 'ms', allows: ['http://x'], refuses: ['http://y'] },
  { text: 'example\\.com$', syntax: 'source', source: 'example\\.com$', flags: '', allows: ['https://example.com'], refuses: ['https://example.org'] },
  { text: '^https://app\\.example\\.com$', syntax: 'source', source: '^https://app\\.example\\.com$', flags: '', allows: ['https://app.example.com'], refuses: ['https://app.example.com.evil.net'] },
  { text: 'a/b', syntax: 'source', source: 'a/b', flags: '', allows: [], refuses: ['http://a'] },
  { text: 'https?://x/', syntax: 'source', source: 'https?://x/', flags: '', allows: [], refuses: ['http://x'] },
];

const ERRORS: [text: string, message: RegExp][] = [
  ['//', /empty/],
  ['//i', /empty/],
  ['/https?://x/', /must be written \\\//],
  ['/x/g', /lastIndex/],
  ['/x/y', /lastIndex/],
  ['/x/u', /u flag is not supported/],
  ['/x/ii', /written twice/],
  ['/x/q', /"q" is not a RegExp flag/],
  ['/path/to', /"t" is not a RegExp flag/],
  // What the matcher (origin-pattern.ts) refuses is refused in both syntaxes, with its words.
  ['/(a)\\1/', /back-references/],
  ['(a)\\1', /back-references/],
  ['/[/', /Not a valid/],
  ['[', /Not a valid/],
];

describe('readOriginPattern', () => {
  it.each(READINGS)('$text is read as a $syntax', ({ text, syntax, source, flags, allows, refuses }) => {
    expect(readOriginPattern(text)).toMatchObject({ ok: true, syntax, source, flags });
    expect(originPatternProblem(text)).toBeNull();
    for (const origin of allows) expect(patternAllowsOrigin(text, origin), origin).toBe(true);
    for (const origin of refuses) expect(patternAllowsOrigin(text, origin), origin).toBe(false);
  });

  it.each(READINGS.filter((r) => r.syntax === 'literal'))('$text matches exactly what the same JavaScript literal matches', ({ source, flags, allows, refuses }) => {
    const js = new RegExp(source, flags);
    for (const origin of [...allows, ...refuses]) expect(patternAllowsOrigin(`/${source}/${flags}`, origin), origin).toBe(js.test(origin));
  });

  it.each(ERRORS)('%s is refused: %s', (text, message) => {
    expect(originPatternProblem(text)).toMatch(message);
    expect(patternAllowsOrigin(text, 'http://x')).toBe(false);
  });

  it('says which syntax it understood', () => {
    const literal = readOriginPattern('/example\\.com$/i');
    const bare = readOriginPattern('example\\.com$');
    expect(literal.ok && describeReading(literal)).toMatch(/RegExp literal.*source example\\\.com\$.*i: letters match in either case/);
    expect(bare.ok && describeReading(bare)).toMatch(/bare RegExp source/);
  });
});
