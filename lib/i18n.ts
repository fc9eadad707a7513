import i18next, { type i18n } from 'i18next';
import { FALLBACK_LANGUAGE, type LanguageCode } from './languages';
import type { Translate } from './helper-view';

/** The words every page needs. A platform's words are a namespace of their own, named by its id. */
export const NAMESPACES = ['ui', 'help', 'checklist'] as const;
export type Namespace = (typeof NAMESPACES)[number];

type Resource = Record<string, unknown>;

// One chunk per language file, loaded only when that language (and that platform) is used.
const loaders = import.meta.glob<Resource>('../locales/*/*.json', { import: 'default' });
const platformLoaders = import.meta.glob<Resource>('../locales/*/platforms/*.json', { import: 'default' });
const brochureLoaders = import.meta.glob<Resource>('../locales/*/brochure.json', { import: 'default' });

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
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: FALLBACK_LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources: {},
    // Everything is rendered as text, never as HTML, so nothing needs escaping here.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  // Both at once: the person's language need not wait for the fallback's files.
  const langs = lang === FALLBACK_LANGUAGE ? [lang] : [FALLBACK_LANGUAGE, lang];
  await Promise.all(langs.map((l) => addLanguage(instance, l)));
  await instance.changeLanguage(lang);
  return instance;
}

async function addPlatform(instance: i18n, lang: LanguageCode, platformId: string): Promise<void> {
  if (instance.hasResourceBundle(lang, platformId)) return;
  const load = platformLoaders[`../locales/${lang}/platforms/${platformId}.json`];
  if (!load) throw new Error(`missing locale file ${lang}/platforms/${platformId}.json`);
  instance.addResourceBundle(lang, platformId, await load(), true, true);
}

/** Starts fetching a platform's word files (the module cache keeps them), before i18next exists. */
export function preloadPlatformWords(lang: LanguageCode, platformId: string): Promise<unknown> {
  const langs = lang === FALLBACK_LANGUAGE ? [lang] : [FALLBACK_LANGUAGE, lang];
  return Promise.all(langs.map((l) => platformLoaders[`../locales/${l}/platforms/${platformId}.json`]?.()));
}

/**
 * Loads one platform's words, in `lang` and the English fallback, into the instance's namespace
 * `<platform id>`; so the background holds only the sites and languages people actually use.
 */
export async function loadPlatformWords(instance: i18n, lang: LanguageCode, platformId: string): Promise<void> {
  const langs = lang === FALLBACK_LANGUAGE ? [lang] : [FALLBACK_LANGUAGE, lang];
  await Promise.all(langs.map((l) => addPlatform(instance, l, platformId)));
}

/** The parent brochure's words (namespace `brochure`), only on the brochure page. */
export async function loadBrochureWords(instance: i18n, lang: LanguageCode): Promise<void> {
  const langs = lang === FALLBACK_LANGUAGE ? [lang] : [FALLBACK_LANGUAGE, lang];
  await Promise.all(
    langs.map(async (l) => {
      if (instance.hasResourceBundle(l, 'brochure')) return;
      const load = brochureLoaders[`../locales/${l}/brochure.json`];
      if (!load) throw new Error(`missing locale file ${l}/brochure.json`);
      instance.addResourceBundle(l, 'brochure', await load(), true, true);
    }),
  );
}

export async function switchLanguage(instance: i18n, lang: LanguageCode): Promise<void> {
  await addLanguage(instance, lang);
  await instance.changeLanguage(lang);
}

export function translator(instance: i18n, lang?: LanguageCode): Translate {
  const fixed = instance.getFixedT(lang ?? instance.language);
  return (key, vars) => fixed(key, vars ?? {}) as string;
}
