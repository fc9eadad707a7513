import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGE_CODES } from '@/lib/languages';
import { NAMESPACES } from '@/lib/i18n';
import { PLATFORMS } from '@/lib/platforms/registry';
import { HELPLINES } from '@/lib/helplines';
import { SHARED_CHECKLIST_KEYS } from '@/lib/platforms/words';

const ROOT = path.resolve(__dirname, '../..');
const LOCALES = path.join(ROOT, 'locales');

type Tree = { [key: string]: string | Tree };

function load(lang: string, ns: string): Tree {
  return JSON.parse(readFileSync(path.join(LOCALES, lang, `${ns}.json`), 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const PLACEHOLDER = /\{\{\s*[\w.-]+\s*\}\}/g;
const placeholders = (s: string) => (s.match(PLACEHOLDER) ?? []).sort();
// Brand and platform names stay as they are in every language.
const UNTRANSLATED = new Set(['Make-IT-Safe', ...PLATFORMS.map((p) => p.name)]);

/** Every text of one language, in every file it has, that `pattern` finds: "file: key: text". */
function wordsMatching(lang: string, pattern: RegExp): string[] {
  const files = [
    ...readdirSync(path.join(LOCALES, lang)).filter((f) => f.endsWith('.json')),
    ...readdirSync(path.join(LOCALES, lang, 'platforms')).map((f) => `platforms/${f}`),
  ];
  const found: string[] = [];
  for (const name of files) {
    const tree = JSON.parse(readFileSync(path.join(LOCALES, lang, name), 'utf8')) as Tree;
    for (const [key, text] of flatten(tree)) {
      if (pattern.test(text)) found.push(`locales/${lang}/${name}: ${key}: ${text}`);
    }
  }
  return found;
}

const english = new Map(NAMESPACES.map((ns) => [ns, flatten(load('en', ns))]));

/** The extension's own source files: what names the words. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

describe('locales', () => {
  // A key the code names that English lacks shows as the key itself ("workshop:handouts.language"
  // was renamed once and the handout page kept the old name). This covers every key written out
  // whole, in any quotes; keys built at run time (`ui:role.${role}`, say) are not checked here.
  it('has in English every key the code names whole', () => {
    const files = readdirSync(path.join(LOCALES, 'en')).filter((f) => f.endsWith('.json'));
    const all = new Map(files.map((f) => [f.replace(/\.json$/, ''), flatten(load('en', f.replace(/\.json$/, '')))]));
    const literal = new RegExp(`['"\`]((?:${[...all.keys()].join('|')}):[\\w.-]*\\w)['"\`]`, 'g');
    const named: string[] = [];
    for (const file of ['entrypoints', 'components', 'lib'].flatMap(sourceFiles)) {
      for (const [, key] of readFileSync(path.join(ROOT, file), 'utf8').matchAll(literal))
        named.push(`${file}: ${key}`);
    }
    // It found the code's keys, not nothing.
    expect(named.length).toBeGreaterThan(200);
    const missing = named.filter((entry) => {
      const [ns, key] = entry.split(': ')[1]!.split(':') as [string, string];
      return !all.get(ns)?.has(key);
    });
    expect(missing).toEqual([]);
  });

  it('has a folder for exactly the fourteen languages', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  describe.each(LANGUAGE_CODES.filter((c) => c !== 'en'))('%s', (lang) => {
    it.each([...NAMESPACES])('%s has exactly the English keys, the same placeholders, and no English left', (ns) => {
      // Every problem in the file at once, each naming the file and the key, for the translator.
      const file = `locales/${lang}/${ns}.json`;
      const theirs = flatten(load(lang, ns));
      const ours = english.get(ns)!;
      const problems: string[] = [];
      for (const key of ours.keys()) if (!theirs.has(key)) problems.push(`${file}: ${key} is missing`);
      for (const key of theirs.keys()) if (!ours.has(key)) problems.push(`${file}: ${key} is not in English`);
      for (const [key, text] of ours) {
        const translated = theirs.get(key);
        if (translated === undefined) continue;
        if (translated.trim() === '') problems.push(`${file}: ${key} is empty`);
        const want = placeholders(text).join(' ');
        const got = placeholders(translated).join(' ');
        if (got !== want) problems.push(`${file}: ${key} has placeholders "${got}", English has "${want}"`);
        if (!UNTRANSLATED.has(text) && text.split(/\s+/).length >= 2 && translated === text) {
          problems.push(`${file}: ${key} is still English`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  // Values put into Arabic and Urdu words are isolated (lib/i18n.ts), which breaks the joining of a
  // letter written right against a placeholder: keep a space or punctuation between them.
  it.each(['ar', 'ur'])('has no %s letter joined to a placeholder', (lang) => {
    expect(wordsMatching(lang, /(?=\p{Script=Arabic})\p{L}\{\{|\}\}(?=\p{Script=Arabic})\p{L}/u)).toEqual([]);
  });

  // French puts a space before : ; ? ! and inside « », and it must not break there: a line that
  // starts with "?" or "»" alone. A no-break space (U+00A0) keeps them with their word.
  it('has a no-break space, not a plain one, before French : ; ? ! » and after «', () => {
    const plain = / [:;?!»]|« /;
    expect(wordsMatching('fr', plain)).toEqual([]);
    // The store's and the browser's texts too (public/_locales).
    const store = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/fr/messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    expect(Object.values(store).filter((entry) => plain.test(entry.message))).toEqual([]);
  });

  // Words are shown as text, never as markup: a tag or Markdown would show up as it is written.
  it.each([...LANGUAGE_CODES])('has no HTML and no Markdown in the %s words', (lang) => {
    expect(wordsMatching(lang, /<\/?[a-zA-Z][^>]*>|\*\*|__|`|\]\(/)).toEqual([]);
  });

  it('has the words of every helpline kind in English', () => {
    const help = english.get('help')!;
    for (const line of HELPLINES) expect(help.has(`helpline.kinds.${line.kind}`)).toBe(true);
  });

  it('has exactly the shared checklist words the platforms rely on', () => {
    expect([...english.get('checklist')!.keys()].sort()).toEqual([...SHARED_CHECKLIST_KEYS].sort());
  });

  it('has the store name and description in every language, within the store limits', () => {
    for (const lang of LANGUAGE_CODES) {
      const messages = JSON.parse(
        readFileSync(path.join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      const en = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(en).sort());
      expect(messages['extName']!.message).toBe('Make-IT-Safe');
      expect(messages['extDescription']!.message.length, lang).toBeLessThanOrEqual(132);
    }
  });
});
