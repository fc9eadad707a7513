/**
 * The fourteen languages: their codes, own names, direction and the font stack for their script.
 * No font files are bundled: every stack lists fonts that Windows, macOS, ChromeOS, Android and
 * Debian (fonts-noto-core) ship, ending in a generic family.
 */
export const LANGUAGE_CODES = [
  'en',
  'fr',
  'nl',
  'de',
  'sh',
  'ar',
  'tr',
  'ro',
  'ru',
  'bn',
  'hi',
  'pa',
  'ur',
  'vi',
] as const;

export type LanguageCode = (typeof LANGUAGE_CODES)[number];
export type Direction = 'ltr' | 'rtl';

export interface Language {
  code: LanguageCode;
  /** The language's name in that language, as a reader of it would look for it. */
  nativeName: string;
  /** BCP 47 tag for the `lang` attribute and for Intl formatting. */
  tag: string;
  dir: Direction;
  script: 'Latn' | 'Cyrl' | 'Arab' | 'Beng' | 'Deva' | 'Guru';
  fontStack: string;
  /** Nastaliq and the Indic scripts need taller lines than Latin to stay legible. */
  lineHeight: number;
  /**
   * The line height of the printed brochure, where the text is made as large as two pages allow,
   * if it differs: Urdu at 1.9 prints at 9.1 pt instead of 8.4 pt, and Nastaliq's lines still do
   * not touch.
   */
  printLineHeight?: number;
}

const LATIN = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
const ARABIC = '"Segoe UI", "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", Tahoma, Arial, sans-serif';
// The Nastaliq fonts have no Latin letters: "Noto Sans" before the last resort keeps the site and
// brand names in Urdu text sans-serif where neither Segoe UI nor Tahoma is installed (Linux).
const URDU =
  '"Noto Nastaliq Urdu", "Jameel Noori Nastaleeq", "Urdu Typesetting", "Noto Naskh Arabic", "Segoe UI", Tahoma, "Noto Sans", Arial, serif';
const BENGALI = '"Noto Sans Bengali", "Nirmala UI", Vrinda, "Bangla Sangam MN", "Kohinoor Bangla", sans-serif';
const DEVANAGARI =
  '"Noto Sans Devanagari", "Nirmala UI", Mangal, "Kohinoor Devanagari", "Devanagari Sangam MN", sans-serif';
const GURMUKHI = '"Noto Sans Gurmukhi", "Nirmala UI", Raavi, "Gurmukhi Sangam MN", "Mukta Mahee", sans-serif';

export const LANGUAGES: Record<LanguageCode, Language> = {
  en: { code: 'en', nativeName: 'English', tag: 'en', dir: 'ltr', script: 'Latn', fontStack: LATIN, lineHeight: 1.45 },
  fr: { code: 'fr', nativeName: 'Français', tag: 'fr', dir: 'ltr', script: 'Latn', fontStack: LATIN, lineHeight: 1.45 },
  nl: {
    code: 'nl',
    nativeName: 'Nederlands',
    tag: 'nl',
    dir: 'ltr',
    script: 'Latn',
    fontStack: LATIN,
    lineHeight: 1.45,
  },
  de: { code: 'de', nativeName: 'Deutsch', tag: 'de', dir: 'ltr', script: 'Latn', fontStack: LATIN, lineHeight: 1.45 },
  // Serbo-Croatian in Latin script; `sh` is deprecated in BCP 47 but is the code the brochure and
  // its readers use. `hbs` is not understood by browsers' spell-checkers or screen readers either.
  sh: {
    code: 'sh',
    nativeName: 'Srpskohrvatski',
    tag: 'sh',
    dir: 'ltr',
    script: 'Latn',
    fontStack: LATIN,
    lineHeight: 1.45,
  },
  ar: { code: 'ar', nativeName: 'العربية', tag: 'ar', dir: 'rtl', script: 'Arab', fontStack: ARABIC, lineHeight: 1.6 },
  tr: { code: 'tr', nativeName: 'Türkçe', tag: 'tr', dir: 'ltr', script: 'Latn', fontStack: LATIN, lineHeight: 1.45 },
  ro: { code: 'ro', nativeName: 'Română', tag: 'ro', dir: 'ltr', script: 'Latn', fontStack: LATIN, lineHeight: 1.45 },
  ru: { code: 'ru', nativeName: 'Русский', tag: 'ru', dir: 'ltr', script: 'Cyrl', fontStack: LATIN, lineHeight: 1.45 },
  bn: { code: 'bn', nativeName: 'বাংলা', tag: 'bn', dir: 'ltr', script: 'Beng', fontStack: BENGALI, lineHeight: 1.65 },
  hi: {
    code: 'hi',
    nativeName: 'हिन्दी',
    tag: 'hi',
    dir: 'ltr',
    script: 'Deva',
    fontStack: DEVANAGARI,
    lineHeight: 1.65,
  },
  pa: {
    code: 'pa',
    nativeName: 'ਪੰਜਾਬੀ',
    tag: 'pa-Guru',
    dir: 'ltr',
    script: 'Guru',
    fontStack: GURMUKHI,
    lineHeight: 1.65,
  },
  ur: {
    code: 'ur',
    nativeName: 'اردو',
    tag: 'ur',
    dir: 'rtl',
    script: 'Arab',
    fontStack: URDU,
    lineHeight: 2.1,
    printLineHeight: 1.9,
  },
  vi: {
    code: 'vi',
    nativeName: 'Tiếng Việt',
    tag: 'vi',
    dir: 'ltr',
    script: 'Latn',
    fontStack: LATIN,
    lineHeight: 1.5,
  },
};

export const FALLBACK_LANGUAGE: LanguageCode = 'en';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

/** Languages that Serbo-Croatian readers' browsers report. */
const ALIASES: Record<string, LanguageCode> = {
  hr: 'sh',
  bs: 'sh',
  sr: 'sh',
  cnr: 'sh',
  hbs: 'sh',
  sh: 'sh',
};

/**
 * Maps a browser language tag (`sr-Latn-RS`, `pa-Guru-IN`, `fr-BE`) to one of ours, or undefined.
 * `sr-Cyrl` still maps to `sh`: Serbian readers read Latin script too, and Latin is what we have.
 */
export function matchLanguage(tag: string | undefined | null): LanguageCode | undefined {
  if (!tag || typeof tag !== 'string') return undefined;
  const lower = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(lower)) return undefined;
  const primary = lower.split('-')[0]!;
  const alias = ALIASES[primary];
  if (alias) return alias;
  return isLanguageCode(primary) ? primary : undefined;
}

/** The first of the browser's preferred languages that we have, else English. */
export function detectLanguage(preferred: readonly (string | undefined)[]): LanguageCode {
  for (const tag of preferred) {
    const code = matchLanguage(tag);
    if (code) return code;
  }
  return FALLBACK_LANGUAGE;
}

/** The person's choice if it is a language we have; otherwise the browser's language. */
export function resolveLanguage(chosen: unknown, preferred: readonly (string | undefined)[]): LanguageCode {
  return isLanguageCode(chosen) ? chosen : detectLanguage(preferred);
}
