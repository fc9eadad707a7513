import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createI18n, loadPlatformWords, loadWorkshopWords, switchLanguage, translator } from '@/lib/i18n';
import { asFileTitle } from '@/lib/bidi';
import { helperViewFor } from '@/lib/view-for';
import { instagram } from '@/lib/platforms/instagram';
import { DEFAULT_SETTINGS } from '@/lib/storage';
import { helperViewSchema, TOPIC_ORDER } from '@/lib/helper-view';

describe('i18next setup', () => {
  it('isolates every value put into right-to-left words, and only there', async () => {
    const vars = { site: 'Instagram', years: 13 };
    const urdu = translator(await createI18n('ur'), 'ur')('checklist:parents.minimumAge.title', vars);
    // "Instagram" and "13" would otherwise run together left to right, away from the word for years.
    expect(urdu).toContain('\u2068Instagram\u2069 \u206813\u2069');
    const english = translator(await createI18n('en'), 'en')('checklist:parents.minimumAge.title', vars);
    expect(english).not.toMatch(/[\u2066-\u2069]/);
    expect(english).toContain('Instagram');
    // i18next's own options are left as they are (count chooses a plural form by its number).
    const arabic = translator(await createI18n('ar'), 'ar')('ui:dashboard.otherSites', { count: 12 });
    expect(arabic).toContain('12');
    expect(arabic).not.toContain('\u206812');
    // A page's title is the name a printout is saved under: no isolates there.
    expect(asFileTitle(urdu)).not.toMatch(/[\u2066-\u2069]/);
    expect(asFileTitle(urdu)).toContain('Instagram 13');
  });

  it('keeps the brand on one line in right-to-left words, and only there', async () => {
    // Broken after "Make-", a right-to-left line drew the hyphen on the left: "-Make".
    const arabic = translator(await createI18n('ar'), 'ar')('ui:helper.open');
    expect(arabic).toContain('Make-\u2060IT-\u2060Safe');
    expect(arabic).not.toContain('Make-IT-Safe');
    expect(translator(await createI18n('ur'), 'ur')('ui:brand')).toBe('Make-\u2060IT-\u2060Safe');
    // A printed page's file is named with the plain name, as a person would type it to find it.
    expect(asFileTitle(arabic)).toContain('Make-IT-Safe');
    expect(translator(await createI18n('en'), 'en')('ui:helper.open')).toBe('Open Make-IT-Safe help');
    expect(translator(await createI18n('de'), 'de')('ui:brand')).toBe('Make-IT-Safe');
  });

  it('loads the chosen language and English, and no other', async () => {
    const i18n = await createI18n('ar');
    expect(i18n.hasResourceBundle('ar', 'ui')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'ui')).toBe(true);
    expect(i18n.hasResourceBundle('de', 'ui')).toBe(false);
    await switchLanguage(i18n, 'de');
    expect(i18n.hasResourceBundle('de', 'checklist')).toBe(true);
    expect(i18n.language).toBe('de');
  });

  it("loads one platform's words on demand, in the language and the English fallback only", async () => {
    const i18n = await createI18n('nl');
    expect(i18n.hasResourceBundle('nl', 'instagram')).toBe(false);
    await loadPlatformWords(i18n, 'nl', 'instagram');
    expect(i18n.hasResourceBundle('nl', 'instagram')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'instagram')).toBe(true);
    expect(i18n.hasResourceBundle('de', 'instagram')).toBe(false);
    expect(translator(i18n, 'nl')('instagram:guides.blockAccount.title')).not.toBe('Block an account');
    await expect(loadPlatformWords(i18n, 'nl', 'noSuchSite')).rejects.toThrow(/noSuchSite/);
  });

  it('writes counts in Bengali digits in Bengali, as its dates are, and in Latin digits elsewhere', async () => {
    const instance = await createI18n('bn');
    await loadWorkshopWords(instance, 'bn');
    const bengali = translator(instance, 'bn');
    // Dates in Bengali are written ২৫ নভেম্বর, ২০২৬ (Intl); "2 of 10 done" was "10টির মধ্যে 2টি" beside them.
    expect(bengali('ui:popup.checklist.progress', { done: 2, total: 10 })).toBe('১০টির মধ্যে ২টি হয়ে গেছে');
    expect(bengali('ui:dashboard.otherSites', { count: 12 })).toContain('(১২)');
    expect(bengali('checklist:parents.minimumAge.title', { site: 'Instagram', years: 13 })).toContain('১৩');
    expect(bengali('workshop:controls.position', { current: 3, total: 5 })).toContain('৩');
    const english = translator(await createI18n('en'), 'en');
    expect(english('ui:dashboard.otherSites', { count: 12 })).toContain('(12)');
  });

  it('falls back to English for a key a language lacks, and fills placeholders', async () => {
    const i18n = await createI18n('fr');
    i18n.addResource('en', 'ui', 'onlyInEnglish', 'Hello {{site}}');
    const t = translator(i18n, 'fr');
    expect(t('ui:onlyInEnglish', { site: 'Instagram' })).toBe('Hello Instagram');
    expect(t('ui:popup.supported', { site: 'Instagram' })).toContain('Instagram');
    expect(t('ui:popup.supported', { site: 'Instagram' })).not.toBe('Make-IT-Safe can help you on Instagram.');
  });

  it('never escapes into HTML entities: text is rendered as text', async () => {
    const i18n = await createI18n('en');
    i18n.addResource('en', 'ui', 'x', '{{v}}');
    expect(translator(i18n, 'en')('ui:x', { v: '<b>&' })).toBe('<b>&');
  });
});

