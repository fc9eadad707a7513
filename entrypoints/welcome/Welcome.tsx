import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import { browser } from 'wxt/browser';
import { LANGUAGES, resolveLanguage, type LanguageCode } from '@/lib/languages';
import { PLATFORMS } from '@/lib/platforms/registry';
import { i18nFor } from '@/lib/view-for';
import { translator } from '@/lib/i18n';
import { browserLanguages } from '@/lib/browser-languages';
import { pickedCountry, pickerCountries } from '@/lib/helplines';
import { pinItem, settingsItem, type Role, type Settings } from '@/lib/storage';
import { readEffective, type PolicyField } from '@/lib/managed';
import { hashPin } from '@/lib/pin';
import { LanguagePicker } from '@/components/LanguagePicker';
import { CountryPicker } from '@/components/CountryPicker';
import { RolePicker } from '@/components/RolePicker';
import { PlatformPicker } from '@/components/PlatformPicker';
import { newPinProblem } from '@/components/NewPinFields';
import { usePinGuard } from '@/components/pin-guard';
import { applyLanguage } from '@/components/apply-language';
import { closeThisTab } from '@/components/close-tab';
import { LoadFailed } from '@/components/LoadFailed';
import { latestOnly } from '@/lib/latest';

interface Loaded {
  settings: Settings;
  locked: ReadonlySet<PolicyField>;
  lang: LanguageCode;
  i18n: i18n;
}

export async function load(): Promise<Loaded> {
  const { settings, locked } = await readEffective();
  const lang = resolveLanguage(settings.language, browserLanguages());
  return { settings, locked, lang, i18n: await i18nFor(lang) };
}

/**
 * The first run, opened once on install (background.ts) and again from the dashboard: the
 * language (applied at once), who is setting up, the family's sites, the country for helplines and
 * an optional parent PIN, with a plain account of what the extension does and does not do. It
 * can be skipped; everything can be changed later in the dashboard.
 */
