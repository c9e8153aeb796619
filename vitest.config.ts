import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic in src/lib and the remark/rehype plugins. Built-site and browser tests have their own configs. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
