import punjabi from '@/locales/pa/countries/names.json';
import { ownDataLanguage } from './own-intl';

/**
 * Country names from the extension itself, for languages whose names a browser may lack: Chromium's
 * Intl has no Punjabi region names and answers in English ("France" among Gurmukhi words). They are
 * CLDR's names, taken from Firefox's Intl.DisplayNames (docs/glossary.md, Punjabi).
 */
const OWN_NAMES: Readonly<Record<'pa', Readonly<Record<string, string>>>> = { pa: punjabi };

/** Names countries (ISO 3166-1 alpha-2) in the language of `locale` (a BCP 47 tag); the code where nothing names it. */
export function regionNamer(locale: string): (code: string) => string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  } catch {
    names = undefined;
  }
  // The same tags as the extension's own dates: Punjabi in Shahmukhi (pa-Arab) is not written
  // with these Gurmukhi names.
  const language = ownDataLanguage(locale);
  const own = language && OWN_NAMES[language];
  return (code) => own?.[code] ?? names?.of(code) ?? code;
}
