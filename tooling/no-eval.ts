import type { Plugin } from 'vite';

/**
 * Keeps code that can evaluate strings, or write HTML, out of the built extension, as Mozilla's
 * add-on review and our own bar require (no `Function` constructor, no innerHTML assignment):
 * - zod 4 compiles fast parsers with `new Function` when it is allowed. Without the constructor
 *   it detects that and uses its interpreter, which gives the same results.
 * - Preact can assign innerHTML for `dangerouslySetInnerHTML`, which this project never uses.
 * Each replacement must match, so an upgrade that moves the code fails the build instead of
 * quietly shipping it.
 */
const RULES: { file: RegExp; from: string; to: string }[] = [
  { file: /zod\/v4\/core\/(util|doc|compile)\.js$/, from: 'const F = Function;', to: 'const F = undefined;' },
  {
    file: /preact\/dist\/preact\.mjs$/,
    from: 't.innerHTML=h.__html',
    to: '(()=>{throw Error("dangerouslySetInnerHTML is not supported")})()',
  },
];

export function noEval(): Plugin {
  return {
    name: 'make-it-safe:no-eval',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replace(/\\/g, '/');
      let out = code;
      for (const rule of RULES) {
        if (!rule.file.test(path)) continue;
        if (!out.includes(rule.from)) {
          this.error(`no-eval: expected "${rule.from}" in ${path}; check the library upgrade`);
        }
        out = out.split(rule.from).join(rule.to);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
