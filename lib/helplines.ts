import * as z from 'zod/mini';
import { isRealIsoDate } from './iso-date';
import { LANGUAGE_CODES, type LanguageCode } from './languages';

/**
 * Helplines by country: data, not words. Each entry names the page its number was confirmed on and
 * when. Entries whose number could not be confirmed on an official page are left out (see
 * docs/sources.md); a country without an entry gets "tell a trusted adult" and its emergency number.
 */

/** The page a number or address was confirmed on, and the date it was checked. */
export const checkedSourceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  checked: z.string().check(z.refine(isRealIsoDate, 'a real calendar date, written YYYY-MM-DD')),
});

/** ISO 3166-1 alpha-2. */
export const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/));

export const helplineSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  country: countryCode,
  /** The operator's own name for the line; not translated. */
  name: z.string().check(z.minLength(1)),
  /**
   * The operator's own name in another of its languages, shown to readers of that language (the
   * UAE's Center names itself in Arabic and English); never a translation of ours.
   */
  ownNames: z.optional(z.partialRecord(z.enum(LANGUAGE_CODES), z.string().check(z.minLength(1)))),
  /** As people write it locally. */
  number: z.string().check(z.regex(/^[0-9 +-]+$/)),
  /** Which words describe it: help.helpline.kinds.<kind>. */
  kind: z.enum(['child', 'danger', 'online', 'missing']),
  /** The line's own website; left out where none was found (a district office's page is not one). */
  url: z.optional(z.url({ protocol: /^https$/ })),
  open247: z.boolean(),
  free: z.boolean(),
  source: checkedSourceSchema,
});
export type Helpline = z.infer<typeof helplineSchema>;

const CHECKED = '2026-11-23';

