import { withHelperOn, withSiteOn } from '@/lib/site-lists';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import { browser } from 'wxt/browser';
import { LANGUAGES, resolveLanguage, type LanguageCode } from '@/lib/languages';
import { PLATFORMS } from '@/lib/platforms/registry';
import type { Platform } from '@/lib/platforms/types';
import { i18nFor } from '@/lib/view-for';
import { loadPlatformWords, translator } from '@/lib/i18n';
import { browserLanguages } from '@/lib/browser-languages';
import { pickedCountry, pickerCountries } from '@/lib/helplines';
import {
  NO_PIN,
  pinItem,
  progressItem,
  promptsItem,
  readQuarantine,
  watchQuarantine,
  resetEverything,
  restoreEverything,
  settingsItem,
  type Progress,
  type QuarantineEntry,
  type Prompts,
  type Settings,
} from '@/lib/storage';
import { readEffective, readManagedPolicy, type ManagedPolicy, type PolicyField } from '@/lib/managed';
import { MAX_BACKUP_BYTES, makeBackup, readBackup, type BackupData, type BackupProblem } from '@/lib/backup';
import { withItem } from '@/lib/progress';
import { Checklist } from '@/components/Checklist';
import { LanguagePicker } from '@/components/LanguagePicker';
import { CountryPicker } from '@/components/CountryPicker';
import { PromptSettings } from '@/components/PromptSettings';
import { RolePicker } from '@/components/RolePicker';
import { PlatformPicker } from '@/components/PlatformPicker';
import { SiteSwitchBox } from '@/components/SiteSwitches';
import { PinSettings } from '@/components/PinSettings';
import { usePinGuard } from '@/components/pin-guard';
import { applyLanguage } from '@/components/apply-language';
import { LoadFailed } from '@/components/LoadFailed';
import { settingsSaver } from '@/components/settings-saver';
import { ignoreHeldKey, meantSecondPress } from '@/components/second-press';
import { focusOutsideDialog } from '@/components/focus-outside-dialog';
import { latestOnly } from '@/lib/latest';
import { AdminHelp } from './AdminHelp';

interface Loaded {
  /** The settings in effect: the family's, with an administrator's policy on top (managed.ts). */
  settings: Settings;
  prompts: Prompts;
  locked: ReadonlySet<PolicyField>;
  /** An administrator's policy: as read when the page opened, then as it changes. */
  policy: ManagedPolicy;
  progress: Progress;
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
  const [{ settings, prompts, locked, policy }, progress] = await Promise.all([readEffective(), progressItem.get()]);
  // After the reads above: they are what sets a damaged value aside.
  const keptAside = await readQuarantine();
  const lang = resolveLanguage(settings.language, browserLanguages());
  return { settings, prompts, locked, policy, progress, keptAside, lang, i18n: await wordsFor(lang) };
}

/** Where a message shows: beside the control whose action it reports, not at the top of a long page. */
type StatusPlace =
  'top' | 'settings' | 'pin' | 'backup' | 'kept' | 'reset' | `site:${string}` | `item:${string}/${string}`;
/**
 * What a message says (its key and values), not its words: it is translated when drawn, so it
 * follows a change of the page's language instead of staying in the language it was made in.
 */
type Status =
  | { kind: 'ok' | 'problem'; key: string; vars?: Record<string, string | number>; at: StatusPlace; n?: number }
  | undefined;

/** The family's sites first; all of them when none were chosen. */
function splitPlatforms(chosen: readonly string[]): { family: Platform[]; others: Platform[] } {
  if (chosen.length === 0) return { family: [...PLATFORMS], others: [] };
  return {
    family: PLATFORMS.filter((p) => chosen.includes(p.id)),
    others: PLATFORMS.filter((p) => !chosen.includes(p.id)),
  };
}

/**
 * The family dashboard (the options page): the family's sites' checklists with what is done and
 * when, the settings (behind the parent PIN where they turn protection off), the PIN, export and
 * import, resets, and help for schools. Changes made in the popup or the helper show here at once,
 * and the other way round, because every part reads and writes the same storage items.
 */
