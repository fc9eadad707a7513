import { PlatformOptions } from '@/components/LanguagePicker';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import { browser } from 'wxt/browser';
import { LANGUAGES, detectLanguage, isLanguageCode, type LanguageCode } from '@/lib/languages';
import { PLATFORMS } from '@/lib/platforms/registry';
import { i18nFor, helperViewFor } from '@/lib/view-for';
import { loadWorkshopWords, translator } from '@/lib/i18n';
import { latestOnly } from '@/lib/latest';
import { browserLanguages } from '@/lib/browser-languages';
import { NO_COUNTRY, isCountryChoice, pickerCountries, resolveCountry } from '@/lib/helplines';
import { DEFAULT_SETTINGS } from '@/lib/storage';
import type { HelperView } from '@/lib/helper-view';
import {
  PAGE_KIND,
  guideFor,
  scenariosFor,
  stepsFor,
  workshopPlatforms,
  type HelperFocus,
} from '@/lib/workshop/scenarios';
import { mountHelper, type HelperHandle, type HelperReveal } from '@/components/helper-ui';
import { LanguagePicker } from '@/components/LanguagePicker';
import { CountryPicker } from '@/components/CountryPicker';
import { applyLanguage } from '@/components/apply-language';
import { LoadFailed } from '@/components/LoadFailed';
import { closeThisTab } from '@/components/close-tab';
import { meantSecondPress } from '@/components/second-press';
import helperCss from '@/components/helper.css?inline';
import panelCss from '@/components/helper-panel.css?inline';
import { DemoSite } from './DemoSite';
import { Handouts } from './Handouts';

/** The sites whose real steps the helper can show for at least one scenario. */
const CHOICES = workshopPlatforms(PLATFORMS);

interface Words {
  lang: LanguageCode;
  i18n: i18n;
}

async function wordsFor(lang: LanguageCode): Promise<Words> {
  const instance = await i18nFor(lang);
  await loadWorkshopWords(instance, lang);
  return { lang, i18n: instance };
}

function revealFor(focus: HelperFocus, view: HelperView): HelperReveal {
  if (focus.kind === 'topic') {
    const guideId = guideFor(view.guides, focus);
    return guideId ? { kind: 'guide', guideId } : { kind: 'closed' };
  }
  return focus.kind === 'help' ? { kind: 'help', ...(focus.situation ? { situation: focus.situation } : {}) } : focus;
}

/** Inputs whose own keys are not Left, Right, Page Up or Page Down. */
const BUTTON_LIKE = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'color', 'file']);

/**
 * Whether the focused control uses the step keys itself: a text field moves its caret with the
 * arrows, a slider its value. Everything else steps: after the presenter picks a scenario in its
 * list or ticks "large text", the clicker's next press must go to the next step, not pick the last
 * scenario or do nothing. A list still changes with Up and Down, and its open menu keeps every key.
 */
function keptByControl(target: EventTarget | undefined): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !BUTTON_LIKE.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/**
 * Workshop mode: a made-up social network with the real in-page helper beside it, stepped through
 * scenario by scenario by a presenter. Everything lives in this page's memory: it reads and writes
 * no stored setting or progress, sends nothing, and closing it leaves nothing behind.
 */
