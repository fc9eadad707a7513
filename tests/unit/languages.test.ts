import { describe, expect, it } from 'vitest';
import { detectLanguage, LANGUAGE_CODES, LANGUAGES, matchLanguage, resolveLanguage } from '@/lib/languages';

describe('language detection', () => {
  it.each([
    ['hr', 'sh'],
    ['hr-HR', 'sh'],
    ['bs', 'sh'],
    ['bs-BA', 'sh'],
    ['sr', 'sh'],
    ['sr-Latn', 'sh'],
    ['sr-Latn-RS', 'sh'],
    ['sr-Cyrl-RS', 'sh'],
    ['cnr', 'sh'],
    ['pa-Guru', 'pa'],
    ['pa-Guru-IN', 'pa'],
    ['pa', 'pa'],
    ['fr-BE', 'fr'],
    ['nl_BE', 'nl'],
    ['de-AT', 'de'],
    ['AR-ma', 'ar'],
    ['ur-PK', 'ur'],
    ['vi-VN', 'vi'],
    ['bn-BD', 'bn'],
    ['hi-IN', 'hi'],
    ['tr', 'tr'],
    ['ro-MD', 'ro'],
    ['ru-RU', 'ru'],
    ['en-GB', 'en'],
  ])('maps the browser language %s to %s', (tag, code) => {
    expect(matchLanguage(tag)).toBe(code);
  });

  it.each(['xx', 'zh-CN', '', 'not a tag', '<script>', 'e', 'fr--BE'])('does not match %j', (tag) => {
    expect(matchLanguage(tag)).toBeUndefined();
  });

  it('takes the first preferred language it has and falls back to English', () => {
    expect(detectLanguage(['zh-CN', 'ja', 'de-CH', 'fr'])).toBe('de');
    expect(detectLanguage(['zh-CN', 'ja'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
    expect(detectLanguage([undefined, 'ar'])).toBe('ar');
  });

  it('keeps a chosen language and falls back to the browser for an unknown one', () => {
    expect(resolveLanguage('ur', ['fr-FR'])).toBe('ur');
    expect(resolveLanguage('auto', ['fr-FR'])).toBe('fr');
    expect(resolveLanguage('klingon', ['hr-HR'])).toBe('sh');
    expect(resolveLanguage(42, ['xx'])).toBe('en');
    expect(resolveLanguage(null, ['bs'])).toBe('sh');
  });
});

describe('the language table', () => {
  it('has the fourteen languages, each under its own name', () => {
    expect(LANGUAGE_CODES).toHaveLength(14);
    expect(LANGUAGE_CODES.map((c) => LANGUAGES[c].nativeName)).toEqual([
      'English',
      'Français',
      'Nederlands',
      'Deutsch',
      'Srpskohrvatski',
      'العربية',
      'Türkçe',
      'Română',
      'Русский',
      'বাংলা',
      'हिन्दी',
      'ਪੰਜਾਬੀ',
      'اردو',
      'Tiếng Việt',
    ]);
  });

  it('marks Arabic and Urdu, and only them, right to left', () => {
    expect(LANGUAGE_CODES.filter((c) => LANGUAGES[c].dir === 'rtl')).toEqual(['ar', 'ur']);
  });

  it('gives each script a font stack that ends in a generic family', () => {
    for (const code of LANGUAGE_CODES) {
      expect(LANGUAGES[code].fontStack).toMatch(/(sans-serif|serif)$/);
    }
    expect(LANGUAGES.ur.fontStack).toContain('Nastaliq');
    expect(LANGUAGES.pa.fontStack).toContain('Gurmukhi');
    expect(LANGUAGES.bn.fontStack).toContain('Bengali');
    expect(LANGUAGES.hi.fontStack).toContain('Devanagari');
    expect(LANGUAGES.ar.fontStack).toContain('Arabic');
  });
});
