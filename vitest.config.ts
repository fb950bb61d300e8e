import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    // The reply recogniser is ready before any test plays a reply, as it is before the server listens.
    setupFiles: ['test/support/prepareUnderstanding.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One file at a time: browser tests start Chromium and a server each, and two of them beside
    // integration tests on two cores starve each other's timers and renders.
    maxWorkers: 1,
  },
});
