import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const ENTRY = path.join(ROOT, 'entrypoints/social.content/index.ts');
/** Built in by WXT's own entry in place of WXT's context (tooling/content-script-context.ts). */
const CONTEXT = path.join(ROOT, 'entrypoints/social.content/script-context.ts');

/**
 * The extension APIs the content script may use. Its build has the browser's own `browser`, not
 * webextension-polyfill's (tooling/content-script-browser.ts), which is safe only while it uses
 * nothing the polyfill would change: `runtime.sendMessage` returns a promise natively in every
 * supported browser, and the `runtime.onMessage` listener never answers.
 */
const ALLOWED = new Set([
  'runtime.id',
  'runtime.sendMessage',
  'runtime.onMessage.addListener',
  'runtime.onMessage.removeListener',
]);

/** Exactly the files the content script is built from (its own code; WXT's is checked in the build). */
const EXPECTED_FILES = [
  'components/dom.ts',
  'components/guide-dom.ts',
  'components/helper-ui.ts',
  'components/second-press.ts',
  'entrypoints/social.content/address-watch.ts',
  'entrypoints/social.content/helper.ts',
  'entrypoints/social.content/index.ts',
  'entrypoints/social.content/script-context.ts',
  'entrypoints/social.content/shadow-host.ts',
  'lib/bidi.ts',
  'lib/helper-events.ts',
  'lib/message-client.ts',
  'lib/one-at-a-time.ts',
  'lib/page-path.ts',
  'lib/platforms/matches.ts',
];

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  throw new Error(`${path.relative(ROOT, from)}: cannot find ${specifier}`);
}

interface Module {
  file: string;
  source: ts.SourceFile;
  /** Imports and re-exports that bring code (not type-only ones), and dynamic import()s. */
  specifiers: string[];
}

function parse(file: string): Module {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      specifiers.push(arg && ts.isStringLiteral(arg) ? arg.text : '<computed import()>');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, source, specifiers };
}

/**
 * Every source file the content script is built from, by following its imports from the entry and
 * from the context WXT's entry is given.
 */
function contentScriptSources(): { modules: Module[]; packages: Set<string> } {
  const modules: Module[] = [];
  const packages = new Set<string>();
  const queue = [ENTRY, CONTEXT];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (modules.some((m) => m.file === file)) continue;
    const module = parse(file);
    modules.push(module);
    for (const specifier of module.specifiers) {
      if (/\.css(\?|$)/.test(specifier)) continue; // styles have no code
      const next = resolveImport(file, specifier);
      if (next) queue.push(next);
      else packages.add(specifier);
    }
  }
  return { modules, packages };
}

/**
 * How one file uses the extension API: how it imports it from `wxt/browser` (only `{ browser }`,
 * under that name, or any use could hide behind another), and each use of `browser` as the chain
 * of names read from it ("runtime.sendMessage"). A use that is not a chain of plain property reads
 * (passed on whole, indexed) is listed as such.
 */
function extensionApiUses(code: string): { imports: string[]; uses: string[] } {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const imports: string[] = [];
  const uses: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && (node.moduleSpecifier as ts.StringLiteral).text === 'wxt/browser') {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      if (clause?.name) imports.push(`default as ${clause.name.text}`);
      if (bindings && ts.isNamespaceImport(bindings)) imports.push(`* as ${bindings.name.text}`);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const e of bindings.elements) {
          if (e.isTypeOnly || clause?.isTypeOnly) continue;
          imports.push(e.propertyName ? `${e.propertyName.text} as ${e.name.text}` : e.name.text);
        }
      }
      return; // the import itself is not a use
    }
    if (ts.isIdentifier(node) && node.text === 'browser' && !ts.isPropertyAccessExpression(node.parent)) {
      uses.push('(whole)');
    } else if (
      ts.isIdentifier(node) &&
      node.text === 'browser' &&
      (node.parent as ts.PropertyAccessExpression).expression === node
    ) {
      const names: string[] = [];
      let at: ts.Node = node;
      while (ts.isPropertyAccessExpression(at.parent) && at.parent.expression === at) {
        names.push(at.parent.name.text);
        at = at.parent;
      }
      uses.push(names.join('.'));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, uses };
}

describe('the extension APIs the content script uses', () => {
  const { modules, packages } = contentScriptSources();
  const name = (m: Module) => path.relative(ROOT, m.file);

  it('are looked for in exactly the content script’s own modules', () => {
    expect(modules.map(name).sort()).toEqual(EXPECTED_FILES);
  });

  it('are only runtime.id, runtime.sendMessage and runtime.onMessage’s listeners, named in full', () => {
    const found = modules.flatMap((m) =>
      extensionApiUses(m.source.getFullText()).uses.map((use) => `${name(m)}: browser.${use}`),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((use) => !ALLOWED.has(use.split(': browser.')[1]!))).toEqual([]);
  });

  it('are imported from wxt/browser only as `browser`, under that name', () => {
    const imports = modules.flatMap((m) => extensionApiUses(m.source.getFullText()).imports);
    expect(new Set(imports)).toEqual(new Set(['browser']));
  });

  it('come with no other package but WXT’s content-script helper', () => {
    expect([...packages].sort()).toEqual(['wxt/browser', 'wxt/utils/define-content-script']);
  });

  it('are read the way this test reads them', () => {
    const read = (code: string) => extensionApiUses(code);
    expect(
      read("import { browser } from 'wxt/browser'; browser.runtime.sendMessage(x); browser?.storage?.local;").uses,
    ).toEqual(['runtime.sendMessage', 'storage.local']);
    expect(read('const b = browser; f(browser)').uses).toEqual(['(whole)', '(whole)']);
    expect(read("// the browser's own\n/* a browser */ const s = 'browser.storage'").uses).toEqual([]);
    expect(read("import { browser as ext } from 'wxt/browser'").imports).toEqual(['browser as ext']);
    expect(read("import * as api from 'wxt/browser'").imports).toEqual(['* as api']);
    expect(parse(ENTRY).specifiers.length).toBeGreaterThan(0);
  });
});

describe('the content script’s build', () => {
  it('has the browser’s own `browser`, without webextension-polyfill, in Chrome, Edge and Firefox', () => {
    // The background keeps the polyfill (manifest.test.ts checks it there).
    for (const dir of ['chrome-mv3', 'edge-mv3', 'firefox-mv2']) {
      const code = readFileSync(path.join(ROOT, '.output', dir, 'content-scripts/social.js'), 'utf8');
      expect(code, dir).not.toContain('This script should only be loaded in a browser extension');
    }
  });

  it('has the extension’s own context, not WXT’s, which tells the page the script started', () => {
    // tooling/content-script-context.ts; WXT's context names its event and its address watcher.
    for (const dir of ['chrome-mv3', 'edge-mv3', 'firefox-mv2']) {
      const code = readFileSync(path.join(ROOT, '.output', dir, 'content-scripts/social.js'), 'utf8');
      expect(code, dir).not.toMatch(/content-script-started|locationchange|new CustomEvent|postMessage/);
    }
  });
});