export function Workshop() {
  const params = new URLSearchParams(location.search);
  const asked = params.get('lang');
  const [words, setWords] = useState<Words>();
  const [failed, setFailed] = useState<{ error: unknown }>();
  // Words or a view that cannot load now will not load later either (the extension was updated
  // under the open page, say): the page says so rather than stay blank or half changed.
  const fail = (error: unknown) => setFailed({ error });
  const [platformId, setPlatformId] = useState(
    CHOICES.find((p) => p.id === params.get('platform'))?.id ?? CHOICES[0]!.id,
  );
  // The address keeps the presenter's choices (below): a clicker's "start slideshow" key is often
  // F5, which reloaded the page back to the first step, the first site and normal text.
  const askedCountry = params.get('country');
  const [country, setCountry] = useState(
    // One the picker offers: a hand-edited ZZ showed an "Unknown Region" and no helpline.
    askedCountry !== null &&
      isCountryChoice(askedCountry) &&
      (askedCountry === NO_COUNTRY || pickerCountries().includes(askedCountry))
      ? askedCountry
      : resolveCountry('auto', browserLanguages()),
  );
  const [index, setIndex] = useState(() => {
    const step = Number(params.get('step'));
    const last = stepsFor((CHOICES.find((p) => p.id === platformId) ?? CHOICES[0]!).guides).length - 1;
    return Number.isInteger(step) && step > 0 ? Math.min(step, last) : 0;
  });
  const [projector, setProjector] = useState(params.get('large') === '1');
  const [helperWide, setHelperWide] = useState(false);
  const [fullScreen, setFullScreen] = useState(false);
  const [view, setView] = useState<HelperView>();
  const helper = useRef<HelperHandle | undefined>(undefined);
  const helperHost = useRef<HTMLElement | undefined>(undefined);
  // Choices made faster than their words load (a site passed over, a language): only the latest
  // one's result is shown, not whichever came last.
  const beginWords = useRef(latestOnly()).current;
  const beginView = useRef(latestOnly()).current;
  const chooseLanguage = (lang: LanguageCode) => {
    const isLatest = beginWords();
    wordsFor(lang).then(
      (loaded) => {
        if (isLatest()) setWords(loaded);
      },
      (error: unknown) => {
        if (isLatest()) fail(error);
      },
    );
  };
  const helperBox = useRef<HTMLElement | undefined>(undefined);

  const platform = CHOICES.find((p) => p.id === platformId) ?? CHOICES[0]!;
  // Only the scenarios this site has the very guides for (scenariosFor).
  const steps = useMemo(() => stepsFor(platform.guides), [platform]);
  const { scenario, step } = steps[Math.min(index, steps.length - 1)]!;

  useEffect(() => {
    if (!words) return;
    const query = new URLSearchParams({ lang: words.lang, platform: platformId, step: String(index) });
    if (country) query.set('country', country);
    if (projector) query.set('large', '1');
    history.replaceState(null, '', `?${query.toString()}`);
  }, [words?.lang, platformId, index, country, projector]);

  useEffect(() => chooseLanguage(isLanguageCode(asked) ? asked : detectLanguage(browserLanguages())), []);

  useEffect(() => {
    if (words) applyLanguage(LANGUAGES[words.lang]);
  }, [words?.lang]);

  // The helper's view, built here as the background builds it for a site: same words, same steps.
  useEffect(() => {
    if (!words) return;
    const settings = { ...DEFAULT_SETTINGS, language: words.lang, country: country ?? 'auto' };
    const isLatest = beginView();
    helperViewFor(platform, settings, browserLanguages(), PAGE_KIND[step.screen], true).then(
      (built) => {
        if (isLatest()) setView(built);
      },
      (error: unknown) => {
        if (isLatest()) fail(error);
      },
    );
  }, [words?.lang, platformId, country, step.screen]);

  // One helper, mounted once, in its own shadow root at the page's inline-end edge, as on a site.
  useEffect(() => {
    // After a failure, a view that was already on its way when it came mounts nothing.
    if (!view || failed) return;
    if (!helper.current) {
      const host = document.createElement('make-it-safe-helper');
      helperHost.current = host;
      // Open, unlike on a site: here no page script can reach it, and tests and axe can look in.
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = helperCss;
      const container = document.createElement('div');
      helperBox.current = container;
      shadow.append(style, container);
      document.body.append(host);
      // No callbacks: nothing the audience clicks in the demo is remembered.
      helper.current = mountHelper(container, view, {}, { panelCss });
      // Room is kept beside the demo for the panel or the prompt only while one is shown: kept
      // always, the projector's large text left a third of the screen empty and the demo squeezed.
      // The helper lives as long as the page, and so does this watch.
      const showsMore = () => setHelperWide(container.querySelector('#mis-panel, .mis-prompt') !== null);
      new MutationObserver(showsMore).observe(container, { childList: true, subtree: true });
      showsMore();
    } else {
      helper.current.update(view);
    }
    helper.current.reveal(revealFor(step.helper, view));
  }, [view, index]);

  // A load that fails after the start leaves the page to its message: the helper, which lives
  // outside the page's tree, goes too, rather than stay beside it in the last language or site.
  useEffect(() => {
    if (!failed) return;
    helper.current?.destroy();
    helper.current = undefined;
    helperHost.current?.remove();
  }, [failed]);

  useEffect(() => {
    document.documentElement.classList.toggle('projector', projector);
    // Inside the helper's root: its host resets every style it is given from outside.
    if (helperBox.current) helperBox.current.style.zoom = projector ? '1.35' : '';
  }, [projector, Boolean(view)]);

  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const at = useRef(index);
  at.current = index;
  /** To a step, by a button, the arrows or a clicker; past either end, nothing. */
  const go = (next: number) => setIndex(Math.max(0, Math.min(steps.length - 1, next)));

  // Another site: the same step if that site shows its scenario, else its first scenario's start.
  const chooseSite = (id: string) => {
    const next = stepsFor((CHOICES.find((p) => p.id === id) ?? CHOICES[0]!).guides);
    setIndex(
      Math.max(
        0,
        next.findIndex((s) => s.step === step),
      ),
    );
    setPlatformId(id);
  };

  // Arrow keys and presentation clickers (Page Up / Page Down), except where a control uses them.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Alt+Left is the browser's Back, and the others are shortcuts of their own.
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (keptByControl(event.composedPath()[0])) return;
      const forward = event.key === 'ArrowRight' || event.key === 'PageDown';
      const back = event.key === 'ArrowLeft' || event.key === 'PageUp';
      if (!forward && !back) return;
      // In right-to-left languages the arrow pointing to the reading direction goes forward.
      const rtl = document.documentElement.dir === 'rtl' && event.key.startsWith('Arrow');
      event.preventDefault();
      go(at.current + (forward !== rtl ? 1 : -1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [steps]);

  const t = useMemo(() => (words ? translator(words.i18n, words.lang) : undefined), [words]);
  useEffect(() => {
    if (t) document.title = `${t('workshop:title')} – ${t('ui:brand')}`;
  }, [t]);
  if (failed) return <LoadFailed error={failed.error} page="workshop" />;
  if (!words || !t) return <main aria-busy="true" />;

  const inScenario = scenario.steps.indexOf(step);
  const stepWords = `workshop:scenarios.${scenario.id}.steps.${step.id}`;

  return (
    <>
      <header class="bar">
        <span class="brand">{t('ui:brand')}</span>
        <span class="bar-title">{t('workshop:title')}</span>
      </header>
      <main class={helperWide ? 'workshop helper-wide' : 'workshop'}>
        <section class="controls" aria-label={t('workshop:controls.label')}>
          <label class="field">
            <span>{t('workshop:controls.scenario')}</span>
            <select
              value={scenario.id}
              data-testid="scenario"
              onChange={(event) => {
                const id = (event.currentTarget as HTMLSelectElement).value;
                const first = steps.findIndex((s) => s.scenario.id === id);
                if (first >= 0) go(first);
              }}
            >
              {scenariosFor(platform.guides).map((s) => (
                <option key={s.id} value={s.id}>
                  {t(`workshop:scenarios.${s.id}.title`)}
                </option>
              ))}
            </select>
          </label>
          <p class="stepper">
            {/* At either end the button says it is off (aria-disabled) but keeps the focus: a
                disabled one dropped it, and the focus moved on to the next button, where the
                presenter's second Enter pressed "start again" or Next. */}
            <button
              type="button"
              data-action="previous"
              aria-disabled={index === 0 ? 'true' : undefined}
              onClick={() => go(index - 1)}
            >
              {t('workshop:controls.previous')}
            </button>
            <span class="position" data-testid="position">
              {t('workshop:controls.position', { current: inScenario + 1, total: scenario.steps.length })}
            </span>
            <button
              type="button"
              class="primary"
              data-action="next"
              aria-disabled={index >= steps.length - 1 ? 'true' : undefined}
              onClick={() => go(index + 1)}
            >
              {t('workshop:controls.next')}
            </button>
            <button type="button" data-action="restart" onClick={() => go(index - inScenario)}>
              {t('workshop:controls.restart')}
            </button>
          </p>
          <p class="stepper">
            <button
              type="button"
              data-action="fullscreen"
              onClick={(event) => {
                // Its words change under the pointer once full screen begins: the second click of a
                // double-click would end it again.
                if (!meantSecondPress(event)) return;
                void (fullScreen ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(
                  () => undefined,
                );
              }}
            >
              {fullScreen ? t('workshop:controls.leaveFullScreen') : t('workshop:controls.fullScreen')}
            </button>
            <label class="toggle">
              <input
                type="checkbox"
                data-testid="projector"
                checked={projector}
                onChange={(e) => setProjector((e.currentTarget as HTMLInputElement).checked)}
              />
              <span>{t('workshop:controls.projector')}</span>
            </label>
          </p>
          <LanguagePicker value={words.lang} label={t('ui:language.label')} onChange={chooseLanguage} />
          <label class="field">
            <span>{t('workshop:controls.site')}</span>
            <select
              value={platform.id}
              data-testid="platform"
              onChange={(e) => chooseSite((e.currentTarget as HTMLSelectElement).value)}
            >
              <PlatformOptions platforms={CHOICES} />
            </select>
          </label>
          <CountryPicker
            value={country}
            countries={pickerCountries()}
            locale={LANGUAGES[words.lang].tag}
            label={t('ui:country.label')}
            noneLabel={t('ui:country.none')}
            notListedLabel={t('ui:country.notListed')}
            onChange={setCountry}
          />
          <p>
            <button
              type="button"
              data-action="leave"
              onClick={() => void closeThisTab(browser.runtime.getURL('/options.html'))}
            >
              {t('workshop:controls.leave')}
            </button>
          </p>
        </section>
        <p class="notice">{t('workshop:notice')}</p>
        <div class="stage">
          <section class="script" aria-labelledby="step-caption" data-testid="script">
            <h1 id="step-caption" aria-live="polite">
              {t(`${stepWords}.caption`)}
            </h1>
            <h2>{t('workshop:controls.script')}</h2>
            <p>{t(`${stepWords}.script`)}</p>
            <p class="hint">{t('workshop:controls.keys')}</p>
          </section>
          <DemoSite step={step} t={t} />
        </div>
        <Handouts t={t} lang={words.lang} {...(country ? { country } : {})} />
      </main>
    </>
  );
}
