import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brandUnbroken } from '../../lib/bidi';
import { LANGUAGES, isLanguageCode } from '../../lib/languages';
import { ROOT } from './paths';

/**
 * A locale file's words as the pages show them: in right-to-left languages the brand keeps
 * word joiners (lib/bidi.ts), so a test compares with what a person reads.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any shape, read by path in tests only
export function shownWords<T = Record<string, any>>(lang: string, file: string): T {
  const text = readFileSync(path.join(ROOT, 'locales', lang, file), 'utf8');
  const rtl = isLanguageCode(lang) && LANGUAGES[lang].dir === 'rtl';
  return JSON.parse(rtl ? brandUnbroken(text) : text) as T;
}
