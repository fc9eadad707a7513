import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickerCountries } from '@/lib/helplines';
import { regionNamer } from '@/lib/region-names';
import punjabi from '@/locales/pa/countries/names.json';

const RealDisplayNames = Intl.DisplayNames;

/** Intl as Chromium has it: region names in English whatever the language asked for. */
function chromiumIntl(): void {
  class EnglishOnly {
    private readonly english = new RealDisplayNames(['en'], { type: 'region' });
    of(code: string): string | undefined {
      return this.english.of(code);
    }
  }
  vi.stubGlobal('Intl', Object.create(Intl, { DisplayNames: { value: EnglishOnly } }) as typeof Intl);
}

describe('country names', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('has a Punjabi name, in Gurmukhi, for every country the pickers offer', () => {
    const names = punjabi as Record<string, string>;
    for (const code of pickerCountries()) expect(names[code], code).toMatch(/^[\p{Script=Gurmukhi}\s()]+$/u);
    expect(Object.keys(names).every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it("names them in Punjabi where the browser's own names are English", () => {
    chromiumIntl();
    expect(regionNamer('pa-Guru')('FR')).toBe('ਫ਼ਰਾਂਸ');
    expect(regionNamer('pa')('IN')).toBe('ਭਾਰਤ');
    // Punjabi in Shahmukhi is not written in Gurmukhi.
    expect(regionNamer('pa-Arab')('FR')).toBe('France');
    // Other languages are named by the browser.
    expect(regionNamer('de')('FR')).toBe('France');
  });

  it("takes the browser's names for other languages, and a code nothing names as it is", () => {
    expect(regionNamer('de')('FR')).toBe('Frankreich');
    expect(regionNamer('ar')('FR')).toBe('فرنسا');
    // A country missing from the extension's own Punjabi names: the browser's.
    expect(regionNamer('pa-Guru')('JP')).toBe(new Intl.DisplayNames(['pa-Guru'], { type: 'region' }).of('JP'));
    expect(regionNamer('not a tag!')('FR')).toBe('FR');
  });
});
