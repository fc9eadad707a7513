import { withHelperOn } from '@/lib/site-lists';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import { browser } from 'wxt/browser';
import { detectLanguage, LANGUAGES, resolveLanguage, type LanguageCode } from '@/lib/languages';
import { platformForUrl } from '@/lib/platforms/registry';
import type { Platform } from '@/lib/platforms/types';
import { guidesFor, topicsFor, type PopupTopic } from '@/lib/popup-topics';
import {
  hasUnseenQuarantine,
  markQuarantineSeen,
  progressItem,
  type Prompts,
  type Progress,
  type Settings,
} from '@/lib/storage';
import { i18nFor } from '@/lib/view-for';
import { loadPlatformWords, preloadPlatformWords, translator } from '@/lib/i18n';
import { buildGuideView, buildHelpView } from '@/lib/helper-view';
import { helplinesFor, pickedCountry, pickerCountries, resolveCountry } from '@/lib/helplines';
import { browserLanguages } from '@/lib/browser-languages';
import { keepOpenSituations, renderGuide, renderHelp } from '@/components/guide-dom';
import { DomView } from '@/components/DomView';
import { LanguagePicker } from '@/components/LanguagePicker';
import { CountryPicker } from '@/components/CountryPicker';
import { PromptSettings } from '@/components/PromptSettings';
import { SiteSwitchBox } from '@/components/SiteSwitches';
import { usePinGuard } from '@/components/pin-guard';
import { readEffective, type ManagedPolicy, type PolicyField } from '@/lib/managed';
import { Checklist } from '@/components/Checklist';
import { applyLanguage } from '@/components/apply-language';
import { LoadFailed } from '@/components/LoadFailed';
import { settingsSaver } from '@/components/settings-saver';
import { withItem } from '@/lib/progress';
import { latestOnly } from '@/lib/latest';

type Screen = 'home' | PopupTopic | 'help';
/** Where a change that could not be saved is said: the notice, an item (its id), the settings. */
type FailedAt = 'notice' | `item:${string}` | 'settings';

interface Loaded {
  /** In effect: the family's settings with an administrator's policy on top (managed.ts). */
  settings: Settings;
  progress: Progress;
  prompts: Prompts;
  locked: ReadonlySet<PolicyField>;
  /** An administrator's policy, as read when the page opened. */
  policy: ManagedPolicy;
  platform: Platform | undefined;
  i18n: i18n;
  lang: LanguageCode;
  notice: boolean;
}

async function activeTabUrl(): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url;
  } catch {
    return undefined;
  }
}

/** Tests open the popup in a tab of its own and name the page it stands for. */
function urlFromQuery(): string | undefined {
  const value = new URLSearchParams(location.search).get('tabUrl');
  return value ?? undefined;
}

/** The language's words, with the words of the site the tab is on. */
async function wordsFor(lang: LanguageCode, platform: Platform | undefined): Promise<i18n> {
  // The site's words download while i18next starts, not after.
  const [instance] = await Promise.all([i18nFor(lang), platform ? preloadPlatformWords(lang, platform.id) : undefined]);
  if (platform) await loadPlatformWords(instance, lang, platform.id);
  return instance;
}

export async function load(): Promise<Loaded> {
  // Most people keep the browser's language: start loading it while storage is read.
  void i18nFor(detectLanguage(browserLanguages())).catch(() => undefined);
  const [{ settings, prompts, locked, policy }, progress, url] = await Promise.all([
    readEffective(),
    progressItem.get(),
    activeTabUrl(),
  ]);
  // Only after the reads above: they are what sets a damaged value aside.
  const notice = await hasUnseenQuarantine();
  const lang = resolveLanguage(settings.language, browserLanguages());
  const platform = platformForUrl(urlFromQuery() ?? url);
  return { settings, progress, prompts, locked, policy, platform, i18n: await wordsFor(lang, platform), lang, notice };
}

