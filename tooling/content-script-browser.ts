import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const POLYFILL_BROWSER = '@wxt-dev/webextension-polyfill/browser';

/**
 * In the content script only, `browser` from `wxt/browser` is the browser's own extension API
 * (WXT's plain `browser`: `globalThis.browser` where it exists, else `chrome`), not
 * webextension-polyfill's wrapper. Every other entrypoint keeps the polyfill.
 *
 * Why: the content script runs on every load of a heavy social page, and the polyfill's module was
 * the largest part of its start: about a third of its size, and its code compiled and run before
 * the script could ask for anything (measured with marks in the built script, docs/architecture.md,
 * "What a page load costs"). The script uses only `runtime.id`, `runtime.sendMessage`, which
 * returns a promise natively in every browser this extension supports (Chrome and Edge from 99,
 * the manifest's minimum_chrome_version; `browser` in Firefox), and `runtime.onMessage` with a
 * listener that never answers: nothing the polyfill adds. A unit test keeps the script to those
 * (tests/unit/content-script-apis.test.ts).
 *
 * The @wxt-dev/webextension-polyfill module aliases `wxt/browser` to its own file for every build;
 * this resolves that file to WXT's plain `browser` instead, in the content script's build alone.
 */
export function contentScriptBrowser(): Plugin {
  return {
    name: 'make-it-safe:content-script-browser',
    enforce: 'pre',
    async resolveId(source) {
      if (source !== POLYFILL_BROWSER) return null;
      // Resolved from WXT's own `wxt/browser`, so it is the copy WXT itself would use: it is WXT's
      // dependency, not this project's.
      const wxtBrowser = createRequire(import.meta.url).resolve('wxt/browser');
      const plain = await this.resolve('@wxt-dev/browser', wxtBrowser, { skipSelf: true });
      if (!plain) this.error('content-script-browser: @wxt-dev/browser (WXT’s plain browser) was not found');
      return plain;
    },
  };
}
