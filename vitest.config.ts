import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['packages/domain/src/**', 'packages/telephony/src/**'],
      exclude: ['**/*.test.ts', '**/testing/**'],
      reporter: ['text-summary'],
      // STYLE.md §9: every line of the pure cores is exercised by a test.
      thresholds: { 'packages/domain/src/**': { lines: 100 }, 'packages/telephony/src/**': { lines: 100 } },
    },
  },
});