export function Welcome({ loading }: { loading: Promise<Loaded> }) {
  const [state, setState] = useState<Loaded>();
  const [failed, setFailed] = useState<{ error: unknown }>();
  const [role, setRole] = useState<Role>('parent');
  const [platforms, setPlatforms] = useState<string[]>([]);
  const [country, setCountry] = useState<string | undefined>();
  const [pinProblem, setPinProblem] = useState<'format' | 'mismatch' | undefined>();
  // Each Finish gets a new alert: the same problem twice changes no text, and was not read again.
  const [pinTries, setPinTries] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const failure = useRef<HTMLParagraphElement>(null);
  // After Finish, said beside it and focused (Finish was turned off while saving, which drops the
  // focus), so it is read out and the keyboard goes on from there.
  const focusFailure = useRef(false);
  useEffect(() => {
    if (saveFailed && focusFailure.current) failure.current?.focus();
    focusFailure.current = false;
  }, [saveFailed]);
  // Languages chosen faster than their words load: the last one chosen is the one shown.
  const beginLanguage = useRef(latestOnly()).current;
  // What the person chose on this page. The rest follows what is stored while the page is open: a
  // first run left open while a parent chose the country and the sites in the dashboard wrote back,
  // at Finish, the ones it had shown when it opened.
  const touched = useRef(new Set<'role' | 'platforms' | 'country'>()).current;
  const choose =
    <T,>(field: 'role' | 'platforms' | 'country', set: (value: T) => void) =>
    (value: T) => {
      touched.add(field);
      set(value);
    };

  useEffect(() => {
    loading.then(
      (loaded) => {
        applyLanguage(LANGUAGES[loaded.lang]);
        setRole(loaded.settings.role);
        setPlatforms(loaded.settings.platforms);
        setCountry(pickedCountry(loaded.settings.country, browserLanguages()));
        setState(loaded);
      },
      (error: unknown) => setFailed({ error }),
    );
  }, []);

  useEffect(() => {
    if (!state) return;
    return settingsItem.watch((stored) => {
      if (!touched.has('role') && !state.locked.has('role')) setRole(stored.role);
      if (!touched.has('platforms') && !state.locked.has('platforms')) setPlatforms(stored.platforms);
      if (!touched.has('country') && !state.locked.has('country'))
        setCountry(pickedCountry(stored.country, browserLanguages()));
    });
  }, [Boolean(state)]);

  const t = useMemo(() => (state ? translator(state.i18n, state.lang) : undefined), [state?.i18n, state?.lang]);
  const pinGuard = usePinGuard(
    t ?? ((key: string | string[]) => String(key)),
    state ? LANGUAGES[state.lang].tag : 'en',
  );

  useEffect(() => {
    if (state && t) document.title = `${t('ui:welcome.title')} – ${t('ui:brand')}`;
  }, [state?.lang]);

  // The PIN's state is shown here: the page waits for it as for the rest (read at the same time).
  const loadError = failed ?? pinGuard.unreadable;
  if (loadError) return <LoadFailed error={loadError.error} page="first run" />;
  if (!state || !t || !pinGuard.known) return <main aria-busy="true" />;
  const language = LANGUAGES[state.lang];
  const lockedNote = t('ui:managed.locked');
  const dashboardUrl = browser.runtime.getURL('/options.html');

  const chooseLanguage = async (lang: LanguageCode) => {
    const isLatest = beginLanguage();
    // Saved at once, so the popup and the helper follow even if the rest is skipped.
    try {
      await settingsItem.update((s) => ({ ...s, language: lang }));
    } catch {
      // Redrawn, the list shows the language still in use and stored.
      if (isLatest()) setSaveFailed(true);
      return;
    }
    let instance: i18n;
    try {
      instance = await i18nFor(lang);
    } catch (error) {
      if (isLatest()) setFailed({ error });
      return;
    }
    if (!isLatest()) return;
    setSaveFailed(false);
    applyLanguage(LANGUAGES[lang]);
    setState((s) => (s ? { ...s, lang, i18n: instance } : s));
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const pin = (form.elements.namedItem('pin') as HTMLInputElement | null)?.value ?? '';
    const repeat = (form.elements.namedItem('repeat') as HTMLInputElement | null)?.value ?? '';
    // The PIN is optional: both fields empty means none.
    const problem = pin === '' && repeat === '' ? undefined : newPinProblem(pin, repeat);
    setPinProblem(problem);
    setPinTries((n) => n + 1);
    if (problem) {
      (form.elements.namedItem('pin') as HTMLInputElement).focus();
      return;
    }
    const apply = async () => {
      setSaving(true);
      setSaveFailed(false);
      try {
        // Hashed before anything is written (it takes a moment, on purpose): a tab closed while it
        // ran had marked the setup done, so no reminder came back, with no PIN saved.
        const record = pin ? await hashPin(pin) : undefined;
        // The settings first: if the PIN then fails, Finish again saves both, and a PIN saved
        // alone would have made the role chosen here need that PIN.
        // Only what was chosen on this page, and the country guessed for a family that has none
        // yet: what a parent changed elsewhere during the hashing stays.
        const chosen = (field: 'role' | 'platforms' | 'country') => touched.has(field) && !state.locked.has(field);
        await settingsItem.update((s) => ({
          ...s,
          ...(chosen('role') ? { role } : {}),
          ...(chosen('platforms') ? { platforms } : {}),
          ...((chosen('country') || (s.country === 'auto' && !state.locked.has('country'))) && country
            ? { country }
            : {}),
          setupDone: true,
        }));
        if (record) await pinItem.set({ record, lock: { failures: 0 } });
      } catch {
        // The choices stay on the page, and Finish can be pressed again.
        setSaving(false);
        focusFailure.current = true;
        setSaveFailed(true);
        return;
      }
      location.assign(`${dashboardUrl}?welcome=1`);
    };
    // Changing the role of an install that already has a PIN needs the PIN (the first run can be
    // opened again from the dashboard). Compared with the role stored now, not when this page
    // opened: a first run left open while a parent changed the role elsewhere would put it back.
    let stored: Settings;
    try {
      stored = await settingsItem.get();
    } catch {
      focusFailure.current = true;
      setSaveFailed(true);
      return;
    }
    // A role the administrator set is not written, so it changes nothing that needs the PIN.
    if (!state.locked.has('role') && role !== stored.role && pinGuard.hasPin) pinGuard.guard(apply);
    else await apply();
  };

  // Nothing is saved; the dashboard offers the first run again. Opened from the dashboard (its
  // links open it in the same tab), Skip goes back there: closing the tab closed the dashboard,
  // and the window with it when it was the only tab.
  const fromDashboard = new URLSearchParams(location.search).get('from') === 'dashboard';
  // Opened from it in a tab of its own (a middle click), the tab has no history and closes.
  const skip = () => (fromDashboard && history.length > 1 ? location.assign(dashboardUrl) : closeThisTab(dashboardUrl));

  const about = ['helps', 'watchesNothing', 'sendsNothing', 'canBeRemoved'] as const;

  return (
    <>
      <header class="bar">
        <span class="brand">{t('ui:brand')}</span>
      </header>
      <main class="welcome">
        <h1>{t('ui:welcome.title')}</h1>
        <p class="lead">{t('ui:welcome.intro')}</p>
        <section aria-labelledby="about-title" class="about" data-testid="about">
          <h2 id="about-title">{t('ui:welcome.about.title')}</h2>
          <ul>
            {about.map((key) => (
              <li key={key}>{t(`ui:welcome.about.${key}`)}</li>
            ))}
          </ul>
          <p>
            <a href={`${dashboardUrl}#admin`} data-action="policy-help">
              {t('ui:welcome.about.policyLink')}
            </a>
          </p>
        </section>
        <form onSubmit={(e) => void save(e)} class="setup" data-testid="welcome-form" noValidate>
          <section aria-labelledby="step-language">
            <h2 id="step-language">{t('ui:welcome.steps.language')}</h2>
            <LanguagePicker
              value={state.lang}
              labelledBy="step-language"
              lockedNote={state.locked.has('language') ? lockedNote : undefined}
              onChange={(l) => void chooseLanguage(l)}
            />
          </section>
          <section aria-labelledby="step-role">
            <h2 id="step-role">{t('ui:welcome.steps.role')}</h2>
            <RolePicker
              labelledBy="step-role"
              value={role}
              t={t}
              locked={state.locked.has('role')}
              lockedNote={lockedNote}
              onChange={choose('role', setRole)}
            />
          </section>
          <section aria-labelledby="step-platforms">
            <h2 id="step-platforms">{t('ui:welcome.steps.platforms')}</h2>
            <PlatformPicker
              platforms={PLATFORMS}
              value={platforms}
              t={t}
              locked={state.locked.has('platforms')}
              lockedNote={lockedNote}
              onChange={choose('platforms', setPlatforms)}
            />
          </section>
          <section aria-labelledby="step-country">
            <h2 id="step-country">{t('ui:welcome.steps.country')}</h2>
            <p class="hint" id="country-hint">
              {t('ui:welcome.countryHint')}
            </p>
            <CountryPicker
              value={country}
              countries={pickerCountries()}
              locale={language.tag}
              labelledBy="step-country"
              describedBy="country-hint"
              noneLabel={t('ui:country.none')}
              notListedLabel={t('ui:country.notListed')}
              lockedNote={state.locked.has('country') ? lockedNote : undefined}
              onChange={choose('country', setCountry)}
            />
          </section>
          <section aria-labelledby="step-pin">
            <h2 id="step-pin">{t('ui:welcome.steps.pin')}</h2>
            {pinGuard.hasPin ? (
              <p>{t('ui:welcome.pinAlreadySet')}</p>
            ) : (
              <>
                <p>{t('ui:welcome.pinIntro')}</p>
                <p class="hint" id="welcome-pin-rule">
                  {t('ui:pin.rule')}
                </p>
                <label class="field">
                  <span>{t('ui:pin.new')}</span>
                  <input
                    name="pin"
                    type="password"
                    inputMode="numeric"
                    autoComplete="new-password"
                    maxLength={12}
                    aria-describedby="welcome-pin-rule welcome-pin-problem"
                    data-testid="welcome-pin"
                  />
                </label>
                <label class="field">
                  <span>{t('ui:pin.repeat')}</span>
                  <input
                    name="repeat"
                    type="password"
                    inputMode="numeric"
                    autoComplete="new-password"
                    maxLength={12}
                    aria-describedby="welcome-pin-problem"
                    data-testid="welcome-pin-repeat"
                  />
                </label>
                <p key={pinTries} id="welcome-pin-problem" role="alert" class="pin-message">
                  {pinProblem ? t(`ui:pin.problems.${pinProblem}`) : ''}
                </p>
              </>
            )}
          </section>
          <p class="hint">{t('ui:welcome.changeLater')}</p>
          {saveFailed && (
            <p ref={failure} tabIndex={-1} role="alert" class="pin-message" data-testid="welcome-failed">
              {t('ui:error.saving')}
            </p>
          )}
          <p class="actions">
            <button type="submit" class="primary" disabled={saving} data-action="finish">
              {saving ? t('ui:pin.saving') : t('ui:welcome.finish')}
            </button>
            <button type="button" onClick={() => void skip()} data-action="skip">
              {t('ui:welcome.skip')}
            </button>
          </p>
        </form>
      </main>
      {pinGuard.dialog}
    </>
  );
}
