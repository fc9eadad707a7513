import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { noEval } from './tooling/no-eval';
import { polyfillAsEsm } from './tooling/polyfill-esm';
import { contentScriptBrowser } from './tooling/content-script-browser';
import { contentScriptContext } from './tooling/content-script-context';
import { e2eAsRelease } from './tooling/e2e-as-release';
import { ALL_MATCHES } from './lib/platforms/registry';
import { FIREFOX_ID } from './lib/policy-examples';

/**
 * End-to-end tests load a build made with `--mode e2e`, which alone carries a manifest `key` so
 * Chromium gives it a fixed extension id. Release builds never carry the key, and never read it:
 * the sources archive for Mozilla's reviewers leaves the tests out and must still build.
 */
const e2eKey = () => readFileSync(new URL('./tests/e2e/chromium-test-key.txt', import.meta.url), 'utf8').trim();

// WXT takes the mode as NODE_ENV, so `--mode e2e` would build what the tests and the bench load
// with Preact's development JSX and every library's development branches: not what ships. The
// manifest key must be the only difference.
if (process.env.NODE_ENV === 'e2e') process.env.NODE_ENV = 'production';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Settings and checklist progress live in browser.storage.local; nothing else is needed.
    permissions: ['storage'],
    // The supported sites only, the same as the content script's matches (no extra warning): the
    // popup needs them to see that the current tab is one of them (tabs.query shows a tab's
    // address only for hosts the extension may access).
    host_permissions: ALL_MATCHES,
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser !== 'firefox'
      ? {
          // Settings an administrator can preset and lock (docs/browser-policy.md). Firefox reads
          // them from policies.json without a schema, and does not know this key.
          storage: { managed_schema: 'managed-schema.json' },
          // The content script has the browser's own API, not the polyfill's
          // (tooling/content-script-browser.ts): its runtime.sendMessage returns a promise from
          // Chrome and Edge 99 on.
          minimum_chrome_version: '99',
        }
      : {}),
    ...(mode === 'e2e' && browser !== 'firefox' ? { key: e2eKey() } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ID,
              // data_collection_permissions is understood from Firefox 140 on.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android understands data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // `npm run zip`: one package per store (Chrome Web Store, Edge Add-ons, addons.mozilla.org) and,
  // with Firefox's, the sources Mozilla's reviewers rebuild it from. The sources are an allowlist,
  // so nothing lands in them by accident (tests, builds, local tools, anything secret).
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    includeSources: [
      'README.md',
      '.nvmrc',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'scripts/build',
      'scripts/env.sh',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'locales/**',
      'public/**',
      'tooling/**',
    ],
  },
  hooks: {
    // The content script's own build (WXT builds each content script apart) gets the browser's own
    // `browser` instead of the polyfill's, and the extension's own small context instead of WXT's:
    // see tooling/content-script-browser.ts and tooling/content-script-context.ts.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entry) => entry.type === 'content-script')) {
        config.plugins = [...(config.plugins ?? []), contentScriptBrowser(), contentScriptContext()];
      }
    },
  },
  vite: ({ mode }) => ({
    build: { target: 'es2022' },
    // See tooling/custom-element-name.ts: a lighter check of the helper's own host-element name.
    resolve: {
      alias: {
        'is-potential-custom-element-name': fileURLToPath(new URL('./tooling/custom-element-name.ts', import.meta.url)),
      },
    },
    plugins: [noEval(), polyfillAsEsm(), ...(mode === 'e2e' ? [e2eAsRelease()] : [])],
  }),
});
