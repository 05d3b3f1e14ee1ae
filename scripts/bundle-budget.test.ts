import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgetProblem, INITIAL_JS_BUDGET_BYTES, measureBundle } from './bundle-budget.mjs';

// Random base64 compresses only to about 3/4 (6 bits of 8 per character).
const incompressible = (bytes: number) => randomBytes(Math.ceil((bytes * 3) / 4)).toString('base64').slice(0, bytes);
const gzipped = (code: string) => gzipSync(code).byteLength;

describe('initial JavaScript budget', () => {
  it('counts the entry and its static imports, not chunks loaded with import()', () => {
    const [main, shared, lazy] = [incompressible(20_000), incompressible(10_000), incompressible(50_000)];
    const measured = measureBundle(
      [
        { fileName: 'main.js', code: main, imports: ['shared.js'] },
        { fileName: 'shared.js', code: shared, imports: [] },
        { fileName: 'lazy.js', code: lazy, imports: ['shared.js'] },
      ],
      'main.js',
    );
    expect(measured.chunks.filter((c) => c.initial).map((c) => c.fileName)).toEqual(['main.js', 'shared.js']);
    expect(measured.initialGzipBytes).toBe(gzipped(main) + gzipped(shared));
    expect(budgetProblem(measured)).toBeNull();
  });

  it('names the size, the budget and the chunks when the initial JavaScript is over budget', () => {
    const measured = measureBundle(
      [
        { fileName: 'main.js', code: incompressible(INITIAL_JS_BUDGET_BYTES), imports: ['vendor.js'] },
        { fileName: 'vendor.js', code: incompressible(40_000), imports: [] },
      ],
      'main.js',
    );
    expect(measured.initialGzipBytes).toBeGreaterThan(INITIAL_JS_BUDGET_BYTES);
    expect(budgetProblem(measured)).toMatch(/^initial JavaScript is 1[1-2][0-9]\.\d\d kB gzip, over its budget of 110\.00 kB \(main\.js \d+\.\d\d kB, vendor\.js \d+\.\d\d kB\)/);
  });

  it('refuses to measure without the entry chunk', () => {
    expect(() => measureBundle([{ fileName: 'a.js', code: 'x', imports: [] }], 'main.js')).toThrow('no chunk named main.js');
  });
});
