// The app build (two pages: the playground and the runner that fetch()es from
// another origin), the dev server, and vitest's settings.
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { budgetProblem, measureBundle } from './scripts/bundle-budget.mjs';

/**
 * Puts the runner's script inside runner.html. A sandboxed runner has the
 * origin "null", and a module script it loads from the app origin is a CORS
 * request the static server does not answer with CORS headers; an inline
 * script needs no request at all. The runner must therefore be one chunk.
 */
function inlineRunnerScript(): Plugin {
  return {
    name: 'cors-playground:inline-runner',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'runner');
        const html = bundle['runner.html'];
        if (!chunk || chunk.type !== 'chunk' || !html || html.type !== 'asset') return this.error('runner entry or runner.html missing');
        if (chunk.imports.length > 0) {
          return this.error(`the runner must not share code with the app at run time (it imports ${chunk.imports.join(', ')}); use type-only imports`);
        }
        const tag = new RegExp(`<script type="module"[^>]*src="[^"]*${chunk.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*></script>`);
        const source = String(html.source);
        if (!tag.test(source)) return this.error(`no script tag for ${chunk.fileName} in runner.html`);
        const code = chunk.code.replace(/<\/script/gi, '<\\/script');
        html.source = source.replace(tag, () => `<script type="module">${code}</script>`);
        delete bundle[chunk.fileName];
      },
    },
  };
}

/** Fails the build when the page's initial JavaScript is over budget (scripts/bundle-budget.mjs). */
function initialJsBudget(): Plugin {
  return {
    name: 'cors-playground:initial-js-budget',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const entry = chunks.find((c) => c.isEntry && c.name === 'main');
        if (!entry) return this.error('the main entry chunk is missing');
        const problem = budgetProblem(measureBundle(chunks, entry.fileName));
        if (problem) this.error(problem);
      },
    },
  };
}

// The dev script starts the policy server's app listener here; the dev server
// forwards everything that is not the front end to it.
const APP_LISTENER = 'http://127.0.0.1:5174';
const SITE = process.env.PLAYGROUND_SITE || 'playground.localhost';

export default defineConfig({
  plugins: [react(), inlineRunnerScript(), initialJsBudget()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    // In dev the runner's module scripts are fetched from the dev server by
    // pages on the other playground origins, and by the sandboxed runner ("null").
    cors: { origin: [/^http:\/\/([a-z0-9-]+\.)*localhost(:\d+)?$/, /^http:\/\/127\.0\.0\.1(:\d+)?$/, 'null'] },
    // As the production server does for runner.html: only the app may frame these pages.
    headers: { 'Content-Security-Policy': `frame-ancestors http://app.${SITE}:5173 http://localhost:5173` },
    proxy: {
      '/__env': APP_LISTENER,
      '/__session': APP_LISTENER,
      '/__log': APP_LISTENER,
      '/s/': APP_LISTENER,
      '/r/': APP_LISTENER,
    },
  },
  build: {
    // The polyfill would be a chunk shared with the runner; every target browser has modulepreload.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { main: 'index.html', runner: 'runner.html' },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Origin patterns need their (lazily loaded) linear-time engine, as the server loads it before listening.
    setupFiles: ['./src/policy/load-pattern-engine.setup.ts'],
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