/** `loading` is started by main.tsx before the first render, so reading storage and the words does
 * not wait for Preact's first effect (which runs only after a frame is painted). */
export function App({ loading }: { loading: Promise<Loaded> }) {
  const [state, setState] = useState<Loaded | undefined>();
  const [failed, setFailed] = useState<{ error: unknown }>();
  const [screen, setScreen] = useState<Screen>('home');
  // Everything below the actions (the checklist, the settings at the foot) comes a frame after
  // what the person opened the popup for, so the site's status and the actions paint first:
  // the checklist is every item with its steps and links, the foot the language and country lists.
  const [footReady, setFootReady] = useState(false);
  // Languages chosen faster than their words load: only the latest refresh's result is shown.
  const beginRefresh = useRef(latestOnly()).current;
  /** Changes of this popup still being saved: a read made meanwhile may not have them yet. */
  const saving = useRef(0);
  /**
   * A change storage refused, said beside what was changed: the notice, a checklist item, the
   * settings at the foot. One at a time; numbered, so the same failure twice is a new alert,
   * read out again.
   */
  const [failure, setFailure] = useState<{ at: FailedAt; n: number }>();
  const failures = useRef(0);
  const notSaved = (at: FailedAt) => setFailure({ at, n: ++failures.current });
  /** Saved after all: what was said about an earlier try there no longer holds. */
  const savedNow = (at: FailedAt) => setFailure((f) => (f?.at === at ? undefined : f));

  useEffect(() => {
    loading.then(
      (loaded) => {
        // Before the first real render, so the page is styled and laid out once, in its language.
        applyLanguage(LANGUAGES[loaded.lang]);
        setState(loaded);
      },
      (error: unknown) => setFailed({ error }),
    );
  }, []);

  useEffect(() => {
    if (!state) return;
    applyLanguage(LANGUAGES[state.lang]);
    document.title = translator(state.i18n, state.lang)('ui:brand');
  }, [state?.lang]);

  // Effects run after the browser has painted, so this renders the foot in the next frame.
  useEffect(() => {
    if (state) setFootReady(true);
  }, [Boolean(state)]);

  // A step ticked in the helper's privacy check (or on the dashboard) shows here at once.
  useEffect(() => {
    if (!state) return;
    return progressItem.watch((progress) => setState((s) => (s ? { ...s, progress } : s)));
  }, [Boolean(state)]);

  // The button that opened the screen: Back returns to it, or focus would fall to the page's start
  // (the button it was on is gone) and a keyboard user would tab through everything again.
  const openedBy = useRef<string | undefined>(undefined);
  const open = (next: Exclude<Screen, 'home'>) => {
    openedBy.current = next;
    setScreen(next);
  };

  // Move focus to the new screen's heading so keyboard and screen-reader users know where they are.
  useEffect(() => {
    if (screen !== 'home') document.querySelector<HTMLElement>('[data-screen-heading]')?.focus();
    else if (openedBy.current) {
      document.querySelector<HTMLElement>(`button[data-action="${openedBy.current}"]`)?.focus();
      openedBy.current = undefined;
    }
  }, [screen]);

  const t = useMemo(() => (state ? translator(state.i18n, state.lang) : undefined), [state?.i18n, state?.lang]);
  const pinGuard = usePinGuard(
    t ?? ((key: string | string[]) => String(key)),
    state ? LANGUAGES[state.lang].tag : 'en',
  );

  if (failed) return <LoadFailed error={failed.error} page="popup" />;
  if (!state || !t) return <main aria-busy="true" />;

  const language = LANGUAGES[state.lang];
  const platform = state.platform;
  // The country in use (none when the family's is not in the list), and what the picker shows.
  const country = resolveCountry(state.settings.country, browserLanguages());
  const picked = pickedCountry(state.settings.country, browserLanguages());

  const lockedNote = t('ui:managed.locked');

  /** Shows what is in effect after a save (an administrator's policy may keep a value). */
  const refresh = async () => {
    const isLatest = beginRefresh();
    const { settings, prompts, locked } = await readEffective(state.policy);
    // The save's own refresh comes after it and reads everything again.
    if (saving.current > 0) return;
    const lang = resolveLanguage(settings.language, browserLanguages());
    const i18n = await wordsFor(lang, state.platform);
    // A save begun while the words loaded shows its own value now, and refreshes after it.
    if (saving.current > 0 || !isLatest()) return;
    // From the latest state: a tick saved meanwhile must not be undone on screen.
    setState((s) => (s ? { ...s, settings, prompts, locked, lang, i18n } : s));
  };
  const { saveSettings, savePrompts } = settingsSaver<Loaded>({
    saving,
    show: (change) => setState((s) => (s ? change(s) : s)),
    saved: (ok) => (ok ? savedNow('settings') : notSaved('settings')),
    refresh,
  });

  const toggleItem = async (itemId: string, done: boolean) => {
    if (!platform) return;
    let progress: Progress;
    try {
      progress = await progressItem.update((p) => withItem(p, platform.id, itemId, done, new Date()));
    } catch {
      notSaved(`item:${itemId}`);
      // The box shows what is stored, not the tick the browser drew.
      const stored = await progressItem.get().catch(() => undefined);
      setState((s) => (s ? { ...s, progress: stored ?? s.progress } : s));
      return;
    }
    savedNow(`item:${itemId}`);
    setState((s) => (s ? { ...s, progress } : s));
  };

  // Not focused: the control that was changed stays, and the keyboard with it; the alert is read out.
  const failureAt = (at: FailedAt) =>
    failure?.at === at && (
      <p key={`failed-${failure.n}`} role="alert" class="pin-message" data-testid="popup-failed">
        {t('ui:error.saving')}
      </p>
    );

  const heading = (text: string) => (
    <h1 tabIndex={-1} data-screen-heading>
      {text}
    </h1>
  );

  let content;
  if (screen === 'help') {
    const help = buildHelpView(helplinesFor(country, state.lang), t, language, country);
    content = <DomView build={() => renderHelp(help, 1)} deps={[state.lang, country]} keep={keepOpenSituations} />;
  } else if (screen !== 'home' && platform) {
    const guides = guidesFor(platform.guides, screen).map((g) => buildGuideView(platform, g, t, language));
    content = (
      <DomView
        build={() => {
          const list = document.createDocumentFragment();
          list.append(...guides.map((g) => renderGuide(g, 2)));
          return list;
        }}
        deps={[state.lang, screen]}
      />
    );
  }

  return (
    <>
      <header class="bar">
        <span class="brand">{t('ui:brand')}</span>
      </header>
      <main>
        {state.notice && (
          <div class="notice" role="status" data-testid="storage-notice">
            <p>{t('ui:notice.storageRepaired')}</p>
            <button
              type="button"
              onClick={() =>
                void markQuarantineSeen().then(
                  () => {
                    savedNow('notice');
                    // The button goes with its notice: the focus goes on to the screen's heading
                    // (or Back, on a screen whose heading is the guide's own), not to <body>.
                    document.querySelector<HTMLElement>('[data-screen-heading], main button.back')?.focus();
                    setState((s) => (s ? { ...s, notice: false } : s));
                  },
                  // Not marked seen, it would come back next time: it stays now, with its button.
                  () => notSaved('notice'),
                )
              }
            >
              {t('ui:notice.dismiss')}
            </button>
          </div>
        )}
        {state.notice && failureAt('notice')}
        {screen === 'home' ? (
          <>
            {heading(platform ? t('ui:popup.supported', { site: platform.name }) : t('ui:popup.unsupported'))}
            <nav aria-label={t('ui:popup.question')}>
              {platform && <p class="question">{t('ui:popup.question')}</p>}
              <ul class="actions">
                {platform &&
                  topicsFor(platform.guides).map((topic) => (
                    <li key={topic}>
                      <button type="button" class="action" data-action={topic} onClick={() => open(topic)}>
                        {t(`ui:popup.actions.${topic}`)}
                      </button>
                    </li>
                  ))}
                <li>
                  <button type="button" class="action help" data-action="help" onClick={() => open('help')}>
                    {t('ui:popup.actions.help')}
                  </button>
                </li>
              </ul>
            </nav>
            {platform && footReady && (
              <>
                <Checklist
                  platform={platform}
                  progress={state.progress[platform.id] ?? {}}
                  t={t}
                  language={language}
                  onToggle={toggleItem}
                  noteFor={(itemId) => failureAt(`item:${itemId}`)}
                />
              </>
            )}
          </>
        ) : (
          <>
            <button type="button" class="back" onClick={() => setScreen('home')}>
              <span aria-hidden="true" class="back-arrow">
                ←
              </span>{' '}
              {t('ui:popup.back')}
            </button>
            {screen !== 'help' && heading(t(`ui:popup.actions.${screen}`))}
            {content}
          </>
        )}
      </main>
      {footReady && !state.settings.setupDone && (
        <p class="setup-link">
          <button
            type="button"
            class="action"
            data-action="setup"
            onClick={() =>
              void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).then(() => window.close())
            }
          >
            {t('ui:popup.finishSetup')}
          </button>
        </p>
      )}
      {footReady && (
        <>
          <p class="brochure-link">
            <button
              type="button"
              class="action"
              data-action="brochure"
              onClick={() => {
                const url = browser.runtime.getURL(
                  `/brochure.html?lang=${state.lang}${country ? `&country=${country}` : ''}`,
                );
                void browser.tabs.create({ url }).then(() => window.close());
              }}
            >
              {t('ui:popup.brochure')}
            </button>
            <button
              type="button"
              class="action"
              data-action="dashboard"
              onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
            >
              {t('ui:dashboard.title')}
            </button>
          </p>
          <footer class="settings">
            {failureAt('settings')}
            <LanguagePicker
              // The language chosen, shown at once: the popup's words (state.lang) follow once
              // loaded, and a redraw meanwhile set the list back to the old one.
              value={resolveLanguage(state.settings.language, browserLanguages())}
              label={t('ui:language.label')}
              lockedNote={state.locked.has('language') ? lockedNote : undefined}
              onChange={(language) => void saveSettings((s) => ({ ...s, language }))}
            />
            <CountryPicker
              value={picked}
              countries={pickerCountries()}
              locale={language.tag}
              label={t('ui:country.label')}
              noneLabel={t('ui:country.none')}
              notListedLabel={t('ui:country.notListed')}
              lockedNote={state.locked.has('country') ? lockedNote : undefined}
              onChange={(code) => void saveSettings((s) => ({ ...s, country: code }))}
            />
            {platform && (
              <SiteSwitchBox
                kind="helper"
                site={platform}
                on={!state.settings.helper.offSites.includes(platform.id)}
                locked={state.locked.has('helperOffSites')}
                lockedNote={lockedNote}
                t={t}
                // Turning protection off is behind the parent PIN; turning it on never is.
                onChange={(on) =>
                  pinGuard.guardTurningOff(!on, () => saveSettings((s) => withHelperOn(s, platform.id, on)))
                }
              />
            )}
            <PromptSettings
              prompts={state.prompts}
              site={platform}
              t={t}
              locale={language.tag}
              lockedPeriod={state.locked.has('promptEveryDays')}
              lockedSite={state.locked.has('promptOffSites')}
              lockedNote={lockedNote}
              onChange={(change, turnsOff) => pinGuard.guardTurningOff(turnsOff, () => savePrompts(change))}
            />
          </footer>
        </>
      )}
      {pinGuard.dialog}
    </>
  );
}
