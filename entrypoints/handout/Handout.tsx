import { LanguageOptions, PlatformOptions } from '@/components/LanguagePicker';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import { LANGUAGES, detectLanguage, isLanguageCode, type LanguageCode } from '@/lib/languages';
import { PLATFORMS, platformById } from '@/lib/platforms/registry';
import { i18nFor } from '@/lib/view-for';
import { loadPlatformWords, loadWorkshopWords, translator } from '@/lib/i18n';
import { withoutIsolates } from '@/lib/bidi';
import { browserLanguages } from '@/lib/browser-languages';
import { buildChecklistView } from '@/lib/checklist-view';
import { largestFitting } from '@/lib/brochure';
import { applyLanguage } from '@/components/apply-language';

/** The words of one language and one site: the sheet shows the site its words were loaded for. */
interface Words {
  lang: LanguageCode;
  platformId: string;
  i18n: i18n;
}

async function wordsFor(lang: LanguageCode, platformId: string): Promise<Words> {
  const instance = await i18nFor(lang);
  await Promise.all([loadWorkshopWords(instance, lang), loadPlatformWords(instance, lang, platformId)]);
  return { lang, platformId, i18n: instance };
}

/** Shrinks the text (to a tenth of a point) until the checklist fits its one sheet. */
function fitSheet(sheet: HTMLElement): number {
  const inner = sheet.querySelector<HTMLElement>('.sheet-inner')!;
  const fits = (size: number) => {
    sheet.style.setProperty('--size', `${size}pt`);
    const style = getComputedStyle(sheet);
    return (
      inner.getBoundingClientRect().height <=
      sheet.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - 1
    );
  };
  const size = largestFitting(fits, 6.5, 13);
  fits(size);
  return size;
}

/**
 * A platform's kids' checklist on one printed page (A4 or US Letter), in any language, to hand out
 * at a workshop: `handout.html?platform=instagram&lang=ar`. Made from the same data and words as the
 * popup's checklist, with the official page and the date checked for every item; blank boxes to tick.
 */
export function Handout() {
  const params = new URLSearchParams(location.search);
  const asked = params.get('lang');
  const [platformId, setPlatformId] = useState(platformById(params.get('platform') ?? '')?.id ?? PLATFORMS[0]!.id);
  const [lang, setLang] = useState<LanguageCode>(isLanguageCode(asked) ? asked : detectLanguage(browserLanguages()));
  const [words, setWords] = useState<Words>();
  const [fitted, setFitted] = useState<number>();
  const sheet = useRef<HTMLElement>(null);
  // Choices made faster than the words load: only the latest one's words are shown.
  const latest = useRef(0);

  const choose = (next: { lang?: LanguageCode; platform?: string }) => {
    const l = next.lang ?? lang;
    const p = next.platform ?? platformId;
    const request = ++latest.current;
    setFitted(undefined);
    setLang(l);
    setPlatformId(p);
    history.replaceState(null, '', `?platform=${p}&lang=${l}`);
    void wordsFor(l, p).then((loaded) => {
      if (request !== latest.current) return;
      // Before the words are drawn, so the sheet is fitted with the language's font and line
      // height: applied after the fit, Arabic, the Indic scripts and Urdu (line height 2.1) ran
      // past the sheet, and the printed page lost its last items.
      applyLanguage(LANGUAGES[loaded.lang]);
      setWords(loaded);
    });
  };

  useEffect(() => choose({}), []);

  // Until a new site's words have come, the sheet keeps the site it has words for: built with the
  // new site and the old words, it showed the item keys for a moment.
  const platform = platformById(words?.platformId ?? platformId) ?? PLATFORMS[0]!;
  const t = useMemo(() => (words ? translator(words.i18n, words.lang) : undefined), [words]);
  const view = useMemo(
    () => (t && words ? buildChecklistView(platform, t, LANGUAGES[words.lang]) : undefined),
    [t, platform],
  );

  // Fitted after the fonts are ready, since the script's font decides how much room the words take.
  useLayoutEffect(() => {
    if (!view || !sheet.current) return;
    const element = sheet.current;
    void document.fonts.ready.then(() => setFitted(fitSheet(element)));
  }, [view]);

  useEffect(() => {
    // Without the isolates the translator adds in Arabic and Urdu: Chromium puts "_" for them in the
    // name of the PDF a printed handout is saved as.
    if (t)
      document.title = withoutIsolates(`${t('ui:popup.checklist.title', { site: platform.name })} – ${t('ui:brand')}`);
  }, [t, platform]);

  if (!words || !t || !view) return <main aria-busy="true" />;
  const sourceOf = (item: (typeof view.kids)[number]) => (
    <>
      {item.sourceLabel}: <bdi dir="ltr">{item.sourceUrl}</bdi> · {item.checkedLabel}
    </>
  );
  // Where every item rests on the same page checked on the same day (Telegram's FAQ, Threads' help
  // page), the line is printed once under the title: eight copies of it cost Telegram's sheet about
  // a point of text size.
  const [first] = view.kids;
  const shared =
    first !== undefined &&
    view.kids.every(
      (item) =>
        item.sourceUrl === first.sourceUrl &&
        item.sourceLabel === first.sourceLabel &&
        item.checkedLabel === first.checkedLabel,
    );
  return (
    <>
      <div class="controls" role="group" aria-label={t('workshop:handouts.pageTitle')}>
        <label class="field">
          <span>{t('workshop:handouts.site')}</span>
          <select
            value={platformId}
            data-testid="handout-platform"
            onChange={(e) => choose({ platform: (e.currentTarget as HTMLSelectElement).value })}
          >
            <PlatformOptions platforms={PLATFORMS} />
          </select>
        </label>
        <label class="field">
          <span>{t('workshop:handouts.language')}</span>
          <select
            value={words.lang}
            data-testid="handout-language"
            onChange={(e) => {
              const code = (e.currentTarget as HTMLSelectElement).value;
              if (isLanguageCode(code)) choose({ lang: code });
            }}
          >
            <LanguageOptions />
          </select>
        </label>
        <p class="print-row">
          <button type="button" class="print" onClick={() => print()}>
            {t('workshop:handouts.print')}
          </button>
          <span class="hint">{t('workshop:handouts.printHint')}</span>
        </p>
      </div>
      <main class="sheets" data-fitted={fitted === undefined ? 'false' : 'true'} data-size={fitted}>
        <article class="sheet" ref={sheet} lang={LANGUAGES[words.lang].tag} dir={LANGUAGES[words.lang].dir}>
          <div class="sheet-inner">
            <h1>{t('ui:popup.checklist.title', { site: platform.name })}</h1>
            {shared && <p class="source shared">{sourceOf(first)}</p>}
            <ol class="items">
              {view.kids.map((item) => (
                <li key={item.id} data-item={item.id}>
                  <h2>
                    <span class="box" aria-hidden="true" />
                    {item.title}
                  </h2>
                  <p class="why">{item.why}</p>
                  {item.steps.length > 0 && (
                    <ol class="steps">
                      {item.steps.map((step, i) => (
                        <li key={i}>{step}</li>
                      ))}
                    </ol>
                  )}
                  {!shared && <p class="source">{sourceOf(item)}</p>}
                </li>
              ))}
            </ol>
            <p class="footer">{t('workshop:handouts.footer')}</p>
          </div>
        </article>
      </main>
    </>
  );
}