describe('the helper view', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is built in the chosen language, right to left for Urdu, and valid by the contract', async () => {
    const view = await helperViewFor(instagram, { ...DEFAULT_SETTINGS, language: 'ur', country: 'FR' }, ['en-US']);
    expect(helperViewSchema.safeParse(view).success).toBe(true);
    expect(view.dir).toBe('rtl');
    expect(view.lang).toBe('ur');
    expect(view.fontStack).toContain('Nastaliq');
    expect(view.help.helplines.map((h) => h.number)).toEqual(['119', '3018', '116 000']);
    // Block first, then report, restrict or mute, privacy.
    const ranks = view.guides.map((g) => TOPIC_ORDER.indexOf(g.topic));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(view.guides.map((g) => g.id).sort()).toEqual(instagram.guides.map((g) => g.id).sort());
    // The privacy check offers every kids' item while none is done.
    expect(view.check?.items.map((i) => i.id)).toEqual(
      instagram.checklist.filter((i) => i.audience === 'kids').map((i) => i.id),
    );
    expect(view.guides[0]!.title).not.toBe('Block an account');
  });

  it('follows the browser when the stored language is unknown', async () => {
    const view = await helperViewFor(instagram, { ...DEFAULT_SETTINGS, language: 'xx' as never }, ['sr-Latn-RS']);
    expect(view.lang).toBe('sh');
  });

  it('is built once for the same inputs, and again when anything that decides it changes', async () => {
    const settings = { ...DEFAULT_SETTINGS, language: 'de' as const, country: 'DE' };
    const first = await helperViewFor(instagram, settings, ['en'], 'profile');
    // Every page load and page change of the site asks for it: the same view, not a new translation.
    expect(await helperViewFor(instagram, { ...settings }, ['en'], 'profile')).toBe(first);
    const kidsItem = instagram.checklist.find((i) => i.audience === 'kids')!.id;
    const others = await Promise.all([
      helperViewFor(instagram, { ...settings, language: 'fr' }, ['en'], 'profile'),
      helperViewFor(instagram, { ...settings, country: 'FR' }, ['en'], 'profile'),
      helperViewFor(instagram, settings, ['en'], 'settings'),
      helperViewFor(instagram, settings, ['en'], 'profile', true),
      helperViewFor(instagram, { ...settings, helper: { ...settings.helper, minimized: true } }, ['en'], 'profile'),
      helperViewFor(instagram, settings, ['en'], 'profile', false, {
        [kidsItem]: { doneAt: '2026-11-24T00:00:00.000Z' },
      }),
    ]);
    for (const other of others) expect(other).not.toBe(first);
    expect(others[0]!.lang).toBe('fr');
    expect(others[3]!.prompt).toBeDefined();
    expect(others[4]!.minimized).toBe(true);
    expect(others[5]!.check?.items.map((i) => i.id)).not.toContain(kidsItem);
  });

  it('marks unconfirmed steps with the "may look different" note, and only those', async () => {
    const view = await helperViewFor(instagram, DEFAULT_SETTINGS, ['en']);
    for (const guide of instagram.guides) {
      const shown = view.guides.find((g) => g.id === guide.id)!;
      expect(Boolean(shown.mayDiffer)).toBe(guide.source.status === 'unconfirmed');
      expect(shown.sourceUrl).toBe(guide.source.url);
    }
  });
});
