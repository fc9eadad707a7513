// Relative and typed as JSON: the end-to-end tests load this module in Node too.
import punjabi from '../locales/pa/intl/dates.json' with { type: 'json' };

/**
 * Dates and units from the extension itself, for languages whose data a browser may lack:
 * Chromium's Intl (Debian's, here) has no Punjabi at all and falls back to CLDR's root forms, so a
 * checked date read "2026 M11 23" and the PIN's wait "5 minutes" among Gurmukhi words. These are
 * CLDR's Punjabi forms (docs/glossary.md, Punjabi); region names are in region-names.ts.
 */
/** The units the pages write in words: the PIN's wait, the privacy reminder's period. */
export type OwnUnit = 'second' | 'minute' | 'day';

interface OwnIntl {
  /** The month names, January first, as a long date writes them. */
  months: readonly string[];
  /** The long date, with `{day}`, `{month}` and `{year}`. */
  long: string;
  /** The long unit, with `{n}`: the same for every number in Punjabi, so no plural rule is needed. */
  units: Readonly<Record<OwnUnit, string>>;
}

/**
 * The language whose data the extension carries itself, for a BCP 47 tag: the language alone, or
 * with the script that data is written in (Punjabi in Shahmukhi, pa-Arab, is not). Shared with
 * region-names.ts, so dates and country names cover the same tags.
 */
export function ownDataLanguage(locale: string): 'pa' | undefined {
  const tag = locale.toLowerCase();
  return tag === 'pa' || tag === 'pa-guru' ? 'pa' : undefined;
}

const OWN: Readonly<Record<'pa', OwnIntl>> = { pa: punjabi };

function ownFor(locale: string): OwnIntl | undefined {
  const language = ownDataLanguage(locale);
  return language && OWN[language];
}

/** A YYYY-MM-DD day as a long date in the language of `locale`, or undefined to let Intl do it. */
export function ownLongDate(isoDate: string, locale: string): string | undefined {
  const own = ownFor(locale);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match && own?.months[Number(match[2]) - 1];
  if (!own || !match || !month) return undefined;
  return own.long
    .replace('{day}', String(Number(match[3])))
    .replace('{month}', month)
    .replace('{year}', match[1]!);
}

/** "5 minutes" in the language of `locale`, or undefined to let Intl do it. */
export function ownUnit(value: number, unit: OwnUnit, locale: string): string | undefined {
  return ownFor(locale)?.units[unit].replace('{n}', String(value));
}

/** "5 minutes", "3 days" in the language of `locale`: the extension's own words, else the browser's. */
export function formatUnit(value: number, unit: OwnUnit, locale: string): string {
  const own = ownUnit(value, unit, locale);
  if (own) return own;
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  } catch {
    return new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  }
}
