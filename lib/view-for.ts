import type { i18n } from 'i18next';
import { LANGUAGES, resolveLanguage, type LanguageCode } from './languages';
import { createI18n, loadPlatformWords, translator } from './i18n';
import { helplinesFor, resolveCountry } from './helplines';
import { buildHelperView, type HelperView } from './helper-view';
import type { PageKind, Platform } from './platforms/types';
import type { Settings } from './storage';
import { buildCheckView, type ItemProgress } from './checklist-view';

const instances = new Map<LanguageCode, Promise<i18n>>();

/** One i18next instance per language, created the first time that language is needed. */
export function i18nFor(lang: LanguageCode): Promise<i18n> {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createI18n(lang);
    instances.set(lang, instance);
    // A failed load must not stay cached, or that language would be broken until a restart.
    instance.catch(() => instances.delete(lang));
  }
  return instance;
}

/** The helper's whole view for one platform, in the person's language. */
export async function helperViewFor(
  platform: Platform,
  settings: Settings,
  browserLanguages: readonly (string | undefined)[],
  pageKind?: PageKind,
  prompt = false,
  progress: ItemProgress = {},
): Promise<HelperView> {
  const lang = resolveLanguage(settings.language, browserLanguages);
  const instance = await i18nFor(lang);
  await loadPlatformWords(instance, lang, platform.id);
  const country = resolveCountry(settings.country, browserLanguages);
  const t = translator(instance, lang);
  return buildHelperView({
    platform,
    language: LANGUAGES[lang],
    t,
    check: buildCheckView(platform, t, LANGUAGES[lang], progress),
    helplines: helplinesFor(country),
    country,
    pageKind,
    minimized: settings.helper.minimized,
    prompt,
  });
}
