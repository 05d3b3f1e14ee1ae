// The page's JavaScript budget: what the browser must load before the page can
// run (the entry chunk and every chunk it imports statically) is measured
// gzipped and must stay within INITIAL_JS_BUDGET_BYTES. Chunks reached only by
// import() load on demand and are reported, not counted. The build fails when
// the budget is exceeded (vite.config.ts), and `npm run bench` prints the sizes.
import { gzipSync } from 'node:zlib';

/** 110 kB (1000 bytes, as Vite prints them) of gzipped initial JavaScript. node:zlib's default level. */
export const INITIAL_JS_BUDGET_BYTES = 110_000;

export const gzipSize = (code) => gzipSync(code).byteLength;

/**
 * @param chunks JavaScript chunks: { fileName, code, isEntry, imports (static), dynamicImports }
 * @param entryName the file name of the page's entry chunk
 */
export function measureBundle(chunks, entryName) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set();
  const visit = (name) => {
    const chunk = byName.get(name);
    if (!chunk || initial.has(name)) return;
    initial.add(name);
    chunk.imports.forEach(visit);
  };
  visit(entryName);
  if (initial.size === 0) throw new Error(`no chunk named ${entryName}`);
  const sized = chunks.map((c) => ({ fileName: c.fileName, bytes: c.code.length, gzipBytes: gzipSize(c.code), initial: initial.has(c.fileName) }));
  const initialGzipBytes = sized.filter((c) => c.initial).reduce((sum, c) => sum + c.gzipBytes, 0);
  return { initialGzipBytes, chunks: sized };
}

/** Why the measured bundle is over budget, or null when it fits. */
export function budgetProblem(measured, budget = INITIAL_JS_BUDGET_BYTES) {
  if (measured.initialGzipBytes <= budget) return null;
  const kb = (n) => (n / 1000).toFixed(2);
  const list = measured.chunks.filter((c) => c.initial).map((c) => `${c.fileName} ${kb(c.gzipBytes)} kB`).join(', ');
  return `initial JavaScript is ${kb(measured.initialGzipBytes)} kB gzip, over its budget of ${kb(budget)} kB (${list}). Load rarely used parts with import(), or trim a dependency (docs/performance.md).`;
}
