import { z } from 'zod';

/**
 * Helplines by country: data, not words. Each entry names the page its number was confirmed on and
 * when. Entries whose number could not be confirmed on an official page are left out (see
 * docs/sources.md); a country without an entry gets "tell a trusted adult" and its emergency number.
 */

export const helplineSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/),
  /** The operator's own name for the line; not translated. */
  name: z.string().min(1),
  /** As people write it locally. */
  number: z.string().regex(/^[0-9 +\-]+$/),
  /** Which words describe it: help.helpline.kinds.<kind>. */
  kind: z.enum(['child', 'danger', 'online']),
  url: z.url({ protocol: /^https$/ }),
  open247: z.boolean(),
  free: z.boolean(),
  source: z.strictObject({
    url: z.url({ protocol: /^https?$/ }),
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
});
export type Helpline = z.infer<typeof helplineSchema>;

const CHECKED = '2026-11-23';

export const HELPLINES: readonly Helpline[] = [
  {
    id: 'fr-119', country: 'FR', name: '119 – Allô Enfance en Danger', number: '119', kind: 'danger',
    url: 'https://www.allo119.gouv.fr', open247: true, free: true,
    source: { url: 'https://solidarites.gouv.fr/node/2219', checked: CHECKED },
  },
  {
    id: 'fr-3018', country: 'FR', name: '3018 – e-Enfance', number: '3018', kind: 'online',
    url: 'https://3018.fr', open247: false, free: true,
    source: { url: 'https://solidarites.gouv.fr/node/2219', checked: CHECKED },
  },
  {
    id: 'de-116111', country: 'DE', name: 'Nummer gegen Kummer', number: '116 111', kind: 'child',
    url: 'https://www.nummergegenkummer.de', open247: false, free: true,
    source: { url: 'https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556', checked: CHECKED },
  },
  {
    id: 'hr-116111', country: 'HR', name: 'Hrabri telefon', number: '116 111', kind: 'child',
    url: 'https://hrabritelefon.hr', open247: false, free: true,
    source: { url: 'https://udruga.hrabritelefon.hr/hrabri-telefon-za-djecu/', checked: CHECKED },
  },
  {
    id: 'rs-116111', country: 'RS', name: 'NADEL – Nacionalna dečja linija', number: '116 111', kind: 'child',
    url: 'https://116111.rs', open247: true, free: true,
    source: { url: 'https://www.minrzs.gov.rs/sr/aktuelnosti/vesti/17-maj-medjunarodni-dan-decijih-sos-linija', checked: CHECKED },
  },
  {
    id: 'in-1098', country: 'IN', name: 'CHILDLINE 1098', number: '1098', kind: 'danger',
    url: 'https://www.childlineindia.org', open247: true, free: true,
    source: { url: 'https://www.childlineindia.org/a/about/childline-india', checked: CHECKED },
  },
  {
    id: 'vn-111', country: 'VN', name: 'Tổng đài quốc gia bảo vệ trẻ em 111', number: '111', kind: 'danger',
    url: 'https://tongdai111.vn', open247: true, free: true,
    source: { url: 'http://tongdai111.vn/tin/tong-dai-quoc-gia-bao-ve-tre-em-111-tiep-nhan-gan-6-trieu-cuoc-goi-trong-20-nam', checked: CHECKED },
  },
];

/**
 * Countries offered in the picker: where the fourteen languages are widely spoken, plus every
 * country that has a helpline here. Countries without a checked helpline still get the advice.
 */
const FAMILY_COUNTRIES = [
  'AE', 'AT', 'AU', 'BA', 'BD', 'BE', 'CA', 'CH', 'DE', 'DZ', 'EG', 'FR', 'GB', 'HR', 'IE', 'IN', 'IQ',
  'JO', 'LB', 'LU', 'MA', 'MD', 'ME', 'NL', 'PK', 'RO', 'RS', 'RU', 'SA', 'TN', 'TR', 'US', 'VN',
];

export function pickerCountries(): string[] {
  return [...new Set([...FAMILY_COUNTRIES, ...HELPLINES.map((h) => h.country)])].sort();
}

export function helplinesFor(country: string | undefined): Helpline[] {
  if (!country) return [];
  return HELPLINES.filter((h) => h.country === country);
}

/** The region of the first browser language that names one (`fr-BE` gives BE). */
export function countryFromLocales(tags: readonly (string | undefined)[]): string | undefined {
  for (const tag of tags) {
    if (!tag) continue;
    try {
      // Only a region written in the tag is the person's; a language alone (plain `fr`) is spoken
      // in many countries, so no country is guessed from it.
      const region = new Intl.Locale(tag.replace(/_/g, '-')).region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // An unparseable tag says nothing about the country.
    }
  }
  return undefined;
}

/** The chosen country, or the browser's when the setting is 'auto'. */
export function resolveCountry(setting: string, tags: readonly (string | undefined)[]): string | undefined {
  return setting === 'auto' ? countryFromLocales(tags) : setting;
}
