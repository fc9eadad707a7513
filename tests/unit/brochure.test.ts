import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BROCHURE_SECTIONS,
  BROCHURE_SOURCES,
  ONE_LANGUAGE_SHEETS,
  TWO_LANGUAGE_SHEETS,
  balancedSplit,
  largestFitting,
} from '@/lib/brochure';
import { LANGUAGE_CODES } from '@/lib/languages';
import { flattenWords, placeholders, type WordTree } from '@/lib/platforms/words';
import { choiceFromQuery } from '@/entrypoints/brochure/App';

const ROOT = path.resolve(__dirname, '../..');
const words = (lang: string) =>
  JSON.parse(readFileSync(path.join(ROOT, 'locales', lang, 'brochure.json'), 'utf8')) as WordTree;

describe('the brochure', () => {
  it('lays out every section once on one-language paper, and once on two-language paper', () => {
    const ids = BROCHURE_SECTIONS.map((s) => s.id).sort();
    expect(ONE_LANGUAGE_SHEETS.flat().sort()).toEqual(ids);
    expect(TWO_LANGUAGE_SHEETS.flat().sort()).toEqual(ids);
    expect(ONE_LANGUAGE_SHEETS).toHaveLength(2);
  });

  it('has English words for every section, point and source, and none that nothing uses', () => {
    const en = flattenWords(words('en'));
    const used = new Set<string>();
    for (const s of BROCHURE_SECTIONS) {
      used.add(`sections.${s.id}.title`);
      for (const p of s.points) used.add(`sections.${s.id}.points.${p}`);
    }
    for (const id of BROCHURE_SOURCES) used.add(`sources.${id}`);
    for (const key of used) expect(en.has(key), key).toBe(true);
    const structural = [...en.keys()].filter(
      (k) => k.startsWith('sections.') || (k.startsWith('sources.') && k !== 'sources.title'),
    );
    expect(structural.filter((k) => !used.has(k) && !k.endsWith('.title'))).toEqual([]);
  });

  it.each(LANGUAGE_CODES.filter((c) => c !== 'en'))(
    'exists in %s with exactly the English keys and placeholders, translated',
    (lang) => {
      expect(existsSync(path.join(ROOT, 'locales', lang, 'brochure.json')), `locales/${lang}/brochure.json`).toBe(true);
      const en = flattenWords(words('en'));
      const theirs = flattenWords(words(lang));
      expect([...theirs.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        expect(theirs.get(key)!.trim(), key).not.toBe('');
        expect(placeholders(theirs.get(key)!), key).toEqual(placeholders(text));
        if (text.split(/\s+/).length >= 3) expect(theirs.get(key), `${lang} ${key} is still English`).not.toBe(text);
      }
    },
  );

  it('finds the largest text size that fits, to a tenth of a point', () => {
    expect(largestFitting((size) => size <= 9.34)).toBe(9.3);
    expect(largestFitting(() => true)).toBe(12);
    // Nothing fits: the smallest size, and the page says so by overflowing (the print test catches it).
    expect(largestFitting(() => false)).toBe(6.5);
  });

  it('splits blocks over two sheets so that the taller sheet is as short as it can be', () => {
    // Title 50 on the first sheet, footer 10 on the second.
    expect(balancedSplit(50, [100, 100, 100, 100], 10)).toBe(2); // 250 | 210
    // One long block first: it goes alone (150 | 240), not with the next (250 | 140 would be taller).
    expect(balancedSplit(50, [100, 100, 80, 50], 10)).toBe(1);
    expect(balancedSplit(0, [10, 10, 10, 300], 0)).toBe(3);
    // Each sheet keeps at least one block.
    expect(balancedSplit(0, [500, 1], 0)).toBe(1);
    expect(balancedSplit(0, [1, 500], 0)).toBe(1);
    expect(balancedSplit(0, [100], 0)).toBe(0);
    expect(balancedSplit(0, [], 0)).toBe(0);
  });

  it('reads its choice from the address, and ignores what it does not know', () => {
    const fallback = { lang: 'de' as const, country: 'AT' };
    expect(choiceFromQuery('?lang=ar&second=fr&layout=sections&country=FR', fallback)).toEqual({
      lang: 'ar',
      second: 'fr',
      layout: 'sections',
      country: 'FR',
    });
    expect(choiceFromQuery('?lang=klingon&second=ar&layout=<b>&country=france', fallback)).toEqual({
      lang: 'de',
      second: 'ar',
      layout: 'side',
      country: 'AT',
    });
    // The same language twice is one language.
    expect(choiceFromQuery('?lang=fr&second=fr', fallback)).toEqual({ lang: 'fr', layout: 'side', country: 'AT' });
    // Also when the first language is the family's (none or an unknown one in the address).
    expect(choiceFromQuery('?second=de', fallback)).toEqual({ lang: 'de', layout: 'side', country: 'AT' });
    expect(choiceFromQuery('?lang=klingon&second=de', fallback)).toEqual({ lang: 'de', layout: 'side', country: 'AT' });
    expect(choiceFromQuery('', { lang: 'en' })).toEqual({ lang: 'en', layout: 'side' });
  });
});
