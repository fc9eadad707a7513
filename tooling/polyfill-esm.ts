import type { Plugin } from 'vite';

const POLYFILL = /\/webextension-polyfill\/dist\/browser-polyfill(\.min)?\.js$/;

/**
 * Serves webextension-polyfill (a UMD file, unchanged) as an ES module.
 *
 * Why: imported as CommonJS, the bundler's interop helper copies every own property of the
 * module's export onto a new object. Where the browser has a native `browser` (Firefox, and
 * Chromium 156 here), the polyfill exports that object itself, and copying its properties makes
 * the browser build every extension API it offers, wherever the polyfill is loaded (about 0.4 ms
 * of a social site's main thread when the content script still carried it, measured with marks in
 * the built script; the background and the extension's pages load it now). As an ES module the
 * export is passed through untouched and the APIs are built only when used.
 *
 * The wrapper gives the UMD a local `module` so it takes its CommonJS branch (never the AMD one,
 * never writing a global), then exports what the polyfill put there.
 */
export function polyfillAsEsm(): Plugin {
  return {
    name: 'make-it-safe:polyfill-esm',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replace(/\\/g, '/');
      if (!POLYFILL.test(path)) return null;
      if (!code.includes('factory(module)')) {
        this.error(`polyfill-esm: ${path} no longer looks like the UMD build this wrapper expects`);
      }
      return {
        code: `var define = undefined;\nvar module = { exports: {} };\nvar exports = module.exports;\n${code}\nexport default module.exports;\n`,
        map: null,
      };
    },
  };
}
