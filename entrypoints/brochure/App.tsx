import { LanguageOptions } from '@/components/LanguagePicker';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGE_CODES, LANGUAGES, isLanguageCode, resolveLanguage, type LanguageCode } from '@/lib/languages';
import { loadBrochureWords, translator } from '@/lib/i18n';
import { i18nFor } from '@/lib/view-for';
import { NO_COUNTRY, helplinesFor, isCountryChoice, pickedCountry, pickerCountries } from '@/lib/helplines';
import { regionNamer } from '@/lib/region-names';
import { browserLanguages } from '@/lib/browser-languages';
import { settingsItem } from '@/lib/storage';
import { ONE_LANGUAGE_SHEETS, TWO_LANGUAGE_SHEETS, type BilingualLayout, type SectionId } from '@/lib/brochure';
import { LanguagePicker } from '@/components/LanguagePicker';
import { CountryPicker } from '@/components/CountryPicker';
import { applyLanguage } from '@/components/apply-language';
import { LoadFailed } from '@/components/LoadFailed';
import { fitSheets } from '@/components/fit-sheets';
import { Heading, Helplines, Section, Sources, type Part } from './Brochure';
import { asFileTitle } from '@/lib/bidi';
import { latestOnly } from '@/lib/latest';

export interface Choice {
  lang: LanguageCode;
  second?: LanguageCode;
  layout: BilingualLayout;
  /** A country code, or NO_COUNTRY when the family's is not in the list (no helplines, no guess). */
  country?: string;
}

/** The page's address names what it shows, so a link (or a bookmark) opens the same brochure. */
export function choiceFromQuery(search: string, fallback: { lang: LanguageCode; country?: string }): Choice {
  const params = new URLSearchParams(search);
  const asked = params.get('lang');
  // The family's language stands in for a missing or unknown one, and is then what a second
  // language must differ from: else one language showed twice, with every id twice.
  const lang = isLanguageCode(asked) ? asked : fallback.lang;
  const second = params.get('second');
  const country = params.get('country');
  return {
    lang,
    ...(isLanguageCode(second) && second !== lang ? { second } : {}),
    layout: params.get('layout') === 'sections' ? 'sections' : 'side',
    ...(country && isCountryChoice(country) ? { country } : fallback.country ? { country: fallback.country } : {}),
  };
}

function queryFor(choice: Choice): string {
  const params = new URLSearchParams({ lang: choice.lang });
  if (choice.second) params.set('second', choice.second);
  if (choice.second) params.set('layout', choice.layout);
  if (choice.country) params.set('country', choice.country);
  return `?${params.toString()}`;
}

async function partFor(lang: LanguageCode, choice: string | undefined): Promise<Part> {
  const country = choice === NO_COUNTRY ? undefined : choice;
  const instance = await i18nFor(lang);
  await loadBrochureWords(instance, lang);
  const countryName = country ? regionNamer(LANGUAGES[lang].tag)(country) : undefined;
  return {
    language: LANGUAGES[lang],
    t: translator(instance, lang),
    countryName,
    notListed: choice === NO_COUNTRY,
    helplines: helplinesFor(country, lang),
  };
}

export async function loadInitial(): Promise<Choice> {
  const settings = await settingsItem.get();
  const langs = browserLanguages();
  return choiceFromQuery(location.search, {
    lang: resolveLanguage(settings.language, langs),
    country: pickedCountry(settings.country, langs),
  });
}

