import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One file at a time: browser tests start Chromium and a server each, and two of them beside
    // integration tests on two cores starve each other's timers and renders.
    maxWorkers: 1,
  },
});
