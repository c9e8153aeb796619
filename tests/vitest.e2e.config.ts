import { defineConfig } from 'vitest/config';

/** Browser tests: Chromium against `astro preview` of dist/ (build first; the test command does). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    exclude: ['tests/e2e/gates/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
