// The production bundle as the browser gets it: the initial JavaScript (the
// entry chunk and what it imports statically, from dist/index.html's module
// script) and every chunk loaded with import(), gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INITIAL_JS_BUDGET_BYTES, measureBundle } from '../bundle-budget.mjs';

/** Static imports of a built chunk: its `import … from "./x.js"` lines (not import()). */
const staticImports = (code) => [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => `assets/${m[1]}`);

export function benchBundle(dist = 'dist') {
  const assets = join(dist, 'assets');
  const chunks = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const code = readFileSync(join(assets, f), 'utf8');
      return { fileName: `assets/${f}`, code, imports: staticImports(code) };
    });
  const entry = /<script type="module"[^>]*src="\/(assets\/[^"]+\.js)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
  if (!entry) throw new Error(`no module script in ${dist}/index.html`);
  return { budget: INITIAL_JS_BUDGET_BYTES, entry, ...measureBundle(chunks, entry) };
}
