// The app build (two pages: the playground and the runner that fetch()es from
// another origin), the dev server, and vitest's settings.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The dev script starts the policy server's app listener here; the dev server
// forwards everything that is not the front end to it.
const APP_LISTENER = 'http://127.0.0.1:5174';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/__env': APP_LISTENER,
      '/__log': APP_LISTENER,
      '/s/': APP_LISTENER,
      '/r/': APP_LISTENER,
    },
  },
  build: {
    rollupOptions: {
      input: { main: 'index.html', runner: 'runner.html' },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'server/**/*.test.ts'],
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
