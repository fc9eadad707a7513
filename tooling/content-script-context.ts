import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const WXT_CONTEXT = 'wxt/utils/content-script-context';
const OWN_CONTEXT = fileURLToPath(new URL('../entrypoints/social.content/script-context.ts', import.meta.url));

/**
 * In the content script's build, WXT's entry gets the extension's own small context
 * (entrypoints/social.content/script-context.ts) where it imports WXT's ContentScriptContext. WXT
 * makes the context before the script's `main` runs, so no choice in the script itself could spare
 * the page what WXT's does at start; the reasons are in script-context.ts. A unit test checks the
 * built script for WXT's context (tests/unit/content-script-apis.test.ts).
 */
export function contentScriptContext(): Plugin {
  return {
    name: 'make-it-safe:content-script-context',
    enforce: 'pre',
    resolveId(source) {
      return source === WXT_CONTEXT ? OWN_CONTEXT : null;
    },
  };
}
