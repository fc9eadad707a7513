import { LanguageOptions, PlatformOptions } from '@/components/LanguagePicker';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import { LANGUAGES, detectLanguage, isLanguageCode, type LanguageCode } from '@/lib/languages';
import { PLATFORMS, platformById } from '@/lib/platforms/registry';
import { i18nFor } from '@/lib/view-for';
import { loadPlatformWords, loadWorkshopWords, translator } from '@/lib/i18n';
import { asFileTitle } from '@/lib/bidi';
import { browserLanguages } from '@/lib/browser-languages';
import { buildChecklistView } from '@/lib/checklist-view';
import type { AlsoView } from '@/lib/helper-view';
import { balancedSplit } from '@/lib/brochure';
import { fitSheets } from '@/components/fit-sheets';
import { applyLanguage } from '@/components/apply-language';
import { latestOnly } from '@/lib/latest';
import { LoadFailed } from '@/components/LoadFailed';

/** The words of one language and one site: the sheet shows the site its words were loaded for. */
interface Words {
  lang: LanguageCode;
  platformId: string;
  i18n: i18n;
}

function Steps({ steps }: { steps: string[] }) {
  return (
    <ol class="steps">
      {steps.map((step, i) => (
        <li key={i}>{step}</li>
      ))}
    </ol>
  );
}

async function wordsFor(lang: LanguageCode, platformId: string): Promise<Words> {
  const instance = await i18nFor(lang);
  await Promise.all([loadWorkshopWords(instance, lang), loadPlatformWords(instance, lang, platformId)]);
  return { lang, platformId, i18n: instance };
}

/**
 * Below this size (in points) on one page, the checklist takes two pages instead: Urdu's Nastaliq,
 * with the line height it needs, fitted one page at 6.6 to 9.2 pt, and since "block and report"
 * shows both guides, Telegram and a few sites in other languages need two as well (English fits
 * one page on every site).
 */
const ONE_PAGE_FLOOR = 8;

/**
 * Where the second sheet should start: the items split so that the taller sheet is shortest,
 * measured on the one sheet as fitted (the title goes on the first sheet, the footer on the last).
 */
function splitPoint(root: HTMLElement): number {
  const inner = root.querySelector<HTMLElement>('.sheet-inner')!.getBoundingClientRect();
  const items = [...root.querySelectorAll<HTMLElement>('.items > li')].map((li) => li.getBoundingClientRect());
  // Each item's height runs to the next item's top, so its margin counts.
  const heights = items.map((box, i) => (items[i + 1]?.top ?? box.bottom) - box.top);
  return balancedSplit(items[0]!.top - inner.top, heights, inner.bottom - items.at(-1)!.bottom);
}

/**
 * A platform's kids' checklist on one printed page (A4 or US Letter; two where one page would make
 * the text too small to read), in any language, to hand out at a workshop:
 * `handout.html?platform=instagram&lang=ar`. Made from the same data and words as the popup's
 * checklist, with the official page and the date checked for every item; blank boxes to tick.
 */
