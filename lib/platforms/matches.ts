/**
 * Every content-script match pattern: the registry's, written out. The content script imports this
 * list instead of the registry, which would bundle every platform's data into every page it runs on;
 * a unit test fails when it differs from the registry (tests/unit/registry.test.ts).
 */
export const CONTENT_MATCHES: readonly string[] = [
  '*://instagram.com/*',
  '*://www.instagram.com/*',
  '*://www.tiktok.com/*',
];