export function App({ initial }: { initial: Promise<Choice> }) {
  const [choice, setChoice] = useState<Choice>();
  const [parts, setParts] = useState<{ first: Part; second?: Part }>();
  const [fitted, setFitted] = useState(false);
  const [failed, setFailed] = useState<{ error: unknown }>();
  const sheetsRef = useRef<HTMLDivElement>(null);
  // Choices made faster than their words load (a language passed over with the arrow keys): only
  // the latest one's words are shown, or the brochure ended in the language passed over.
  const begin = useRef(latestOnly()).current;

  useEffect(() => {
    initial.then(setChoice, (error: unknown) => setFailed({ error }));
  }, []);

  useEffect(() => {
    if (!choice) return;
    history.replaceState(null, '', queryFor(choice));
    setFitted(false);
    const isLatest = begin();
    void Promise.all([
      partFor(choice.lang, choice.country),
      choice.second ? partFor(choice.second, choice.country) : undefined,
    ]).then(
      ([first, second]) => {
        if (!isLatest()) return;
        applyLanguage(first.language);
        // The name a printed brochure is saved under: the brand with plain hyphens (asFileTitle).
        document.title = asFileTitle(first.t('brochure:page.documentTitle'));
        setParts({ first, ...(second ? { second } : {}) });
      },
      // A language's words that cannot load now will not load later either (the extension was
      // updated under the open page, say): the page says so rather than stay as it was.
      (error: unknown) => {
        if (isLatest()) setFailed({ error });
      },
    );
  }, [choice?.lang, choice?.second, choice?.layout, choice?.country]);

  useLayoutEffect(() => {
    const root = sheetsRef.current;
    if (!root || !parts) return;
    let cancelled = false;
    // Measure with the script's real fonts, or the fit would hold only for the fallback font.
    void document.fonts.ready.then(() => {
      if (cancelled) return;
      fitSheets(root);
      setFitted(true);
    });
    return () => {
      cancelled = true;
    };
  }, [parts]);

  if (failed) return <LoadFailed error={failed.error} page="brochure" />;
  if (!choice || !parts) return <main aria-busy="true" />;
  const { first, second } = parts;
  const t = first.t;
  const set = (change: Partial<Choice>) => setChoice({ ...choice, ...change });
  const others = LANGUAGE_CODES.filter((c) => c !== choice.lang);

  const sheets = second ? TWO_LANGUAGE_SHEETS : ONE_LANGUAGE_SHEETS;
  const both = (render: (part: Part) => preact.JSX.Element, key: string) =>
    second ? (
      choice.layout === 'side' ? (
        <div class="pair" key={key}>
          {render(first)}
          {render(second)}
        </div>
      ) : (
        <div class="stack" key={key}>
          {render(first)}
          {render(second)}
        </div>
      )
    ) : (
      <div key={key}>{render(first)}</div>
    );

  return (
    <>
      <header class="controls" aria-label={t('brochure:page.documentTitle')}>
        <LanguagePicker
          value={choice.lang}
          label={t('brochure:page.language')}
          onChange={(lang) => set({ lang, ...(choice.second === lang ? { second: undefined } : {}) })}
        />
        <label class="field">
          <span>{t('brochure:page.second')}</span>
          <select
            value={choice.second ?? ''}
            data-testid="second-language"
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value;
              set({ second: isLanguageCode(value) ? value : undefined });
            }}
          >
            <option value="">{t('brochure:page.secondNone')}</option>
            <LanguageOptions codes={others} />
          </select>
        </label>
        {second && (
          <fieldset class="layout">
            <legend>{t('brochure:page.layout')}</legend>
            {(['side', 'sections'] as const).map((layout) => (
              <label key={layout}>
                <input
                  type="radio"
                  name="layout"
                  value={layout}
                  checked={choice.layout === layout}
                  onChange={() => set({ layout })}
                />
                {t(layout === 'side' ? 'brochure:page.sideBySide' : 'brochure:page.sectionBySection')}
              </label>
            ))}
          </fieldset>
        )}
        <CountryPicker
          value={choice.country}
          countries={pickerCountries()}
          locale={first.language.tag}
          label={t('brochure:page.country')}
          noneLabel={t('ui:country.none')}
          notListedLabel={t('ui:country.notListed')}
          onChange={(country) => set({ country })}
        />
        <p class="print-row">
          <button type="button" class="print" onClick={() => window.print()}>
            {t('brochure:page.print')}
          </button>
          <span class="hint" data-testid="print-hint">
            {t(sheets.length === 4 ? 'brochure:page.printHintFour' : 'brochure:page.printHint')}
          </span>
        </p>
      </header>
      <main ref={sheetsRef} class="sheets" data-fitted={fitted ? 'true' : 'false'} data-pages={sheets.length}>
        {sheets.map((ids, index) => (
          <div class="sheet" key={`${index}-${ids.join()}`}>
            <div class="sheet-inner">
              {index === 0 && both((part) => <Heading part={part} level={part === first ? 1 : 2} />, 'heading')}
              {ids.map((id: SectionId) => both((part) => <Section part={part} id={id} />, id))}
              {index === sheets.length - 1 && (
                <>
                  {both(
                    (part) => (
                      <Helplines part={part} />
                    ),
                    'help',
                  )}
                  {both(
                    (part) => (
                      <Sources part={part} />
                    ),
                    'sources',
                  )}
                </>
              )}
            </div>
          </div>
        ))}
      </main>
    </>
  );
}
