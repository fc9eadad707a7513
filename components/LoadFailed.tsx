import { useLayoutEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LANGUAGES, isLanguageCode, type Direction } from '@/lib/languages';

/**
 * The language and direction of the browser's own words for this extension (public/_locales),
 * from the browser's interface language as the browser names it (`@@ui_locale`, "pt_BR"): the
 * browser takes that locale's words, else its language's, else English (the default locale). So
 * a browser in Hebrew or Portuguese, for which there are no words, gets English, left to right;
 * `@@bidi_dir` alone would say right to left for Hebrew over the English words.
 */
export function browserWordsLanguage(uiLocale: string): { lang: string; dir: Direction } {
  const tag = uiLocale.replace(/_/g, '-');
  const primary = tag.split('-')[0]!.toLowerCase();
  if (!isLanguageCode(primary)) return { lang: 'en', dir: 'ltr' };
  return { lang: tag, dir: LANGUAGES[primary].dir };
}

/**
 * What a page shows when it could not load (its words, the stored settings): one message from the
 * browser's own i18n, which does not depend on what failed, in the browser's language, with the
 * page's lang and dir set for it (the page may still say English, left to right, from its HTML).
 */
export function LoadFailed({ error, page }: { error: unknown; page: string }) {
  useLayoutEffect(() => {
    console.error(`[Make-IT-Safe] ${page} failed to load`, error);
    const { lang, dir } = browserWordsLanguage(browser.i18n.getMessage('@@ui_locale') || browser.i18n.getUILanguage());
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, []);
  return (
    <main>
      <p role="alert" data-testid="load-failed">
        {browser.i18n.getMessage('loadError')}
      </p>
    </main>
  );
}
