import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium with the built extension loaded (see
 * tests/e2e/chromium/fixtures.ts). Workers share nothing; each keeps one browser for its tests,
 * which each find it as a new profile would be.
 */
export default defineConfig({
  testDir: 'tests/e2e/chromium',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // Three on a 2-core machine: the tests spend most of their time waiting for browsers (a whole
  // test run keeps the cores under half busy), and the test command must stay under 20 minutes.
  workers: 3,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/chromium.json' }]],
  use: { trace: 'off' },
});
