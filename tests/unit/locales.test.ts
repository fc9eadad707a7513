import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGE_CODES } from '@/lib/languages';
import { NAMESPACES } from '@/lib/i18n';
import { PLATFORMS } from '@/lib/platforms/registry';
import { HELPLINES } from '@/lib/helplines';

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

const english = new Map(NAMESPACES.map((ns) => [ns, flatten(load('en', ns))]));

describe('locales', () => {
  it('has a folder for exactly the fourteen languages', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  describe.each(LANGUAGE_CODES.filter((c) => c !== 'en'))('%s', (lang) => {
    it.each([...NAMESPACES])('%s has exactly the English keys, the same placeholders, and no English left', (ns) => {
      const theirs = flatten(load(lang, ns));
      const ours = english.get(ns)!;
      expect([...theirs.keys()].sort()).toEqual([...ours.keys()].sort());
      for (const [key, text] of ours) {
        const translated = theirs.get(key)!;
        expect(translated.trim(), `${lang}:${ns}:${key} is empty`).not.toBe('');
        expect(placeholders(translated), `${lang}:${ns}:${key} placeholders`).toEqual(placeholders(text));
        if (!UNTRANSLATED.has(text) && text.split(/\s+/).length >= 2) {
          expect(translated, `${lang}:${ns}:${key} is still English`).not.toBe(text);
        }
      }
    });
  });

  it('has the words of every platform step, checklist item and helpline kind in English', () => {
    const guides = english.get('guides')!;
    const checklists = english.get('checklists')!;
    const help = english.get('help')!;
    for (const p of PLATFORMS) {
      for (const g of p.guides) {
        expect(guides.has(`${p.id}.${g.id}.title`), `${p.id}.${g.id}.title`).toBe(true);
        for (const step of g.steps) expect(guides.has(`${p.id}.${g.id}.steps.${step}`), `${p.id}.${g.id}.steps.${step}`).toBe(true);
        expect(guides.has(`${p.id}.${g.id}.after`)).toBe(g.after);
      }
      for (const item of p.checklist) {
        expect(checklists.has(`${p.id}.${item.id}.title`)).toBe(true);
        expect(checklists.has(`${p.id}.${item.id}.why`)).toBe(true);
      }
    }
    for (const line of HELPLINES) expect(help.has(`helpline.kinds.${line.kind}`)).toBe(true);
  });

  it('has no words in English that nothing uses', () => {
    const guides = english.get('guides')!;
    const used = new Set<string>();
    for (const p of PLATFORMS) {
      for (const g of p.guides) {
        used.add(`${p.id}.${g.id}.title`);
        if (g.after) used.add(`${p.id}.${g.id}.after`);
        for (const step of g.steps) used.add(`${p.id}.${g.id}.steps.${step}`);
      }
    }
    expect([...guides.keys()].filter((k) => !used.has(k))).toEqual([]);
  });

  it('has the store name and description in every language, within the store limits', () => {
    for (const lang of LANGUAGE_CODES) {
      const messages = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      const en = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(en).sort());
      expect(messages['extName']!.message).toBe('Make-IT-Safe');
      expect(messages['extDescription']!.message.length, lang).toBeLessThanOrEqual(132);
    }
  });
});
