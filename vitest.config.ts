import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration suites share one Redis; each run uses its own key prefix, so files may run in parallel.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: ['test/fuzz/**'], sequence: { groupOrder: 0 } },
      },
      {
        // The fuzz suite measures handling latency as a freeze guard, so it runs after the rest, one file at a time.
        extends: true,
        test: {
          name: 'fuzz',
          include: ['test/fuzz/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
