import { describe, expect, it } from 'vitest';
import { describeMaxAge, maxAgeByBrowser, readMaxAge } from './max-age.ts';
import { parseMaxAge } from './preflight.ts';

// Expected seconds written from the browsers' sources (see max-age.ts) and what Firefox 153 and
// WebKitGTK 2.50 did here (a second PUT preflighted or not), not from the table.
describe('what each browser keeps for Access-Control-Max-Age', () => {
  it.each([
    [null, { Chromium: 5, Firefox: 5, Safari: 5 }],
    [0, { Chromium: 0, Firefox: 0, Safari: 0 }],
    [-1, { Chromium: 0, Firefox: 0, Safari: 0 }],
    [60, { Chromium: 60, Firefox: 60, Safari: 60 }],
    [600, { Chromium: 600, Firefox: 600, Safari: 600 }],
    [3600, { Chromium: 3600, Firefox: 3600, Safari: 600 }],
    [86400, { Chromium: 7200, Firefox: 86400, Safari: 600 }],
    [1000000, { Chromium: 7200, Firefox: 86400, Safari: 600 }],
  ])('%s', (value, expected) => {
    expect(Object.fromEntries(maxAgeByBrowser(value).map((k) => [k.browser, k.seconds]))).toEqual(expected);
  });

  // Header values that are not plain whole numbers (observed: a second PUT within a second was preflighted again only where 0).
  it.each([
    ['  60  ', { chromium: 60, gecko: 60, webkit: 60 }],
    ['+60', { chromium: 60, gecko: 0, webkit: 60 }],
    ['1.5', { chromium: 5, gecko: 0, webkit: 5 }],
    ['abc', { chromium: 5, gecko: 0, webkit: 5 }],
    ['1, 60', { chromium: 5, gecko: 0, webkit: 5 }],
    ['', { chromium: 5, gecko: 5, webkit: 5 }],
    ['-1', { chromium: 0, gecko: 0, webkit: 0 }],
  ] as const)('the header %j', (value, expected) => {
    expect({ chromium: readMaxAge('chromium', value), gecko: readMaxAge('gecko', value), webkit: readMaxAge('webkit', value) }).toEqual(expected);
  });

  it("agrees with the engine's own reading for Chromium", () => {
    for (const v of [null, -5, 0, 1, 600, 7199, 7200, 7201, 86400]) {
      expect(maxAgeByBrowser(v)[0]!.seconds).toBe(parseMaxAge(v === null ? null : String(v)));
    }
  });

  it('says which values are capped', () => {
    expect(describeMaxAge(86400)).toBe('With Access-Control-Max-Age: 86400, Chromium keeps it 7200 s (its cap), Firefox keeps it 86400 s, Safari keeps it 600 s (its cap).');
    expect(describeMaxAge(null)).toBe('Without Access-Control-Max-Age, Chromium keeps it 5 s, Firefox keeps it 5 s, Safari keeps it 5 s.');
  });
});

describe('the explanation of the preflight cache', () => {
  it('says what each browser does with the value the policy sends', async () => {
    const { predictScenario } = await import('./test-support.ts');
    const { policyScenario } = await import('../scenario/cases/helpers.ts');
    const sentence = (maxAge: number | null) =>
      predictScenario(policyScenario({ method: 'PUT' }, { allowMethods: { type: 'list', values: ['PUT'] }, maxAge })).trace.find((s) => s.id === 'preflight-cache-store')?.sentence;
    expect(sentence(86400)).toBe('Chromium remembers this preflight answer for 7200 s. With Access-Control-Max-Age: 86400, Chromium keeps it 7200 s (its cap), Firefox keeps it 86400 s, Safari keeps it 600 s (its cap).');
    expect(sentence(null)).toMatch(/for 5 s\. Without Access-Control-Max-Age, .*Firefox keeps it 5 s/);
    expect(sentence(0)).toMatch(/not cached: .*0 or negative.*Safari/);
  });
});
