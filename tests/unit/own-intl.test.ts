import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatWait } from '@/components/pin-guard';
import { formatDate } from '@/lib/helper-view';
import { LANGUAGES } from '@/lib/languages';
import { ownLongDate, ownUnit } from '@/lib/own-intl';

const RealIntl = Intl;

/** Intl as Debian's Chromium has it for Punjabi: CLDR's root forms, in English words. */
function chromiumIntl(): void {
  class RootDates {
    format(date: Date): string {
      return `${date.getUTCFullYear()} M${String(date.getUTCMonth() + 1).padStart(2, '0')} ${date.getUTCDate()}`;
    }
  }
  class EnglishUnits extends RealIntl.NumberFormat {
    constructor(_locale: string, options: Intl.NumberFormatOptions) {
      super('en', options);
    }
  }
  vi.stubGlobal(
    'Intl',
    Object.create(Intl, { DateTimeFormat: { value: RootDates }, NumberFormat: { value: EnglishUnits } }) as typeof Intl,
  );
}

const days = Array.from({ length: 12 }, (_, month) => `2026-${String(month + 1).padStart(2, '0')}-0${(month % 9) + 1}`);

describe("the extension's own dates and units, for a language the browser lacks", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('writes Punjabi dates and waits as CLDR does, for every month', () => {
    // Node has the whole of CLDR: the table must say what it says.
    const cldr = new Intl.DateTimeFormat('pa-Guru', { dateStyle: 'long', timeZone: 'UTC' });
    for (const day of days) expect(ownLongDate(day, 'pa-Guru'), day).toBe(cldr.format(new Date(`${day}T12:00:00Z`)));
    for (const unit of ['second', 'minute', 'day'] as const) {
      const words = new Intl.NumberFormat('pa-Guru', { style: 'unit', unit, unitDisplay: 'long' });
      for (const n of [1, 2, 5, 30, 59]) expect(ownUnit(n, unit, 'pa-Guru')).toBe(words.format(n));
    }
  });

  it("dates a checked step and words the PIN's wait in Punjabi where the browser's Intl cannot", () => {
    chromiumIntl();
    expect(formatDate('2026-11-23', LANGUAGES.pa)).toBe('23 ਨਵੰਬਰ 2026');
    expect(formatDate('2026-02-05', LANGUAGES.pa)).toBe('5 ਫ਼ਰਵਰੀ 2026');
    expect(formatWait(5 * 60_000, LANGUAGES.pa.tag)).toBe('5 ਮਿੰਟ');
    expect(formatWait(30_000, 'pa')).toBe('30 ਸਕਿੰਟ');
    // Every other language is the browser's to write.
    expect(formatWait(30_000, 'en')).toBe('30 seconds');
    expect(ownLongDate('2026-11-23', 'pa-Arab')).toBeUndefined();
    expect(ownLongDate('2026-11-23', 'en')).toBeUndefined();
    expect(ownUnit(5, 'minute', 'de')).toBeUndefined();
  });

  it('leaves a date it cannot read to Intl', () => {
    expect(ownLongDate('2026-13-01', 'pa-Guru')).toBeUndefined();
    expect(ownLongDate('23.11.2026', 'pa-Guru')).toBeUndefined();
  });
});