export const HELPLINES: readonly Helpline[] = [
  {
    // The Dutch government calls it a freephone line; open 11:00–21:00, so not day and night.
    id: 'nl-kindertelefoon',
    country: 'NL',
    name: 'De Kindertelefoon',
    number: '0800-0432',
    kind: 'child',
    url: 'https://www.kindertelefoon.nl',
    open247: false,
    free: true,
    source: {
      url: 'https://government.nl/topics/child-abuse/question-and-answer/what-can-i-do-if-i-know-or-suspect-that-a-child-is-being-abused',
      checked: CHECKED,
    },
  },
  {
    // 1-800-4-A-CHILD. One government page misprints it; the operator's own page is the source.
    id: 'us-childhelp',
    country: 'US',
    name: 'Childhelp National Child Abuse Hotline',
    number: '1-800-422-4453',
    kind: 'danger',
    url: 'https://www.childhelphotline.org',
    open247: true,
    free: false,
    source: {
      url: 'https://www.childhelp.org/news/congress-provides-2-million-for-a-national-child-abuse-hotline/',
      checked: CHECKED,
    },
  },
  {
    id: 'md-116111',
    country: 'MD',
    name: 'Telefonul Copilului',
    number: '116 111',
    kind: 'child',
    url: 'https://telefonulcopilului.md',
    open247: false,
    free: true,
    source: { url: 'https://telefonulcopilului.md/despre-noi/', checked: CHECKED },
  },
  {
    // Romania's Minister of Health on the line and its operator (2 February 2026), as the press
    // printed it. The operator's own site is stored only as a 2013 news item, seen as an excerpt
    // that does not show the number; so no website link, and neither hours nor cost (not stated).
    id: 'ro-116111',
    country: 'RO',
    name: 'Telefonul Copilului',
    number: '116 111',
    kind: 'child',
    open247: false,
    free: false,
    source: {
      url: 'https://www.dcnews.ro/tot-mai-multi-minori-apeleaza-la-linia-unica-de-ajutor-ministerul-sanatatii-incepe-un-parteneriat-cu-asociatia-telefonul-copilului_1032672.html',
      checked: '2026-11-25',
    },
  },
  {
    id: 'lu-kjt',
    country: 'LU',
    name: 'Kanner-Jugendtelefon',
    number: '116 111',
    kind: 'child',
    url: 'https://www.kjt.lu',
    open247: false,
    free: false,
    source: { url: 'https://www.kjt.lu/de/wer-wir-sind/', checked: CHECKED },
  },
  {
    id: 'au-kids-helpline',
    country: 'AU',
    name: 'Kids Helpline',
    number: '1800 55 1800',
    kind: 'child',
    url: 'https://kidshelpline.com.au',
    open247: true,
    free: true,
    source: { url: 'https://yourtown.com.au/mental-health-affects-everyone', checked: CHECKED },
  },
  {
    // The Government of Canada's own release (Health Canada, 14 Nov 2024), as its wire service
    // carries it; free and day and night per the operator's pages.
    id: 'ca-kids-help-phone',
    country: 'CA',
    name: 'Kids Help Phone',
    // Its own French name, on its own French pages (docs/sources.md).
    ownNames: { fr: 'Jeunesse, J’écoute' },
    number: '1-800-668-6868',
    kind: 'child',
    url: 'https://kidshelpphone.ca',
    open247: true,
    free: true,
    source: {
      url: 'https://www.newswire.ca/news-releases/government-of-canada-announces-7-5m-to-kids-help-phone-820457193.html',
      checked: CHECKED,
    },
  },
  {
    // Sources disagree on its hours (day and night, or 8:30–18:00), so none are shown.
    id: 'ma-2511',
    country: 'MA',
    name: "Centre d'écoute de l'ONDE",
    number: '2511',
    kind: 'danger',
    url: 'https://www.onde.ma',
    open247: false,
    free: true,
    source: { url: 'https://www.onde.ma/fr/onde/protection', checked: CHECKED },
  },
  {
    id: 'fr-119',
    country: 'FR',
    name: '119 – Allô Enfance en Danger',
    number: '119',
    kind: 'danger',
    url: 'https://www.allo119.gouv.fr',
    open247: true,
    free: true,
    source: { url: 'https://solidarites.gouv.fr/node/2219', checked: CHECKED },
  },
  {
    id: 'fr-3018',
    country: 'FR',
    name: '3018 – e-Enfance',
    number: '3018',
    kind: 'online',
    url: 'https://3018.fr',
    open247: false,
    free: true,
    source: { url: 'https://solidarites.gouv.fr/node/2219', checked: CHECKED },
  },
  {
    id: 'de-116111',
    country: 'DE',
    name: 'Nummer gegen Kummer',
    number: '116 111',
    kind: 'child',
    url: 'https://www.nummergegenkummer.de',
    open247: false,
    free: true,
    source: {
      url: 'https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556',
      checked: CHECKED,
    },
  },
  {
    // Not shown as open day and night: the only page saying so is this 2010 briefing, and no current
    // NSPCC or Childline page stored here gives the phone line's hours. The number and "free" stand.
    id: 'gb-childline',
    country: 'GB',
    name: 'Childline',
    number: '0800 1111',
    kind: 'child',
    url: 'https://www.childline.org.uk',
    open247: false,
    free: true,
    source: {
      url: 'http://www.nspcc.org.uk/news-and-views/media-centre/media-briefings/services-briefings/childline-services/childline-services-briefing_wda73888.html',
      checked: CHECKED,
    },
  },
  {
    id: 'at-147',
    country: 'AT',
    name: 'Rat auf Draht',
    number: '147',
    kind: 'child',
    url: 'https://www.rataufdraht.at',
    open247: true,
    free: true,
    source: { url: 'https://www.rataufdraht.at/pressemitteilungen/25-jahre-notrufnummer-147', checked: CHECKED },
  },
  {
    id: 'ch-147',
    country: 'CH',
    name: 'Pro Juventute 147',
    number: '147',
    kind: 'child',
    url: 'https://www.147.ch',
    open247: true,
    free: true,
    source: { url: 'https://www.projuventute.ch/de/eltern/familie-gesellschaft/147', checked: CHECKED },
  },
  {
    id: 'hr-116111',
    country: 'HR',
    name: 'Hrabri telefon',
    number: '116 111',
    kind: 'child',
    url: 'https://hrabritelefon.hr',
    open247: false,
    free: true,
    source: { url: 'https://udruga.hrabritelefon.hr/hrabri-telefon-za-djecu/', checked: CHECKED },
  },
  {
    id: 'rs-116111',
    country: 'RS',
    name: 'NADEL – Nacionalna dečja linija',
    number: '116 111',
    kind: 'child',
    url: 'https://116111.rs',
    open247: true,
    free: true,
    source: {
      url: 'https://www.minrzs.gov.rs/sr/aktuelnosti/vesti/17-maj-medjunarodni-dan-decijih-sos-linija',
      checked: CHECKED,
    },
  },
  {
    // Since 2023 the Ministry of Women and Child Development runs 1098 with the states, joined to
    // the 112 emergency system, no longer through CHILDLINE India Foundation: that charity's site is
    // not the line's, and no site of the line itself was found, so no website link is shown. The
    // source carries the ministry's answer in Parliament of July 2023 ("a national toll free 24×7
    // helpline number dedicated for children"); the ministry's own page was not among those stored.
    id: 'in-1098',
    country: 'IN',
    name: 'Child Helpline 1098',
    number: '1098',
    kind: 'danger',
    open247: true,
    free: true,
    source: {
      url: 'https://orissadiary.com/integration-of-child-helpline-with-erss-112-completed-in-9-states/',
      checked: CHECKED,
    },
  },
  {
    id: 'bd-1098',
    country: 'BD',
    name: 'Child Helpline 1098',
    // The source names it in Bengali first, with the English name beside it in brackets.
    ownNames: { bn: 'শিশুর সহায়তায় ফোন ১০৯৮' },
    number: '1098',
    kind: 'danger',
    // No website of the helpline itself was found: the source is one district office's page about
    // it, which would be no help to a child looking for the line, so no website link is shown. The
    // Department of Social Services' pages say it is free from every phone, not its hours (only a
    // blog and the press say "always"), so it is not shown as open day and night.
    open247: false,
    free: true,
    source: {
      url: 'https://dss.sirajganj.gov.bd/en/site/page/5cFo-%E0%A6%B6%E0%A6%BF%E0%A6%B6%E0%A7%81%E0%A6%B0-%E0%A6%B8%E0%A6%B9%E0%A6%BE%E0%A7%9F%E0%A6%A4%E0%A6%BE%E0%A7%9F-%E0%A6%AB%E0%A7%8B%E0%A6%A8-%E0%A6%9F%E0%A7%8B%E0%A6%B2-%E0%A6%AB%E0%A7%8D%E0%A6%B0%E0%A6%BF',
      checked: CHECKED,
    },
  },
  {
    // The Ministry of Interior's Child Protection Center runs the line (the source, Abu Dhabi
    // Police's news page, says so); the police's own site is not the line's, so no website link.
    // Its Arabic name is the one on the Center's own Arabic pages (moi-cpc.ae, docs/sources.md).
    id: 'ae-116111',
    country: 'AE',
    name: 'Ministry of Interior Child Protection Center',
    ownNames: { ar: 'مركز وزارة الداخلية لحماية الطفل' },
    number: '116111',
    kind: 'danger',
    open247: false,
    free: true,
    source: {
      url: 'https://www.adpolice.gov.ae/en/Media-Center/News/2021/06/17/The-Hotline--a-Safety-Net-to-Protect-Children',
      checked: CHECKED,
    },
  },
  {
    id: 'vn-111',
    country: 'VN',
    name: 'Tổng đài quốc gia bảo vệ trẻ em 111',
    number: '111',
    kind: 'danger',
    url: 'https://tongdai111.vn',
    open247: true,
    free: true,
    source: {
      url: 'http://tongdai111.vn/tin/tong-dai-quoc-gia-bao-ve-tre-em-111-tiep-nhan-gan-6-trieu-cuoc-goi-trong-20-nam',
      checked: CHECKED,
    },
  },
  // The European hotline for missing children: Missing Children Europe's own FAQ lists the countries
  // where it runs (every EU member state, the UK, Serbia, Switzerland, Albania), and its hotline page
  // says free and 24/7. One entry per country in the picker that the list names.
  ...(['AT', 'BE', 'CH', 'DE', 'FR', 'GB', 'HR', 'IE', 'LU', 'NL', 'RO', 'RS'] as const).map((country): Helpline => ({
    id: `${country.toLowerCase()}-116000`,
    country,
    name: '116 000',
    number: '116 000',
    kind: 'missing',
    url: 'https://missingchildreneurope.eu/hotline-116-000/',
    open247: true,
    free: true,
    source: { url: 'https://missingchildreneurope.eu/childmissing_faq', checked: CHECKED },
  })),
];