export function Dashboard({ loading }: { loading: Promise<Loaded> }) {
  const [state, setState] = useState<Loaded>();
  const [failed, setFailed] = useState<{ error: unknown }>();
  const [status, setStatus] = useState<Status>();
  const [confirmReset, setConfirmReset] = useState<string | undefined>();
  /**
   * A file chosen for import, read and found sound, waiting for "Yes": an import replaces
   * everything, and choosing a file (perhaps the wrong one) is not a decision to.
   */
  const [pendingImport, setPendingImport] = useState<BackupData>();
  const fileInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const importConfirmButton = useRef<HTMLButtonElement>(null);
  const statusElement = useRef<HTMLParagraphElement>(null);
  /** Set with a status whose action took away the control that had focus (or may have). */
  const focusStatus = useRef(false);
  const reports = useRef(0);
  const report = (status: NonNullable<Status>, focus = true) => {
    focusStatus.current = focus;
    // Numbered, so each report is a new element: the same problem twice (the same bad file chosen
    // again) changes no text, and an alert that is only redrawn is not read out again.
    setStatus({ ...status, n: ++reports.current });
  };

  /** Saved after all: what was said about an earlier try there no longer holds. */
  const savedAt = (at: StatusPlace) => setStatus((s) => (s?.at === at ? undefined : s));

  useEffect(() => {
    loading.then(
      (loaded) => {
        applyLanguage(LANGUAGES[loaded.lang]);
        setState(loaded);
        if (new URLSearchParams(location.search).get('welcome') === '1') {
          report({ kind: 'ok', key: 'ui:dashboard.welcomeDone', at: 'top' }, false);
        }
      },
      (error: unknown) => setFailed({ error }),
    );
  }, []);

  // The page is drawn only after its words load, long after the browser looked for the address's
  // #fragment (the first run links to #admin): go to it now that it exists. The browser would also
  // have moved the keyboard there; its heading takes the focus, so Tab goes on from that section
  // and a screen reader reads where the link led.
  useEffect(() => {
    if (!state || location.hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    target.scrollIntoView();
    target.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus({ preventScroll: true });
  }, [Boolean(state)]);

  // Setting the PIN replaces its form, removing it replaces its buttons, and an import or a reset
  // redraws the page: the message takes the focus, so it is read out and the keyboard goes on from
  // there, not from the top of the page.
  useEffect(() => {
    if (!status || !focusStatus.current) return;
    focusStatus.current = false;
    // An action the PIN dialog approved reports in the update that closes the dialog.
    if (statusElement.current) focusOutsideDialog(statusElement.current);
  }, [status]);

  // The file chooser gave the focus back to "Import a file": the question's "Yes" takes it,
  // described by what it replaces, so a screen reader reads the question. Again for another file.
  useEffect(() => {
    if (pendingImport) importConfirmButton.current?.focus();
  }, [pendingImport]);

  /** Changes of this page still being saved: a read made meanwhile may not have them yet. */
  const saving = useRef(0);
  /** Refreshes begun faster than a language's words load: only the latest one's result is shown. */
  const beginRefresh = useRef(latestOnly()).current;
  /** Whole-page readings after a reset or an import: only the latest one begun is drawn. */
  const beginShowAll = useRef(latestOnly()).current;
  /** The administrator's policy read since the page opened (see the watch below), if any. */
  const policyNow = useRef<ManagedPolicy | undefined>(undefined);
  /** Reads the settings in effect again (after a change here or elsewhere) and follows the language. */
  const refreshSettings = async () => {
    const isLatest = beginRefresh();
    const policy = policyNow.current ?? state?.policy;
    const { settings, prompts, locked } = await readEffective(policy);
    // The save's own refresh comes after it and reads everything again.
    if (saving.current > 0) return;
    const lang = resolveLanguage(settings.language, browserLanguages());
    const i18n = await wordsFor(lang);
    // A save begun while the words loaded shows its own value now, and refreshes after it.
    if (saving.current > 0 || !isLatest()) return;
    applyLanguage(LANGUAGES[lang]);
    // From the latest state: a tick saved meanwhile must not be undone on screen.
    setState((s) => (s ? { ...s, settings, prompts, locked, lang, i18n, ...(policy ? { policy } : {}) } : s));
  };

  // Another page (the popup, a helper's privacy check, another dashboard) changed something.
  useEffect(() => {
    if (!state) return;
    const stops = [
      progressItem.watch((progress) => setState((s) => (s ? { ...s, progress } : s))),
      promptsItem.watch(() => void refreshSettings().catch(() => undefined)),
      settingsItem.watch(() => void refreshSettings().catch(() => undefined)),
      // A copy kept aside while the page is open (a damaged value another page or the background
      // found) is offered at once, and "Reset everything" warns that it deletes it.
      watchQuarantine((keptAside) => setState((s) => (s ? { ...s, keptAside } : s))),
    ];
    // The page read the policy with a short wait (POLICY_WAIT_MS): Chromium answers the first read
    // of a browser session seconds later, and an administrator may change it while the page is
    // open. Read without a limit, and again at each change, the locked fields follow.
    let open = true;
    let shown = JSON.stringify(state.policy);
    const followPolicy = () =>
      void readManagedPolicy().then(({ policy }) => {
        if (!open || JSON.stringify(policy) === shown) return;
        policyNow.current = policy;
        // Taken as shown once the page shows it: a refresh that failed is tried at the next change.
        void refreshSettings().then(
          () => (shown = JSON.stringify(policy)),
          () => undefined,
        );
      });
    const onManaged = (_changes: unknown, area: string) => {
      if (area === 'managed') followPolicy();
    };
    followPolicy();
    browser.storage.onChanged.addListener(onManaged);
    stops.push(() => {
      open = false;
      browser.storage.onChanged.removeListener(onManaged);
    });
    return () => stops.forEach((stop) => stop());
  }, [Boolean(state)]);

  useEffect(() => {
    if (state)
      document.title = `${translator(state.i18n, state.lang)('ui:dashboard.title')} – ${translator(state.i18n, state.lang)('ui:brand')}`;
  }, [state?.lang]);

  const t = useMemo(() => (state ? translator(state.i18n, state.lang) : undefined), [state?.i18n, state?.lang]);
  const pinGuard = usePinGuard(
    t ?? ((key: string | string[]) => String(key)),
    state ? LANGUAGES[state.lang].tag : 'en',
  );

  // The PIN's state is shown here: the page waits for it as for the rest (read at the same time).
  const loadError = failed ?? pinGuard.unreadable;
  if (loadError) return <LoadFailed error={loadError.error} page="dashboard" />;
  if (!state || !t || !pinGuard.known) return <main aria-busy="true" />;
  const language = LANGUAGES[state.lang];
  const country = pickedCountry(state.settings.country, browserLanguages());
  const lockedNote = t('ui:managed.locked');
  const locked = (field: PolicyField) => state.locked.has(field);
  const { family, others } = splitPlatforms(state.settings.platforms);

  const { saveSettings, savePrompts } = settingsSaver<Loaded>({
    saving,
    show: (change) => setState((s) => (s ? change(s) : s)),
    // Not focused: the control is still there, and a keyboard user going through a list with the
    // arrow keys keeps their place; the alert is read out.
    saved: (ok) =>
      ok ? savedAt('settings') : report({ kind: 'problem', key: 'ui:error.saving', at: 'settings' }, false),
    refresh: refreshSettings,
  });

  /** After a write storage refused: the screen shows what is still stored, not what was asked for. */
  const showStored = async () => {
    const [progress] = await Promise.allSettled([progressItem.get(), refreshSettings()]);
    // A new state even when storage cannot be read either: the redraw takes back a tick the
    // browser drew itself, which this page's state never had.
    setState((s) => (s ? { ...s, progress: progress.status === 'fulfilled' ? progress.value : s.progress } : s));
  };
  const savingFailed = (at: StatusPlace, focus = true) => {
    report({ kind: 'problem', key: 'ui:error.saving', at }, focus);
    void showStored();
  };

  const toggle = async (platformId: string, itemId: string, done: boolean) => {
    let progress: Progress;
    try {
      progress = await progressItem.update((p) => withItem(p, platformId, itemId, done, new Date()));
    } catch {
      // Under the item. The box stays and keeps the focus, so the keyboard stays in the list; the
      // alert is read out.
      return savingFailed(`item:${platformId}/${itemId}`, false);
    }
    // What was said about this item, or that its site was unticked, no longer holds (a failed
    // untick still does: nothing was unticked).
    setStatus((s) =>
      s?.at === `item:${platformId}/${itemId}` || (s?.at === `site:${platformId}` && s.kind === 'ok') ? undefined : s,
    );
    setState((s) => (s ? { ...s, progress } : s));
  };

  const resetPlatform = async (platformId: string) => {
    let progress: Progress;
    try {
      progress = await progressItem.update((p) => {
        const next = { ...p };
        delete next[platformId];
        return next;
      });
    } catch {
      // Back to the first button, as if never pressed: pressing it twice again tries again.
      setConfirmReset(undefined);
      return savingFailed(`site:${platformId}`);
    }
    setConfirmReset(undefined);
    setState((s) => (s ? { ...s, progress } : s));
    // Focused, as the other results are: a status drawn with its words already in it is often not
    // read out, and the count in the card's summary, which says it too, is out of sight above.
    const site = PLATFORMS.find((p) => p.id === platformId)?.name ?? platformId;
    report({ kind: 'ok', key: 'ui:dashboard.resetPlatformDone', vars: { site }, at: `site:${platformId}` });
  };

  /**
   * After everything stored was replaced (a reset, an import): the page reads it all again. Saved,
   * but unreadable, the page says so as when it could not open; false then.
   */
  const showAllAgain = async (): Promise<boolean> => {
    // A reset whose reading is slow, then an import: the reset's older reading must not be drawn
    // over the import's, nor its message shown after the import's.
    const isLatest = beginShowAll();
    let loaded: Loaded;
    try {
      loaded = await load();
    } catch (error) {
      if (isLatest()) setFailed({ error });
      return false;
    }
    if (!isLatest()) return false;
    applyLanguage(LANGUAGES[loaded.lang]);
    setState(loaded);
    return true;
  };

  /** Also the only way to clear a forgotten PIN; the page says so before the second click. */
  const resetAll = async () => {
    try {
      await resetEverything();
    } catch {
      // One write: nothing was reset, the PIN included. Back to the first button, as if never pressed.
      setConfirmReset(undefined);
      return savingFailed('reset');
    }
    setConfirmReset(undefined);
    if (await showAllAgain()) report({ kind: 'ok', key: 'ui:dashboard.resetDone', at: 'reset' });
  };

  /** Hands the file to the browser to save; returns its name. */
  const download = (text: string, name: string): string => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name}-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    return a.download;
  };
  // What is stored now (the family's own values, not the policy's), not what this page last rendered.
  const exportFile = async () => {
    let settings, progress, prompts, pin;
    try {
      [settings, progress, prompts, pin] = await Promise.all([
        settingsItem.get(),
        progressItem.get(),
        promptsItem.get(),
        pinItem.get(),
      ]);
    } catch {
      // No file rather than one that holds less than the family has.
      return report({ kind: 'problem', key: 'ui:dashboard.exportFailed', at: 'backup' }, false);
    }
    const file = download(
      makeBackup({ settings, progress, prompts, ...(pin.record ? { pin: pin.record } : {}) }, new Date()),
      'make-it-safe',
    );
    // The browser's own download indicator is easy to miss, and it does not say that the file
    // holds the PIN's hash, which a child could use to find the PIN. The page cannot know whether
    // the file was saved (a school computer may block downloads), so the words do not claim it.
    // The message takes the focus, as the other results do, so it is read out.
    const key = pin.record ? 'ui:dashboard.exportedWithPin' : 'ui:dashboard.exported';
    report({ kind: 'ok', key, vars: { file }, at: 'backup' });
  };
  // A damaged PIN kept aside still holds its salt and hash, which the export of everything guards
  // (so may a kept-aside list that could not be read, which holds whatever was kept before it).
  const keptAsideHoldsPin = state.keptAside.some((e) => e.key === pinItem.key || e.key === 'local:quarantine');
  const exportKeptAside = () => {
    const file = download(`${JSON.stringify(state.keptAside, null, 2)}\n`, 'make-it-safe-kept-aside');
    // Said as for the export of everything: the browser's download indicator is easy to miss.
    const key = keptAsideHoldsPin ? 'ui:dashboard.exportedWithPin' : 'ui:dashboard.exported';
    report({ kind: 'ok', key, vars: { file }, at: 'kept' });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // The same file can be chosen again after a problem is fixed.
    input.value = '';
    if (!file) return;
    // Another file chosen: the question about the last one no longer stands, whatever this one is.
    setPendingImport(undefined);
    // The import button keeps the focus: the alert beside it is read out at once.
    const problem = (p: BackupProblem) =>
      report({ kind: 'problem', key: `ui:dashboard.problems.${p}`, at: 'backup' }, false);
    // Refused before reading: a file far larger than any backup.
    if (file.size > MAX_BACKUP_BYTES) return problem('tooLarge');
    let text: string;
    try {
      text = await file.text();
    } catch {
      // Moved or deleted since it was chosen, or not allowed to be read: as good as unreadable.
      return problem('notJson');
    }
    const result = readBackup(text);
    if (!result.ok) return problem(result.problem);
    // What was said about an earlier file no longer holds.
    savedAt('backup');
    setPendingImport(result.data);
  };

  const cancelImport = () => {
    setPendingImport(undefined);
    // The question is gone, with the focus: back to the button that asked it (once the PIN dialog,
    // when it was that dialog's Cancel, has closed).
    requestAnimationFrame(() => importButton.current && focusOutsideDialog(importButton.current));
  };

  // An import replaces the PIN and can turn protection off, so after "Yes" it is behind the PIN;
  // the dialog says what the PIN approves: a file someone else made carries their settings and
  // their PIN.
  const importConfirmed = (data: BackupData) =>
    pinGuard.guard(
      async () => {
        setPendingImport(undefined);
        try {
          // One write: one that fails leaves everything as it was, never half of the file applied.
          // What is kept aside stays (no second argument): it is the family's, not the file's.
          await restoreEverything({
            settings: data.settings,
            progress: data.progress,
            prompts: data.prompts,
            pin: data.pin ? { record: data.pin, lock: NO_PIN.lock } : NO_PIN,
          });
        } catch {
          report({ kind: 'problem', key: 'ui:error.saving', at: 'backup' });
          return;
        }
        if (await showAllAgain()) report({ kind: 'ok', key: 'ui:dashboard.imported', at: 'backup' });
      },
      cancelImport,
      t('ui:pin.askImport'),
    );

  const renderPlatform = (platform: Platform) => {
    const progress = state.progress[platform.id] ?? {};
    // Every item the card holds, the kids' and the parents': each list inside gives its own count.
    const items = platform.checklist;
    const done = items.filter((i) => progress[i.id]).length;
    return (
      <details class="platform" key={platform.id} data-platform={platform.id}>
        <summary>
          <span class="name">{platform.name}</span>{' '}
          <span class="count">{t('ui:popup.checklist.progress', { done, total: items.length })}</span>
        </summary>
        <Checklist
          platform={platform}
          progress={progress}
          t={t}
          language={language}
          level={3}
          onToggle={(itemId, isDone) => void toggle(platform.id, itemId, isDone)}
          noteFor={(itemId) => statusAt(`item:${platform.id}/${itemId}`)}
        />
        <p class="actions">
          {confirmReset === platform.id ? (
            <button
              type="button"
              class="danger"
              data-action="reset-platform-confirm"
              onKeyDown={ignoreHeldKey}
              onClick={(event) => meantSecondPress(event) && void resetPlatform(platform.id)}
            >
              {t('ui:dashboard.resetPlatformConfirm', { site: platform.name })}
            </button>
          ) : (
            <button type="button" data-action="reset-platform" onClick={() => setConfirmReset(platform.id)}>
              {t('ui:dashboard.resetPlatform', { site: platform.name })}
            </button>
          )}
        </p>
        {statusAt(`site:${platform.id}`)}
      </details>
    );
  };

  const sitesInOrder = [...family, ...others];

  const statusAt = (place: StatusPlace) =>
    status?.at === place && (
      <p
        ref={statusElement}
        key={`status-${place}-${status.n ?? 0}`}
        tabIndex={-1}
        role={status.kind === 'problem' ? 'alert' : 'status'}
        class={`status ${status.kind}`}
        data-testid="dashboard-status"
      >
        {t(status.key, status.vars)}
      </p>
    );

  return (
    <>
      <header class="bar">
        <span class="brand">{t('ui:brand')}</span>
      </header>
      <main class="dashboard">
        <h1>{t('ui:dashboard.title')}</h1>
        <p>{t('ui:dashboard.intro')}</p>
        {statusAt('top')}
        {!state.settings.setupDone && (
          <p class="status" data-testid="setup-reminder">
            {t('ui:dashboard.setupReminder')}{' '}
            <a href={browser.runtime.getURL('/welcome.html?from=dashboard')}>{t('ui:dashboard.openSetup')}</a>
          </p>
        )}
        {state.keptAside.length > 0 && (
          <section aria-labelledby="kept-title" class="kept" data-testid="kept-aside">
            <h2 id="kept-title">{t('ui:dashboard.keptAside.title')}</h2>
            <p>{t('ui:dashboard.keptAside.text')}</p>
            <p class="actions">
              <button
                type="button"
                onClick={() =>
                  keptAsideHoldsPin
                    ? pinGuard.guard(exportKeptAside, undefined, t('ui:pin.askExport'))
                    : exportKeptAside()
                }
                data-action="export-kept"
              >
                {t('ui:dashboard.keptAside.export')}
              </button>
            </p>
            {statusAt('kept')}
          </section>
        )}
        <section aria-labelledby="progress-title">
          <h2 id="progress-title">{t('ui:dashboard.progressTitle')}</h2>
          {family.map(renderPlatform)}
          {others.length > 0 && (
            <details class="others" data-testid="other-sites">
              <summary>{t('ui:dashboard.otherSites', { count: others.length })}</summary>
              {others.map(renderPlatform)}
            </details>
          )}
        </section>
        <section aria-labelledby="settings-title" class="settings-section">
          <h2 id="settings-title">{t('ui:dashboard.settingsTitle')}</h2>
          {statusAt('settings')}
          <LanguagePicker
            // The language chosen, shown at once: the page's words (state.lang) follow once loaded,
            // and a redraw meanwhile set the list back to the old one.
            value={resolveLanguage(state.settings.language, browserLanguages())}
            label={t('ui:language.label')}
            lockedNote={locked('language') ? lockedNote : undefined}
            onChange={(l) => void saveSettings((s) => ({ ...s, language: l }))}
          />
          <CountryPicker
            value={country}
            countries={pickerCountries()}
            locale={language.tag}
            label={t('ui:country.label')}
            noneLabel={t('ui:country.none')}
            notListedLabel={t('ui:country.notListed')}
            lockedNote={locked('country') ? lockedNote : undefined}
            onChange={(code) => void saveSettings((s) => ({ ...s, country: code }))}
          />
          <RolePicker
            value={state.settings.role}
            t={t}
            locked={locked('role')}
            lockedNote={lockedNote}
            onChange={(role) =>
              role === state.settings.role || pinGuard.guard(() => saveSettings((s) => ({ ...s, role })))
            }
          />
          <PlatformPicker
            platforms={PLATFORMS}
            value={state.settings.platforms}
            t={t}
            locked={locked('platforms')}
            lockedNote={lockedNote}
            onChange={(platforms) => void saveSettings((s) => ({ ...s, platforms }))}
          />
          <PromptSettings
            prompts={state.prompts}
            t={t}
            locale={language.tag}
            lockedPeriod={locked('promptEveryDays')}
            lockedNote={lockedNote}
            onChange={(change, turnsOff) => pinGuard.guardTurningOff(turnsOff, () => savePrompts(change))}
          />
          <fieldset class="choices" data-testid="helper-sites">
            <legend>{t('ui:helperSettings.title')}</legend>
            <p class="hint">{t('ui:helperSettings.hint')}</p>
            {sitesInOrder.map((site) => (
              <SiteSwitchBox
                key={site.id}
                kind="helper"
                site={site}
                on={!state.settings.helper.offSites.includes(site.id)}
                locked={locked('helperOffSites')}
                lockedNote={lockedNote}
                t={t}
                onChange={(on) =>
                  pinGuard.guardTurningOff(!on, () => saveSettings((s) => withHelperOn(s, site.id, on)))
                }
              />
            ))}
          </fieldset>
          {state.prompts.everyDays !== 0 && (
            <fieldset class="choices" data-testid="prompt-sites">
              <legend>{t('ui:promptSettings.sitesTitle')}</legend>
              {sitesInOrder.map((site) => (
                <SiteSwitchBox
                  key={site.id}
                  kind="prompt"
                  site={site}
                  on={!state.prompts.offSites.includes(site.id)}
                  locked={locked('promptOffSites')}
                  lockedNote={lockedNote}
                  t={t}
                  onChange={(on) =>
                    pinGuard.guardTurningOff(!on, () =>
                      savePrompts((p) => ({ ...p, offSites: withSiteOn(p.offSites, site.id, on) })),
                    )
                  }
                />
              ))}
            </fieldset>
          )}
          <p>
            <a href={browser.runtime.getURL('/welcome.html?from=dashboard')} data-action="setup">
              {t('ui:dashboard.openSetup')}
            </a>
          </p>
        </section>
        <PinSettings
          t={t}
          pinGuard={pinGuard}
          onDone={(key) => report({ kind: 'ok', key, at: 'pin' })}
          onFailed={() => report({ kind: 'problem', key: 'ui:error.saving', at: 'pin' })}
          message={statusAt('pin')}
        />
        <section aria-labelledby="backup-title">
          <h2 id="backup-title">{t('ui:dashboard.backupTitle')}</h2>
          <p>{t('ui:dashboard.backupIntro')}</p>
          <p class="actions">
            <button
              type="button"
              onClick={() => pinGuard.guard(() => exportFile(), undefined, t('ui:pin.askExport'))}
              data-action="export"
            >
              {t('ui:dashboard.export')}
            </button>
            {/* A button of our own opens the browser's file chooser. The browser's file control
                shows a file name that means nothing here (the file is read at once), and in
                Firefox its "Browse… No file selected." does not fit a narrow window at 400% zoom. */}
            <button ref={importButton} type="button" onClick={() => fileInput.current?.click()} data-action="import">
              {t('ui:dashboard.import')}
            </button>
          </p>
          {pendingImport && (
            // Escape, as in a dialog, answers no.
            <div
              class="import-question"
              data-testid="import-question"
              onKeyDown={(event) => event.key === 'Escape' && cancelImport()}
            >
              <p id="import-question-text">
                {[
                  t('ui:dashboard.importQuestion'),
                  pendingImport.pin
                    ? t('ui:dashboard.importQuestionPin')
                    : // Only when a PIN is known to be set: the PIN dialog after "Yes" covers one
                      // that cannot be read.
                      pinGuard.pin.record !== undefined && t('ui:dashboard.importQuestionNoPin'),
                ]
                  .filter(Boolean)
                  .join(' ')}
              </p>
              <p class="actions">
                <button
                  ref={importConfirmButton}
                  type="button"
                  class="danger"
                  aria-describedby="import-question-text"
                  data-action="import-confirm"
                  onKeyDown={ignoreHeldKey}
                  onClick={(event) => meantSecondPress(event) && importConfirmed(pendingImport)}
                >
                  {t('ui:dashboard.importConfirm')}
                </button>
                <button type="button" data-action="import-cancel" onClick={cancelImport}>
                  {t('ui:pin.cancel')}
                </button>
              </p>
            </div>
          )}
          <input
            ref={fileInput}
            type="file"
            hidden
            accept="application/json,.json"
            data-testid="import"
            onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
          />
          {statusAt('backup')}
        </section>
        <section aria-labelledby="more-title">
          <h2 id="more-title">{t('ui:dashboard.moreTitle')}</h2>
          <p class="actions">
            <a
              class="button-link"
              href={browser.runtime.getURL(`/brochure.html?lang=${state.lang}`)}
              data-action="brochure"
            >
              {t('ui:popup.brochure')}
            </a>
            <a
              class="button-link"
              href={browser.runtime.getURL(`/workshop.html?lang=${state.lang}`)}
              data-action="workshop"
            >
              {t('ui:dashboard.workshop')}
            </a>
          </p>
          <p>{t('ui:dashboard.resetAllWarning')}</p>
          {pinGuard.hasPin && <p data-testid="reset-clears-pin">{t('ui:dashboard.resetAllPin')}</p>}
          {state.keptAside.length > 0 && <p data-testid="reset-clears-kept">{t('ui:dashboard.resetAllKept')}</p>}
          <p class="actions">
            {confirmReset === '*' ? (
              <button
                type="button"
                class="danger"
                data-action="reset-all-confirm"
                onKeyDown={ignoreHeldKey}
                onClick={(event) => meantSecondPress(event) && void resetAll()}
              >
                {t('ui:dashboard.resetAllConfirm')}
              </button>
            ) : (
              <button type="button" data-action="reset-all" onClick={() => setConfirmReset('*')}>
                {t('ui:dashboard.resetAll')}
              </button>
            )}
          </p>
          {statusAt('reset')}
        </section>
        <AdminHelp t={t} locked={state.locked} />
      </main>
      {pinGuard.dialog}
    </>
  );
}
