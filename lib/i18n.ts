import i18next, { type i18n } from 'i18next';
import { FALLBACK_LANGUAGE, LANGUAGES, isLanguageCode, type LanguageCode } from './languages';
import type { Translate } from './helper-view';
import { brandUnbroken, isolate } from './bidi';

/** The words every page needs. A platform's words are a namespace of their own, named by its id. */
export const NAMESPACES = ['ui', 'help', 'checklist'] as const;
export type Namespace = (typeof NAMESPACES)[number];

type Resource = Record<string, unknown>;

// One chunk per language file, loaded only when that language (and that platform) is used. The
// service worker cannot load chunks, so it bundles whatever these name: the brochure's and the
// workshop's words are left to their own loaders, which only those pages use.
const loaders = import.meta.glob<Resource>('../locales/*/{ui,help,checklist}.json', { import: 'default' });
const platformLoaders = import.meta.glob<Resource>('../locales/*/platforms/*.json', { import: 'default' });
const brochureLoaders = import.meta.glob<Resource>('../locales/*/brochure.json', { import: 'default' });
const workshopLoaders = import.meta.glob<Resource>('../locales/*/workshop.json', { import: 'default' });

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Every number a text is filled with, in the language's own digits, as its dates are (Intl):
 * Bengali's "১০টির মধ্যে ২টি" beside "২৫ নভেম্বর, ২০২৬"; Latin digits in the other thirteen. The
 * words keep plain `{{count}}` placeholders, the same in every language; `count` itself stays a
 * number for choosing the plural form.
 */
const languageDigits = {
  type: 'formatter' as const,
  init() {},
  add() {},
  addCached() {},
  format(value: unknown, _format: string | undefined, lng: string | undefined): unknown {
    if (typeof value !== 'number' || !lng) return value;
    let format = numberFormats.get(lng);
    if (!format) {
      format = new Intl.NumberFormat(isLanguageCode(lng) ? LANGUAGES[lng].tag : lng);
      numberFormats.set(lng, format);
    }
    return format.format(value);
  },
};

export async function loadNamespaces(lang: LanguageCode): Promise<Record<Namespace, Resource>> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => {
      const load = loaders[`../locales/${lang}/${ns}.json`];
      if (!load) throw new Error(`missing locale file ${lang}/${ns}.json`);
      return [ns, await load()] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Namespace, Resource>;
}

async function addLanguage(instance: i18n, lang: LanguageCode): Promise<void> {
  if (instance.hasResourceBundle(lang, 'ui')) return;
  const bundles = await loadNamespaces(lang);
  for (const ns of NAMESPACES) instance.addResourceBundle(lang, ns, bundles[ns], true, true);
}

/** An i18next instance in `lang`, with English loaded as the fallback for a missing key. */
export async function createI18n(lang: LanguageCode): Promise<i18n> {
  const instance = i18next.createInstance().use(languageDigits);
  await instance.init({
    lng: lang,
    fallbackLng: FALLBACK_LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources: {},
    // Everything is rendered as text, never as HTML, so nothing needs escaping here.
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
    initAsync: false,
  });
  // Both at once: the person's language need not wait for the fallback's files.
  await Promise.all(withFallback(lang).map((l) => addLanguage(instance, l)));
  await instance.changeLanguage(lang);
  return instance;
}

/** The language and the English fallback (once when they are the same), loaded side by side. */
function withFallback(lang: LanguageCode): LanguageCode[] {
  return lang === FALLBACK_LANGUAGE ? [lang] : [FALLBACK_LANGUAGE, lang];
}

type Loaders = Record<string, () => Promise<Resource>>;

/** Adds one namespace's words in the language and its fallback, each file once per instance. */
async function addNamespace(
  instance: i18n,
  lang: LanguageCode,
  ns: string,
  loaders: Loaders,
  file: (l: LanguageCode) => string,
): Promise<void> {
  await Promise.all(
    withFallback(lang).map(async (l) => {
      if (instance.hasResourceBundle(l, ns)) return;
      const load = loaders[`../locales/${file(l)}`];
      if (!load) throw new Error(`missing locale file ${file(l)}`);
      instance.addResourceBundle(l, ns, await load(), true, true);
    }),
  );
}

const platformFile = (platformId: string) => (l: LanguageCode) => `${l}/platforms/${platformId}.json`;

/** Starts fetching a platform's word files (the module cache keeps them), before i18next exists. */
export function preloadPlatformWords(lang: LanguageCode, platformId: string): Promise<unknown> {
  return Promise.all(withFallback(lang).map((l) => platformLoaders[`../locales/${platformFile(platformId)(l)}`]?.()));
}

/**
 * Loads one platform's words, in `lang` and the English fallback, into the instance's namespace
 * `<platform id>`; so the background holds only the sites and languages people actually use.
 */
export function loadPlatformWords(instance: i18n, lang: LanguageCode, platformId: string): Promise<void> {
  return addNamespace(instance, lang, platformId, platformLoaders, platformFile(platformId));
}

/** The parent brochure's words (namespace `brochure`), only on the brochure page. */
export function loadBrochureWords(instance: i18n, lang: LanguageCode): Promise<void> {
  return addNamespace(instance, lang, 'brochure', brochureLoaders, (l) => `${l}/brochure.json`);
}

/** Workshop mode's words (namespace `workshop`), only on the workshop page. */
export function loadWorkshopWords(instance: i18n, lang: LanguageCode): Promise<void> {
  return addNamespace(instance, lang, 'workshop', workshopLoaders, (l) => `${l}/workshop.json`);
}

export async function switchLanguage(instance: i18n, lang: LanguageCode): Promise<void> {
  await addLanguage(instance, lang);
  await instance.changeLanguage(lang);
}

/** i18next's own options, which are not words to put in the text. */
const OPTION_KEYS = new Set([
  'count',
  'context',
  'lng',
  'lngs',
  'ns',
  'defaultValue',
  'ordinal',
  'replace',
  'postProcess',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'interpolation',
  'keySeparator',
  'nsSeparator',
]);

/**
 * Each value put into right-to-left words isolated (FSI…PDI), so it keeps its own direction and
 * its place: in Urdu "{{site}} {{years}} سال", "Instagram 13" ran together as one left-to-right
 * run and the 13 went to the far end of the line, away from its word.
 */
function isolated(vars: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(vars).map(([key, value]) => [key, OPTION_KEYS.has(key) ? value : isolate(value)]),
  );
}

export function translator(instance: i18n, lang?: LanguageCode): Translate {
  const code = lang ?? instance.language;
  const fixed = instance.getFixedT(code);
  const rtl = isLanguageCode(code) && LANGUAGES[code].dir === 'rtl';
  return (key, vars) => {
    const text = fixed(key, rtl && vars ? isolated(vars) : (vars ?? {})) as string;
    return rtl ? brandUnbroken(text) : text;
  };
}