/**
 * Countries offered in the picker: where the fourteen languages are widely spoken, plus every
 * country that has a helpline here. Countries without a checked helpline still get the advice.
 */
const FAMILY_COUNTRIES = [
  'AE',
  'AT',
  'AU',
  'BA',
  'BD',
  'BE',
  'CA',
  'CH',
  'DE',
  'DZ',
  'EG',
  'FR',
  'GB',
  'HR',
  'IE',
  'IN',
  'IQ',
  'JO',
  'LB',
  'LU',
  'MA',
  'MD',
  'ME',
  'NL',
  'PK',
  'RO',
  'RS',
  'RU',
  'SA',
  'TN',
  'TR',
  'US',
  'VN',
];

export function pickerCountries(): string[] {
  return [...new Set([...FAMILY_COUNTRIES, ...HELPLINES.map((h) => h.country)])].sort();
}

/** A country's helplines, each named as its operator names it in `lang` where it has such a name. */
export function helplinesFor(country: string | undefined, lang?: LanguageCode): Helpline[] {
  if (!country) return [];
  return HELPLINES.filter((h) => h.country === country).map((h) => {
    const own = lang && h.ownNames?.[lang];
    return own ? { ...h, name: own } : h;
  });
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

/**
 * The country setting that says "my country is not in the list": no country, and none guessed
 * from the browser's language either. It differs from 'auto' (never chosen), which guesses: a
 * family abroad with an en-US browser would otherwise be shown a US line that does not serve them.
 */
export const NO_COUNTRY = 'none';

/** A country the picker can choose: a two-letter code, or "not in the list" (NO_COUNTRY). */
export function isCountryChoice(value: string): boolean {
  return value === NO_COUNTRY || /^[A-Z]{2}$/.test(value);
}

/** The country in use: the chosen one, the browser's when the setting is 'auto', none for 'none'. */
export function resolveCountry(setting: string, tags: readonly (string | undefined)[]): string | undefined {
  if (setting === NO_COUNTRY) return undefined;
  return setting === 'auto' ? countryFromLocales(tags) : setting;
}

/**
 * What the country picker shows as chosen: the country in use, or "not in the list" when the
 * family said so; undefined while nothing is chosen and nothing can be guessed.
 */
export function pickedCountry(setting: string, tags: readonly (string | undefined)[]): string | undefined {
  return setting === NO_COUNTRY ? NO_COUNTRY : resolveCountry(setting, tags);
}
