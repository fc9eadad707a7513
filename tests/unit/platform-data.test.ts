import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGE_CODES } from '@/lib/languages';
import { PLATFORMS, pageKindFor } from '@/lib/platforms/registry';
import { platformSchema } from '@/lib/platforms/schema';
import type { Platform } from '@/lib/platforms/types';
import { wordProblems, type WordTree } from '@/lib/platforms/words';

/**
 * Every platform data file in lib/platforms, registered or not, with its words in every language,
 * its sources and its fixture. `npm run check:platform -- <id>` runs this file for one platform.
 */

const ROOT = path.resolve(__dirname, '../..');
const DATA_DIR = path.join(ROOT, 'lib/platforms');
const NOT_DATA = new Set(['registry.ts', 'schema.ts', 'types.ts', 'words.ts', 'matches.ts']);
const only = process.env['CHECK_PLATFORM'];

const modules = import.meta.glob<Record<string, unknown>>('../../lib/platforms/*.ts', { eager: true });
const allDataFiles = readdirSync(DATA_DIR)
  .filter((f) => f.endsWith('.ts') && !NOT_DATA.has(f))
  .map((f) => f.slice(0, -3));
const dataFiles = allDataFiles.filter((id) => !only || id === only);

function platformIn(file: string): Platform {
  const exported = Object.values(modules[`../../lib/platforms/${file}.ts`] ?? {});
  expect(exported, `${file}.ts exports exactly one platform`).toHaveLength(1);
  return exported[0] as Platform;
}

function readWords(lang: string, id: string): WordTree | undefined {
  const file = path.join(ROOT, 'locales', lang, 'platforms', `${id}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as WordTree) : undefined;
}

describe('platform data', () => {
  if (only) it(`has a data file for ${only}`, () => expect(dataFiles).toEqual([only]));
  // Also for one platform: a new data file that is not in registry.ts would pass everything else.
  it('registers every data file, and has no registered platform without one', () => {
    expect(PLATFORMS.map((p) => p.id).sort()).toEqual([...allDataFiles].sort());
  });

  describe.each(dataFiles)('%s', (file) => {
    it('passes the schema, and its id names its file', () => {
      const platform = platformIn(file);
      const parsed = platformSchema.safeParse(platform);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
      expect(platform.id).toBe(file);
    });

    it('has its words in English with every key the data needs, and none it does not', () => {
      const english = readWords('en', file);
      expect(english, `locales/en/platforms/${file}.json`).toBeDefined();
      expect(wordProblems(platformIn(file), english!)).toEqual([]);
    });

    it.each(LANGUAGE_CODES.filter((c) => c !== 'en'))('has its words in %s, all translated', (lang) => {
      const words = readWords(lang, file);
      expect(words, `locales/${lang}/platforms/${file}.json`).toBeDefined();
      expect(wordProblems(platformIn(file), words!, readWords('en', file))).toEqual([]);
    });

    it('names its sources in docs/sources and has a fixture page for the end-to-end tests', () => {
      expect(existsSync(path.join(ROOT, 'docs/sources', `${file}.md`)), `docs/sources/${file}.md`).toBe(true);
      if (!only)
        expect(
          existsSync(path.join(ROOT, 'tests/fixtures', file, 'index.html')),
          `tests/fixtures/${file}/index.html`,
        ).toBe(true);
    });

    it("recognises its fixture's sample pages as the kinds of page they are", () => {
      const platform = platformIn(file);
      const pathsFile = path.join(ROOT, 'tests/fixtures', file, 'paths.json');
      if (only && !existsSync(pathsFile)) return;
      const samples = JSON.parse(readFileSync(pathsFile, 'utf8')) as Record<string, string>;
      for (const [kind, sample] of Object.entries(samples)) {
        const url = `https://${platform.hostnames[0]}${sample}`;
        if (kind === 'home') continue;
        expect(pageKindFor(platform, url), `${sample} is a ${kind} page`).toBe(kind);
      }
      // Every kind the data tells apart has a sample, so the end-to-end test visits it.
      for (const kind of new Set(platform.pages.map((p) => p.kind))) expect(Object.keys(samples)).toContain(kind);
    });

    it('cites only https sources checked on a real date, no later than today', () => {
      const platform = platformIn(file);
      const sources = [
        platform.minimumAge.source,
        ...platform.guides.map((g) => g.source),
        ...platform.checklist.map((i) => i.source),
      ];
      const today = new Date().toISOString().slice(0, 10);
      for (const s of sources) expect(s.checked <= today, `${s.url} checked ${s.checked}`).toBe(true);
    });
  });
});
