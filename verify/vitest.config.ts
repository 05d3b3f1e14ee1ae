// The verification suite runs on its own (npm run verify-exports): it starts
// real frameworks, so it is kept out of the unit tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['verify/**/*.test.ts'],
    root: '.',
    fileParallelism: false,
  },
});
