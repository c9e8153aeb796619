import { defineConfig } from 'vitest/config';

/** The gates: every page in the sitemap through axe, Chromium and JavaScript off; Lighthouse on key pages. */
export default defineConfig({
  test: {
    include: ['tests/e2e/gates/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
