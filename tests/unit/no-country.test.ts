import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';
import { CountryPicker } from '@/components/CountryPicker';
import { makeBackup, readBackup } from '@/lib/backup';
import { HELPLINES, NO_COUNTRY, helplinesFor, pickedCountry, resolveCountry } from '@/lib/helplines';
import { buildHelpView } from '@/lib/helper-view';
import { createI18n, translator } from '@/lib/i18n';
import { LANGUAGES } from '@/lib/languages';
import { applyPolicy, parsePolicy } from '@/lib/managed';
import { instagram } from '@/lib/platforms/instagram';
import { DEFAULT_PROMPTS, DEFAULT_SETTINGS, readQuarantine, settingsItem, settingsSchema } from '@/lib/storage';
import { helperViewFor } from '@/lib/view-for';

/**
 * "My country is not in the list": a family abroad with an en-US browser must be able to say so,
 * and then be shown no country's line at all, not the United States' guessed from the browser.
 */
const US_BROWSER = ['en-US'];
const US_NUMBERS = HELPLINES.filter((h) => h.country === 'US').map((h) => h.number);

describe('the country setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells "not in the list" apart from "never chosen", which guesses from the browser', () => {
    expect(US_NUMBERS.length).toBeGreaterThan(0);
    expect(resolveCountry('auto', US_BROWSER)).toBe('US');
    expect(resolveCountry(NO_COUNTRY, US_BROWSER)).toBeUndefined();
    expect(pickedCountry(NO_COUNTRY, US_BROWSER)).toBe(NO_COUNTRY);
    expect(pickedCountry('auto', US_BROWSER)).toBe('US');
    expect(pickedCountry('auto', ['fr'])).toBeUndefined();
    expect(pickedCountry('FR', US_BROWSER)).toBe('FR');
    expect(helplinesFor(resolveCountry(NO_COUNTRY, US_BROWSER))).toEqual([]);
  });

  it('is stored and read back, and a damaged country costs nothing else', async () => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, country: NO_COUNTRY }).success).toBe(true);
    for (const bad of ['None', 'NONE', 'us', '', null, 7, ['US']])
      expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, country: bad }).success, String(bad)).toBe(false);
    await settingsItem.set({ ...DEFAULT_SETTINGS, country: NO_COUNTRY, role: 'child' });
    expect((await settingsItem.get()).country).toBe(NO_COUNTRY);

    // A bad country: the fallback (guess from the browser) for it alone, the original kept aside.
    const damaged = { ...DEFAULT_SETTINGS, language: 'fr', country: 'nowhere', role: 'child', platforms: ['tiktok'] };
    await fakeBrowser.storage.local.set({ settings: damaged, settings$: { v: 3 } });
    expect(await settingsItem.get()).toEqual({ ...damaged, country: 'auto' });
    expect((await readQuarantine()).at(-1)!.value).toEqual(damaged);

    // "Not in the list" survives the repair of another field.
    const other = { ...DEFAULT_SETTINGS, country: NO_COUNTRY, language: 'klingon' };
    await fakeBrowser.storage.local.set({ settings: other, settings$: { v: 3 } });
    expect(await settingsItem.get()).toEqual({ ...DEFAULT_SETTINGS, country: NO_COUNTRY });
  });

  it('survives export and import', () => {
    const data = {
      settings: { ...DEFAULT_SETTINGS, country: NO_COUNTRY, setupDone: true },
      progress: {},
      prompts: DEFAULT_PROMPTS,
    };
    const text = makeBackup(data, new Date('2026-11-25T10:00:00.000Z'));
    expect(readBackup(text)).toEqual({ ok: true, data });
    // Anything else in its place is a damaged file, not a guess.
    expect(readBackup(text.replace('"none"', '"nowhere"'))).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('can be set, and locked, by an administrator', () => {
    expect(parsePolicy({ country: NO_COUNTRY })).toEqual({ policy: { country: NO_COUNTRY }, ignored: [] });
    expect(parsePolicy({ country: 'auto' }).ignored).toEqual(['country']);
    const effective = applyPolicy({ ...DEFAULT_SETTINGS, country: 'US' }, DEFAULT_PROMPTS, { country: NO_COUNTRY });
    expect(effective.settings.country).toBe(NO_COUNTRY);
    expect(effective.locked.has('country')).toBe(true);
  });
});

describe('"get help now" with no country', () => {
  beforeEach(() => fakeBrowser.reset());

  it('in the helper: no national line, and the last step says there is none, as for a country without one', async () => {
    const view = await helperViewFor(
      instagram,
      { ...DEFAULT_SETTINGS, language: 'en', country: NO_COUNTRY },
      US_BROWSER,
    );
    const guessed = await helperViewFor(instagram, { ...DEFAULT_SETTINGS, language: 'en' }, US_BROWSER);
    expect(guessed.help.helplines.length).toBeGreaterThan(0);
    expect(view.help.helplines).toEqual([]);
    const t = translator(await createI18n('en'), 'en');
    expect(view.help.noHelpline).toBe(t('help:helpline.none'));
    for (const situation of view.help.situations) expect(situation.actions.at(-1)).toBe(t('help:helpline.none'));
    // Only the services for everyone: none of one country's (Report Remove is the UK's).
    const shared = view.help.situations.find((s) => s.id === 'imageShared')!;
    expect(shared.services.map((s) => s.id)).toEqual(['takeItDown']);
    const text = JSON.stringify(view.help);
    for (const number of US_NUMBERS) expect(text).not.toContain(number);
    expect(text).not.toContain('United States');
  });

  it('in the popup: the same view as for a country without a checked line', async () => {
    const t = translator(await createI18n('en'), 'en');
    const country = resolveCountry(NO_COUNTRY, US_BROWSER);
    const help = buildHelpView(helplinesFor(country), t, LANGUAGES.en, country);
    expect(help).toEqual(buildHelpView([], t, LANGUAGES.en, undefined));
    expect(help.noHelpline).toBe(t('help:helpline.none'));
  });
});

describe('the country picker', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  const mount = (value: string | undefined, onChange: (code: string) => void = () => undefined) => {
    const root = document.createElement('div');
    document.body.append(root);
    render(
      h(CountryPicker, {
        value,
        countries: ['FR', 'US'],
        locale: 'en',
        label: 'Country for helplines',
        noneLabel: 'Choose a country',
        notListedLabel: 'My country is not in the list',
        onChange,
      }),
      root,
    );
    return root.querySelector('select')!;
  };

  it('offers "not in the list" also once a country is set, and shows it chosen', () => {
    const withCountry = mount('US');
    expect([...withCountry.options].map((o) => o.value)).toEqual(['FR', 'US', NO_COUNTRY]);
    expect(withCountry.value).toBe('US');
    const notListed = mount(NO_COUNTRY);
    expect([...notListed.options].map((o) => [o.value, o.textContent])).toEqual([
      ['FR', 'France'],
      ['US', 'United States'],
      [NO_COUNTRY, 'My country is not in the list'],
    ]);
    expect(notListed.value).toBe(NO_COUNTRY);
    // Nothing chosen or guessed yet: "Choose a country" first.
    expect([...mount(undefined).options].map((o) => o.value)).toEqual(['', 'FR', 'US', NO_COUNTRY]);
  });

  it('hands "not in the list" on as a choice', () => {
    const chosen: string[] = [];
    const select = mount('US', (code) => chosen.push(code));
    select.value = NO_COUNTRY;
    select.dispatchEvent(new Event('change'));
    expect(chosen).toEqual([NO_COUNTRY]);
  });
});
