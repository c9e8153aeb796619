import { defineConfig } from 'vitest/config';

/** Build-failure tests: each copies the project, breaks one content file and runs a real build. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 180_000,
    maxConcurrency: 2,
  },
});
