import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const ENTRY = path.join(ROOT, 'entrypoints/social.content/index.ts');

/**
 * The extension APIs the content script may use. Its build has the browser's own `browser`, not
 * webextension-polyfill's (tooling/content-script-browser.ts), which is safe only while it uses
 * nothing the polyfill would change: `runtime.sendMessage` returns a promise natively in every
 * supported browser, and the `runtime.onMessage` listener never answers.
 */
const ALLOWED = new Set(['runtime.id', 'runtime.sendMessage', 'runtime.onMessage']);

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined; // a package (WXT's own, never the polyfill: see below)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  throw new Error(`${path.relative(ROOT, from)}: cannot find ${specifier}`);
}

/** Every source file the content script is built from, by following its imports (not type-only ones). */
function contentScriptSources(): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const queue = [ENTRY];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.includes(file)) continue;
    files.push(file);
    const code = readFileSync(file, 'utf8');
    const imports =
      /^(?:import\s+(type\s+)?(?:[\w*{}\s,]+from\s+)?|export\s+(type\s+)?(?:\*|\{[^}]*\})\s+from\s+)['"]([^'"]+)['"]/gm;
    for (const [, typeOnly, typeOnlyExport, specifier = ''] of code.matchAll(imports)) {
      if (typeOnly || typeOnlyExport || /\.css(\?|$)/.test(specifier)) continue; // styles have no code
      const next = resolveImport(file, specifier);
      if (next) queue.push(next);
      else packages.add(specifier);
    }
  }
  return { files, packages };
}

/** Each use of `browser` in the code, as the two names after it ("runtime.sendMessage"). */
export function browserUses(code: string): string[] {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const withoutImports = withoutComments.replace(/^import[^;]*;$/gm, '');
  return [...withoutImports.matchAll(/\bbrowser\b(?:\??\.(\w+))?(?:\??\.(\w+))?/g)].map(([, ns, member]) =>
    [ns, member].filter(Boolean).join('.'),
  );
}

describe('the extension APIs the content script uses', () => {
  const { files, packages } = contentScriptSources();

  it('finds the content script’s own modules', () => {
    const names = files.map((f) => path.relative(ROOT, f));
    expect(names).toEqual(
      expect.arrayContaining([
        'entrypoints/social.content/helper.ts',
        'components/helper-ui.ts',
        'components/guide-dom.ts',
        'lib/message-client.ts',
      ]),
    );
  });

  it('are only runtime.id, runtime.sendMessage and runtime.onMessage, named in full', () => {
    const found = files.flatMap((file) =>
      browserUses(readFileSync(file, 'utf8')).map((use) => `${path.relative(ROOT, file)}: browser.${use}`),
    );
    expect(found.length).toBeGreaterThan(0);
    // `browser` passed on whole, or only part of a name, could hide any API.
    expect(found.filter((use) => !ALLOWED.has(use.split(': browser.')[1]!))).toEqual([]);
  });

  it('come from wxt/browser, and no other package but WXT’s content-script helper is imported', () => {
    expect([...packages].sort()).toEqual(['wxt/browser', 'wxt/utils/define-content-script']);
  });

  it('are read the way this test reads them', () => {
    expect(browserUses('browser.runtime.sendMessage(x); browser?.storage?.local')).toEqual([
      'runtime.sendMessage',
      'storage.local',
    ]);
    expect(browserUses('const b = browser;')).toEqual(['']);
    expect(browserUses('// the browser’s own\n/* a browser */ fetch("https://x")')).toEqual([]);
  });
});

describe('the content script’s build', () => {
  const built = (file: string) => readFileSync(path.join(ROOT, '.output', file), 'utf8');
  const POLYFILL = 'This script should only be loaded in a browser extension';

  it('has the browser’s own `browser`, without webextension-polyfill, in Chrome, Edge and Firefox', () => {
    for (const dir of ['chrome-mv3', 'edge-mv3', 'firefox-mv2']) {
      expect(built(`${dir}/content-scripts/social.js`), dir).not.toContain(POLYFILL);
    }
  });

  it('while the background keeps the polyfill', () => {
    expect(built('chrome-mv3/background.js')).toContain(POLYFILL);
  });
});
