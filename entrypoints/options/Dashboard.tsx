import { useEffect, useMemo, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import { browser } from 'wxt/browser';
import { LANGUAGES, resolveLanguage, type LanguageCode } from '@/lib/languages';
import { PLATFORMS } from '@/lib/platforms/registry';
import { i18nFor } from '@/lib/view-for';
import { loadPlatformWords, translator } from '@/lib/i18n';
import { browserLanguages } from '@/lib/browser-languages';
import { pickerCountries, resolveCountry } from '@/lib/helplines';
import {
  DEFAULT_PROMPTS,
  DEFAULT_SETTINGS,
  progressItem,
  promptsItem,
  readQuarantine,
  settingsItem,
  type Progress,
  type QuarantineEntry,
  type Prompts,
  type Settings,
} from '@/lib/storage';
import { makeBackup, readBackup, type BackupProblem } from '@/lib/backup';
import { Checklist } from '@/components/Checklist';
import { LanguagePicker } from '@/components/LanguagePicker';
import { CountryPicker } from '@/components/CountryPicker';
import { PromptSettings } from '@/components/PromptSettings';
import { applyLanguage } from '@/components/apply-language';
import { withItem } from '@/lib/progress';

interface Loaded {
  settings: Settings;
  progress: Progress;
  prompts: Prompts;
  /** Stored values that failed validation, kept aside (storage.ts); never deleted from here. */
  keptAside: QuarantineEntry[];
  lang: LanguageCode;
  i18n: i18n;
}

/** The language's words with every platform's: the dashboard shows them all. */
async function wordsFor(lang: LanguageCode): Promise<i18n> {
  const instance = await i18nFor(lang);
  await Promise.all(PLATFORMS.map((p) => loadPlatformWords(instance, lang, p.id)));
  return instance;
}

export async function load(): Promise<Loaded> {
  const [settings, progress, prompts] = await Promise.all([settingsItem.get(), progressItem.get(), promptsItem.get()]);
  // After the reads above: they are what sets a damaged value aside.
  const keptAside = await readQuarantine();
  const lang = resolveLanguage(settings.language, browserLanguages());
  return { settings, progress, prompts, keptAside, lang, i18n: await wordsFor(lang) };
}

type Status = { kind: 'ok'; text: string } | { kind: 'problem'; text: string } | undefined;

/**
 * The family dashboard (the options page): every platform's checklists with what is done and when,
 * the settings, export and import, and a reset. Changes made in the popup or the helper show here
 * at once, and the other way round, because every part reads and writes the same storage items.
 */
export function Dashboard({ loading }: { loading: Promise<Loaded> }) {
  const [state, setState] = useState<Loaded>();
  const [status, setStatus] = useState<Status>();
  const [confirmReset, setConfirmReset] = useState<string | undefined>();

  useEffect(() => {
    void loading.then((loaded) => {
      applyLanguage(LANGUAGES[loaded.lang]);
      setState(loaded);
    });
  }, []);

  // Another page (the popup, a helper's privacy check) changed something: show it now.
  useEffect(() => {
    if (!state) return;
    const stops = [
      progressItem.watch((progress) => setState((s) => (s ? { ...s, progress } : s))),
      promptsItem.watch((prompts) => setState((s) => (s ? { ...s, prompts } : s))),
    ];
    return () => stops.forEach((stop) => stop());
  }, [Boolean(state)]);

  useEffect(() => {
    if (state) document.title = translator(state.i18n, state.lang)('ui:dashboard.title');
  }, [state?.lang]);

  const t = useMemo(() => (state ? translator(state.i18n, state.lang) : undefined), [state?.i18n, state?.lang]);
  if (!state || !t) return <main aria-busy="true" />;
  const language = LANGUAGES[state.lang];
  const country = resolveCountry(state.settings.country, browserLanguages());

  const saveSettings = async (change: (s: Settings) => Settings) => {
    const settings = await settingsItem.update(change);
    const lang = resolveLanguage(settings.language, browserLanguages());
    const i18n = await wordsFor(lang);
    applyLanguage(LANGUAGES[lang]);
    // From the latest state: a tick saved meanwhile must not be undone on screen.
    setState((s) => (s ? { ...s, settings, lang, i18n } : s));
  };

  const toggle = async (platformId: string, itemId: string, done: boolean) => {
    const progress = await progressItem.update((p) => withItem(p, platformId, itemId, done, new Date()));
    setState((s) => (s ? { ...s, progress } : s));
  };

  const resetPlatform = async (platformId: string) => {
    const progress = await progressItem.update((p) => {
      const next = { ...p };
      delete next[platformId];
      return next;
    });
    setConfirmReset(undefined);
    setState((s) => (s ? { ...s, progress } : s));
  };

  const resetEverything = async () => {
    await Promise.all([settingsItem.set(DEFAULT_SETTINGS), progressItem.set({}), promptsItem.set(DEFAULT_PROMPTS)]);
    setConfirmReset(undefined);
    setStatus({ kind: 'ok', text: t('ui:dashboard.resetDone') });
    const loaded = await load();
    applyLanguage(LANGUAGES[loaded.lang]);
    setState(loaded);
  };

  const download = (text: string, name: string) => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name}-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  // What is stored now, not what this page last rendered.
  const exportFile = async () => {
    const [settings, progress, prompts] = await Promise.all([settingsItem.get(), progressItem.get(), promptsItem.get()]);
    download(makeBackup({ settings, progress, prompts }, new Date()), 'make-it-safe');
  };
  const exportKeptAside = () => download(`${JSON.stringify(state.keptAside, null, 2)}\n`, 'make-it-safe-kept-aside');

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const problem = (p: BackupProblem) => setStatus({ kind: 'problem', text: t(`ui:dashboard.problems.${p}`) });
    // Refused before reading: a file far larger than any backup.
    if (file.size > 512 * 1024) return problem('tooLarge');
    const result = readBackup(await file.text());
    if (!result.ok) return problem(result.problem);
    await Promise.all([
      settingsItem.set(result.data.settings),
      progressItem.set(result.data.progress),
      promptsItem.set(result.data.prompts),
    ]);
    const loaded = await load();
    applyLanguage(LANGUAGES[loaded.lang]);
    setState(loaded);
    setStatus({ kind: 'ok', text: translator(loaded.i18n, loaded.lang)('ui:dashboard.imported') });
  };

  return (
    <>
      <header class="bar">
        <span class="brand">{t('ui:brand')}</span>
      </header>
      <main class="dashboard">
        <h1>{t('ui:dashboard.title')}</h1>
        <p>{t('ui:dashboard.intro')}</p>
        {status && (
          <p role={status.kind === 'problem' ? 'alert' : 'status'} class={`status ${status.kind}`} data-testid="dashboard-status">
            {status.text}
          </p>
        )}
        {state.keptAside.length > 0 && (
          <section aria-labelledby="kept-title" class="kept" data-testid="kept-aside">
            <h2 id="kept-title">{t('ui:dashboard.keptAside.title')}</h2>
            <p>{t('ui:dashboard.keptAside.text')}</p>
            <p class="actions">
              <button type="button" onClick={exportKeptAside} data-action="export-kept">
                {t('ui:dashboard.keptAside.export')}
              </button>
            </p>
          </section>
        )}
        <section aria-labelledby="progress-title">
          <h2 id="progress-title">{t('ui:dashboard.progressTitle')}</h2>
          {PLATFORMS.map((platform) => {
            const progress = state.progress[platform.id] ?? {};
            const kids = platform.checklist.filter((i) => i.audience === 'kids');
            const done = kids.filter((i) => progress[i.id]).length;
            return (
              <details class="platform" key={platform.id} data-platform={platform.id}>
                <summary>
                  <span class="name">{platform.name}</span>{' '}
                  <span class="count">{t('ui:popup.checklist.progress', { done, total: kids.length })}</span>
                </summary>
                <Checklist
                  platform={platform}
                  progress={progress}
                  t={t}
                  language={language}
                  level={3}
                  onToggle={(itemId, isDone) => void toggle(platform.id, itemId, isDone)}
                />
                <p class="actions">
                  {confirmReset === platform.id ? (
                    <button type="button" class="danger" onClick={() => void resetPlatform(platform.id)}>
                      {t('ui:dashboard.resetPlatformConfirm', { site: platform.name })}
                    </button>
                  ) : (
                    <button type="button" onClick={() => setConfirmReset(platform.id)}>
                      {t('ui:dashboard.resetPlatform', { site: platform.name })}
                    </button>
                  )}
                </p>
              </details>
            );
          })}
        </section>
        <section aria-labelledby="settings-title" class="settings-section">
          <h2 id="settings-title">{t('ui:dashboard.settingsTitle')}</h2>
          <LanguagePicker value={state.lang} label={t('ui:language.label')} onChange={(l) => void saveSettings((s) => ({ ...s, language: l }))} />
          <CountryPicker
            value={country}
            countries={pickerCountries()}
            locale={language.tag}
            label={t('ui:country.label')}
            noneLabel={t('ui:country.none')}
            onChange={(code) => void saveSettings((s) => ({ ...s, country: code }))}
          />
          <PromptSettings
            prompts={state.prompts}
            t={t}
            onChange={(change) => void promptsItem.update(change).then((prompts) => setState((s) => (s ? { ...s, prompts } : s)))}
          />
        </section>
        <section aria-labelledby="backup-title">
          <h2 id="backup-title">{t('ui:dashboard.backupTitle')}</h2>
          <p>{t('ui:dashboard.backupIntro')}</p>
          <p class="actions">
            <button type="button" onClick={() => void exportFile()} data-action="export">
              {t('ui:dashboard.export')}
            </button>
            <label class="file">
              <span>{t('ui:dashboard.import')}</span>
              <input
                type="file"
                accept="application/json,.json"
                data-testid="import"
                onChange={(e) => void importFile((e.currentTarget as HTMLInputElement).files?.[0])}
              />
            </label>
          </p>
        </section>
        <section aria-labelledby="more-title">
          <h2 id="more-title">{t('ui:dashboard.moreTitle')}</h2>
          <p class="actions">
            <a class="button-link" href={browser.runtime.getURL(`/brochure.html?lang=${state.lang}`)} data-action="brochure">
              {t('ui:popup.brochure')}
            </a>
          </p>
          <p>{t('ui:dashboard.resetAllWarning')}</p>
          <p class="actions">
            {confirmReset === '*' ? (
              <button type="button" class="danger" onClick={() => void resetEverything()}>
                {t('ui:dashboard.resetAllConfirm')}
              </button>
            ) : (
              <button type="button" onClick={() => setConfirmReset('*')}>
                {t('ui:dashboard.resetAll')}
              </button>
            )}
          </p>
        </section>
      </main>
    </>
  );
}
