import { defineConfig } from 'vitest/config';

// Build, search and browser tests read dist/, which `npm test` builds first.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and build-fixture tests each start heavy processes; two cores are all there is.
    fileParallelism: false,
    reporters: ['default', './tests/helpers/group-times-reporter.ts'],
  },
});
