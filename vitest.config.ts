import { defineConfig } from 'vitest/config';

// Build, search and browser tests read dist/, which `npm test` builds first.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Bad-input tests run about fourteen whole builds at once (each now drawing 78 figure images): on two idle cores they took over 60 s.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // Browser and build-fixture tests each start heavy processes; two cores are all there is.
    fileParallelism: false,
    reporters: ['default', './tests/helpers/group-times-reporter.ts'],
  },
});
