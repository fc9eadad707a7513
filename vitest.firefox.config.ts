import { defineConfig } from 'vitest/config';

/** End-to-end tests in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi. */
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/e2e/firefox/firefox-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/firefox.json' },
  },
});
