// The verification suite runs on its own (npm run verify-exports): it starts
// real frameworks, so it is kept out of the unit tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['verify/**/*.test.ts'],
    root: '.',
    fileParallelism: false,
    // Our policy server matches origin patterns only once re2js has loaded (as the real server
    // waits for it before listening); without it the first probes see no pattern match.
    setupFiles: ['./src/policy/load-pattern-engine.setup.ts'],
  },
});
