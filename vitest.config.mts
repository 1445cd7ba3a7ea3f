import { defineConfig } from 'vitest/config';

// Unit and model tests. Logic in lib/ and model tests run in node; component tests
// (tests/components/**) run in jsdom. End-to-end tests in real Chromium live in tests/e2e
// and are run by scripts/e2e.mjs against the built site, not by vitest.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
