import type { i18n } from 'i18next';
import { LANGUAGES, resolveLanguage, type LanguageCode } from './languages';
import { createI18n, loadPlatformWords, translator } from './i18n';
import { helplinesFor, resolveCountry } from './helplines';
import { buildHelperView, type HelperView } from './helper-view';
import type { PageKind, Platform } from './platforms/types';
import type { Settings } from './storage';
import { buildCheckView, type ItemProgress } from './checklist-view';
import { keepPromise, RecentCache } from './recent-cache';

const instances = new Map<LanguageCode, Promise<i18n>>();

/** One i18next instance per language, created the first time that language is needed. */
export function i18nFor(lang: LanguageCode): Promise<i18n> {
  return keepPromise(instances, lang, () => createI18n(lang));
}

/**
 * The last views built, by everything that decides them. The background builds the same view for
 * every page load and every page change of a site, and translating it again took its service
 * worker 3 to 80 ms (while the site loads beside it) with the page waiting for the answer.
 */
const recentViews = new RecentCache<string, Promise<HelperView>>(16);

/** The helper's whole view for one platform, in the person's language. The same object for the same inputs. */
export function helperViewFor(
  platform: Platform,
  settings: Settings,
  browserLanguages: readonly (string | undefined)[],
  pageKind?: PageKind,
  prompt = false,
  progress: ItemProgress = {},
): Promise<HelperView> {
  const lang = resolveLanguage(settings.language, browserLanguages);
  const country = resolveCountry(settings.country, browserLanguages);
  const minimized = settings.helper.minimized;
  const key = JSON.stringify([platform.id, lang, country, pageKind ?? null, prompt, minimized, progress]);
  return keepPromise(recentViews, key, () => buildView(platform, lang, country, pageKind, prompt, progress, minimized));
}

async function buildView(
  platform: Platform,
  lang: LanguageCode,
  country: string | undefined,
  pageKind: PageKind | undefined,
  prompt: boolean,
  progress: ItemProgress,
  minimized: boolean,
): Promise<HelperView> {
  const instance = await i18nFor(lang);
  await loadPlatformWords(instance, lang, platform.id);
  const t = translator(instance, lang);
  return buildHelperView({
    platform,
    language: LANGUAGES[lang],
    t,
    check: buildCheckView(platform, t, LANGUAGES[lang], progress),
    helplines: helplinesFor(country, lang),
    country,
    pageKind,
    minimized,
    prompt,
  });
}
