import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The browser test starts Chromium; keep files in separate forks but not too many on 2 cores.
    pool: 'forks',
    maxWorkers: 2,
  },
});