export function Handout() {
  const params = new URLSearchParams(location.search);
  const asked = params.get('lang');
  const [platformId, setPlatformId] = useState(platformById(params.get('platform') ?? '')?.id ?? PLATFORMS[0]!.id);
  const [lang, setLang] = useState<LanguageCode>(isLanguageCode(asked) ? asked : detectLanguage(browserLanguages()));
  const [words, setWords] = useState<Words>();
  const [failed, setFailed] = useState<{ error: unknown }>();
  const [fitted, setFitted] = useState<number>();
  // The item the second sheet starts with, for the view it was measured on; none: one sheet.
  const [split, setSplit] = useState<{ view: unknown; at: number }>();
  const sheets = useRef<HTMLElement>(null);
  // Choices made faster than the words load: only the latest one's words are shown.
  const begin = useRef(latestOnly()).current;

  const choose = (next: { lang?: LanguageCode; platform?: string }) => {
    const l = next.lang ?? lang;
    const p = next.platform ?? platformId;
    const isLatest = begin();
    setFitted(undefined);
    setLang(l);
    setPlatformId(p);
    history.replaceState(null, '', `?platform=${p}&lang=${l}`);
    wordsFor(l, p).then(
      (loaded) => {
        if (!isLatest()) return;
        // Before the words are drawn, so the sheet is fitted with the language's font and line
        // height: applied after the fit, Arabic, the Indic scripts and Urdu (line height 2.1) ran
        // past the sheet, and the printed page lost its last items.
        applyLanguage(LANGUAGES[loaded.lang]);
        setWords(loaded);
      },
      // Words that cannot load now will not load later either (the extension was updated under
      // the open page, say): the page says so rather than stay blank or half changed.
      (error: unknown) => {
        if (isLatest()) setFailed({ error });
      },
    );
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

  const at = split && split.view === view ? split.at : 0;

  // Fitted after the fonts are ready, since the script's font decides how much room the words take.
  useLayoutEffect(() => {
    if (!view || !sheets.current) return;
    const root = sheets.current;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (cancelled) return;
      const size = fitSheets(root, 6.5, 13);
      if (at === 0 && size < ONE_PAGE_FLOOR && view.kids.length > 1) {
        // Drawn again on two sheets; this effect then fits those.
        setSplit({ view, at: splitPoint(root) });
        return;
      }
      setFitted(size);
    });
    return () => {
      cancelled = true;
    };
  }, [view, at]);

  useEffect(() => {
    // Without the isolates the translator adds in Arabic and Urdu (Chromium puts "_" for them in the
    // name of the PDF a printed handout is saved as) and with the brand's plain hyphens.
    if (t) document.title = asFileTitle(`${t('ui:popup.checklist.title', { site: platform.name })} – ${t('ui:brand')}`);
  }, [t, platform]);

  if (failed) return <LoadFailed error={failed.error} page="handout" />;
  if (!words || !t || !view) return <main aria-busy="true" />;
  const sourceOf = (item: Pick<AlsoView, 'sourceUrl' | 'sourceLabel' | 'checkedLabel'>) => (
    <>
      {item.sourceLabel}:{' '}
      <bdi class="url" dir="ltr">
        {item.sourceUrl}
      </bdi>{' '}
      · {item.checkedLabel}
    </>
  );
  // Where every item rests on the same page checked on the same day (Telegram's FAQ, Threads' help
  // page), the line is printed once under the title: eight copies of it cost Telegram's sheet about
  // a point of text size.
  const [first] = view.kids;
  const sameAsFirst = (item: Pick<AlsoView, 'sourceUrl' | 'sourceLabel' | 'checkedLabel'>) =>
    first !== undefined &&
    item.sourceUrl === first.sourceUrl &&
    item.sourceLabel === first.sourceLabel &&
    item.checkedLabel === first.checkedLabel;
  // A second guide (how to report) from another page then prints its own line under its steps.
  const shared = first !== undefined && view.kids.every(sameAsFirst);
  const parts = at > 0 ? [view.kids.slice(0, at), view.kids.slice(at)] : [view.kids];
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
          <span>{t('workshop:handouts.checklistLanguage')}</span>
          <select
            // The language chosen, not the one whose words are shown: a redraw while the new words
            // load set the list back to the old one.
            value={lang}
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
          <span class="hint">
            {t(parts.length > 1 ? 'workshop:handouts.printHintTwo' : 'workshop:handouts.printHint')}
          </span>
        </p>
      </div>
      <main
        class="sheets"
        ref={sheets}
        data-fitted={fitted === undefined ? 'false' : 'true'}
        data-size={fitted}
        data-pages={parts.length}
      >
        {parts.map((items, page) => (
          <article key={page} class="sheet" lang={LANGUAGES[words.lang].tag} dir={LANGUAGES[words.lang].dir}>
            <div class="sheet-inner">
              {page === 0 && (
                <>
                  <h1>{t('ui:popup.checklist.title', { site: platform.name })}</h1>
                  {shared && <p class="source shared">{sourceOf(first)}</p>}
                </>
              )}
              <ol class="items">
                {items.map((item) => (
                  <li key={item.id} data-item={item.id}>
                    <h2>
                      <span class="box" aria-hidden="true" />
                      {item.title}
                    </h2>
                    <p class="why">{item.why}</p>
                    {item.stepsTitle && <h3>{item.stepsTitle}</h3>}
                    {item.steps.length > 0 && <Steps steps={item.steps} />}
                    {!shared && <p class="source">{sourceOf(item)}</p>}
                    {item.also && (
                      <>
                        <h3>{item.also.title}</h3>
                        <Steps steps={item.also.steps} />
                        {!(shared && sameAsFirst(item.also)) && <p class="source">{sourceOf(item.also)}</p>}
                      </>
                    )}
                  </li>
                ))}
              </ol>
              {page === parts.length - 1 && <p class="footer">{t('workshop:handouts.footer')}</p>}
            </div>
          </article>
        ))}
      </main>
    </>
  );
}
