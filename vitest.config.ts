import { defineConfig } from 'vitest/config';

// Node tests run in parallel; the browser suite (tests/e2e) shares one Chromium
// and runs its files in series (see tests/e2e/README in that folder).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
