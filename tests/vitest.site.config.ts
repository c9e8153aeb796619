import { defineConfig } from 'vitest/config';

/** Built-site tests: they read dist/ (build first; the test command does). */
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
  },
});
