import { describe, expect, it } from 'vitest';
import {
  HELPLINES,
  countryFromLocales,
  helplineSchema,
  helplinesFor,
  pickerCountries,
  resolveCountry,
} from '@/lib/helplines';
import { buildHelpView, helpViewSchema, telHref } from '@/lib/helper-view';
import { LANGUAGES, LANGUAGE_CODES } from '@/lib/languages';
import { createI18n, translator } from '@/lib/i18n';
import { renderHelp } from '@/components/guide-dom';

describe('helplines', () => {
  it.each(HELPLINES.map((h) => [h.id, h] as const))('%s is valid and sourced', (_id, line) => {
    expect(helplineSchema.safeParse(line).success).toBe(true);
  });

  it('has unique ids, and every country with a line is in the picker', () => {
    expect(new Set(HELPLINES.map((h) => h.id)).size).toBe(HELPLINES.length);
    for (const h of HELPLINES) expect(pickerCountries()).toContain(h.country);
  });

  it('takes only a real calendar date as the day a number was checked', () => {
    const line = HELPLINES[0]!;
    const on = (checked: string) => helplineSchema.safeParse({ ...line, source: { ...line.source, checked } }).success;
    expect(on('2026-11-23')).toBe(true);
    expect(on('2026-02-30')).toBe(false);
    expect(on('23/11/2026')).toBe(false);
  });

  it('never links the look-alike Take It Down domain', () => {
    expect(JSON.stringify(HELPLINES)).not.toContain('takeitdown.help');
  });

  // A child tapping a line's "website" must reach that line, not whoever once ran it or reported on it.
  it("links no site that is not the line's own", () => {
    const byId = (id: string) => HELPLINES.find((h) => h.id === id)!;
    // India's 1098 has been run by the ministry and the states since 2023, not by the charity.
    expect(byId('in-1098').url).toBeUndefined();
    expect(byId('in-1098').name).toBe('Child Helpline 1098');
    // The UAE's 116111 is the Ministry of Interior's line; the source is a police news page.
    expect(byId('ae-116111').url).toBeUndefined();
    const hosts = HELPLINES.flatMap((h) => (h.url ? [new URL(h.url).hostname] : []));
    expect(hosts).not.toContain('www.childlineindia.org');
    expect(hosts).not.toContain('www.adpolice.gov.ae');
  });

  it('says "open day and night" only where a current source says so', () => {
    // Childline's only such page is from 2010; Bangladesh's government pages give no hours.
    expect(HELPLINES.find((h) => h.id === 'gb-childline')!.open247).toBe(false);
    expect(HELPLINES.find((h) => h.id === 'bd-1098')!.open247).toBe(false);
  });

  it('takes the country from an explicit region only', () => {
    expect(countryFromLocales(['fr-BE'])).toBe('BE');
    expect(countryFromLocales(['sr-Latn-RS'])).toBe('RS');
    expect(countryFromLocales(['fr', 'de-AT'])).toBe('AT');
    expect(countryFromLocales(['fr'])).toBeUndefined();
    expect(countryFromLocales(['not a tag', undefined])).toBeUndefined();
    expect(resolveCountry('auto', ['de-DE'])).toBe('DE');
    expect(resolveCountry('FR', ['de-DE'])).toBe('FR');
  });

  it('shows a country its own lines, and the trusted-adult advice where it has none', () => {
    const t = (key: string | string[], vars?: Record<string, string | number>) =>
      `${String(key)}${vars ? JSON.stringify(vars) : ''}`;
    const france = buildHelpView(helplinesFor('FR'), t, LANGUAGES.fr);
    expect(france.helplines.map((h) => h.number)).toEqual(['119', '3018', '116 000']);
    expect(france.noHelpline).toBeUndefined();
    expect(france.helplines[0]!.tel).toBe('tel:119');
    const nowhere = buildHelpView(helplinesFor('BA'), t, LANGUAGES.en);
    expect(nowhere.helplines).toEqual([]);
    expect(nowhere.noHelpline).toBe('help:helpline.none');
    expect(nowhere.trustedAdult.title).toBe('help:trustedAdult.title');
    expect(nowhere.images.text).toBe('help:images.text');
  });

  it('writes tel: addresses with digits only', () => {
    expect(telHref('116 111')).toBe('tel:116111');
    expect(telHref('+49 800-111 0 333')).toBe('tel:+498001110333');
  });

  it('gives the European missing-children hotline only where Missing Children Europe lists it', () => {
    const missing = HELPLINES.filter((h) => h.kind === 'missing');
    expect(
      missing.every(
        (h) => h.number === '116 000' && h.source.url === 'https://missingchildreneurope.eu/childmissing_faq',
      ),
    ).toBe(true);
    for (const country of ['FR', 'DE', 'BE', 'NL', 'GB', 'RS'])
      expect(helplinesFor(country).some((h) => h.kind === 'missing')).toBe(true);
    // Not on the list: no number is guessed.
    for (const country of ['BA', 'TR', 'US', 'IN', 'VN'])
      expect(helplinesFor(country).some((h) => h.kind === 'missing')).toBe(false);
  });

  // A line's description is shared by every line of its kind, so it must not promise what only
  // some of them are: "free" is said from each line's own data, or not at all (Luxembourg's is not
  // confirmed free).
  it.each([...LANGUAGE_CODES])('says a line is free only where its data says so (%s)', async (lang) => {
    const i18n = await createI18n(lang);
    const t = translator(i18n, lang);
    const freeWords = t('help:helpline.free');
    for (const country of pickerCountries()) {
      const lines = helplinesFor(country);
      const view = buildHelpView(lines, t, LANGUAGES[lang], country);
      view.helplines.forEach((shown, i) => {
        expect(shown.facts.includes(freeWords), shown.id).toBe(lines[i]!.free);
      });
    }
    const luxembourg = buildHelpView(helplinesFor('LU'), t, LANGUAGES[lang], 'LU');
    const kjt = luxembourg.helplines.find((h) => h.id === 'lu-kjt')!;
    const english = buildHelpView(helplinesFor('LU'), translator(await createI18n('en'), 'en'), LANGUAGES.en, 'LU');
    expect(english.helplines.find((h) => h.id === 'lu-kjt')!.description).not.toMatch(/free/i);
    expect(kjt.facts).not.toContain(freeWords);
  });

  it("names a line as its operator does in the reader's language, where it has such a name", async () => {
    // The UAE's Center names itself in Arabic and English: an Arabic brochure showed the English.
    const arabic = helplinesFor('AE', 'ar');
    expect(arabic.map((h) => h.name)).toEqual(['مركز وزارة الداخلية لحماية الطفل']);
    expect(helplinesFor('AE', 'en').map((h) => h.name)).toEqual(['Ministry of Interior Child Protection Center']);
    expect(helplinesFor('AE', 'ur').map((h) => h.name)).toEqual(['Ministry of Interior Child Protection Center']);
    expect(helplinesFor('AE').map((h) => h.name)).toEqual(['Ministry of Interior Child Protection Center']);
    const view = buildHelpView(arabic, translator(await createI18n('ar'), 'ar'), LANGUAGES.ar, 'AE');
    expect(view.helplines[0]!.callWithName).toContain('مركز وزارة الداخلية لحماية الطفل');
    expect(view.helplines[0]!.tel).toBe('tel:116111');
    expect(helplinesFor('CA', 'fr').map((h) => h.name)).toEqual(['Jeunesse, J’écoute']);
    expect(helplinesFor('CA', 'en').map((h) => h.name)).toEqual(['Kids Help Phone']);
    expect(helplinesFor('BD', 'bn').map((h) => h.name)).toEqual(['শিশুর সহায়তায় ফোন ১০৯৮']);
    expect(helplinesFor('BD', 'en').map((h) => h.name)).toEqual(['Child Helpline 1098']);
    // The data itself is not changed for the next reader.
    expect(HELPLINES.find((h) => h.id === 'ae-116111')!.name).toBe('Ministry of Interior Child Protection Center');
  });

  it('shows no website link for a line without a website of its own, and still the call link', () => {
    const bangladesh = HELPLINES.find((h) => h.id === 'bd-1098')!;
    expect(bangladesh.url).toBeUndefined();
    const t = (key: string | string[], vars?: Record<string, string | number>) =>
      `${String(key)}${vars ? JSON.stringify(vars) : ''}`;
    const view = buildHelpView(helplinesFor('BD'), t, LANGUAGES.bn, 'BD');
    expect(helpViewSchema.safeParse(view).success).toBe(true);
    const line = view.helplines.find((h) => h.id === 'bd-1098')!;
    expect(line.url).toBeUndefined();
    expect(line.websiteLabel).toBeUndefined();
    const dom = renderHelp(view);
    const item = dom.querySelector('[data-helpline="bd-1098"]')!;
    expect([...item.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['tel:1098']);
    // A line with a website keeps its link.
    const withSite = renderHelp(buildHelpView(helplinesFor('DE'), t, LANGUAGES.de, 'DE'));
    const german = withSite.querySelector('[data-helpline="de-116111"]')!;
    expect([...german.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
      HELPLINES.find((h) => h.id === 'de-116111')!.url,
    );
  });

  // Inside Arabic or Urdu words the bidi algorithm would lay "116 000" out as "000 116".
  it('keeps every phone number and name isolated, wherever the help shows it', async () => {
    const i18n = await createI18n('ar');
    const view = buildHelpView(helplinesFor('GB'), translator(i18n, 'ar'), LANGUAGES.ar, 'GB');
    const dom = renderHelp(view);
    for (const line of view.helplines) {
      // The helplines list: the number is its own left-to-right element.
      const listed = dom.querySelector(`[data-helpline="${line.id}"] a[href="${line.tel}"]`)!;
      expect([...listed.querySelectorAll('bdi[dir="ltr"]')].map((b) => b.textContent)).toEqual([line.number]);
      // The call links at the end of each situation: one text, the name and the number isolated;
      // only for the lines to talk to (116 000, for missing children, is listed but not called there).
      const calls = [...dom.querySelectorAll(`a[href="${line.tel}"]`)].filter((a) => a !== listed);
      if (line.talk) expect(calls.length, line.id).toBeGreaterThanOrEqual(1);
      else expect(calls, line.id).toEqual([]);
      for (const a of calls) {
        expect(a.textContent).toContain(`\u2068${line.name}\u2069: `);
        expect(a.textContent).toContain(`\u2068${line.number}\u2069`);
      }
    }
    // In English, nothing is added: the link's name reads as written.
    const english = buildHelpView(helplinesFor('GB'), translator(await createI18n('en'), 'en'), LANGUAGES.en, 'GB');
    expect(english.helplines.find((h) => h.id === 'gb-childline')!.callWithName).toBe('Childline: Call 0800 1111');
    const missing = dom.querySelector('[data-helpline="gb-116000"] .mis-helpline-name bdi')!;
    expect(missing.getAttribute('dir')).toBe('ltr');
    const childline = dom.querySelector('[data-helpline="gb-childline"] .mis-helpline-name bdi')!;
    expect(childline.hasAttribute('dir')).toBe(false);
  });
});
