import { describe, expect, it } from 'vitest';
import { ACTION_IDS, SITUATIONS, SITUATION_IDS } from '@/lib/get-help';
import { SERVICES, serviceSchema, servicesFor } from '@/lib/reporting-services';
import { buildHelpView, helpViewSchema } from '@/lib/helper-view';
import { helplinesFor } from '@/lib/helplines';
import { LANGUAGES, LANGUAGE_CODES } from '@/lib/languages';
import { createI18n, translator } from '@/lib/i18n';

const keys = (key: string | string[], vars?: Record<string, string | number>) =>
  `${String(key)}${vars ? JSON.stringify(vars) : ''}`;

describe('reporting services', () => {
  it.each(SERVICES.map((s) => [s.id, s] as const))('%s is valid and sourced', (_id, service) => {
    expect(serviceSchema.safeParse(service).success).toBe(true);
  });

  it('has unique ids', () => {
    expect(new Set(SERVICES.map((s) => s.id)).size).toBe(SERVICES.length);
  });

  it("links Take It Down only at NCMEC's own address, never the look-alike", () => {
    const takeItDown = SERVICES.find((s) => s.id === 'takeItDown');
    expect(new URL(takeItDown!.url).host).toBe('takeitdown.ncmec.org');
    expect(JSON.stringify(SERVICES)).not.toContain('takeitdown.help');
  });

  it("lists a country's own services before the worldwide ones, and only the kinds asked for", () => {
    const worldwide = SERVICES.filter((s) => s.countries === 'all' && s.kind === 'imageRemoval').map((s) => s.id);
    const british = servicesFor(['imageRemoval'], 'GB').map((s) => s.id);
    expect(british.slice(-worldwide.length)).toEqual(worldwide);
    expect(british).toContain('reportRemove');
    expect(british.indexOf('reportRemove')).toBeLessThan(british.indexOf('takeItDown'));
    // Report Remove is for the UK only.
    expect(servicesFor(['imageRemoval'], 'FR').map((s) => s.id)).toEqual(worldwide);
    expect(servicesFor(['imageRemoval'], undefined).map((s) => s.id)).toEqual(worldwide);
    expect(servicesFor([], 'GB')).toEqual([]);
    for (const s of servicesFor(['illegalContent'], 'GB')) expect(s.kind).toBe('illegalContent');
  });
});

describe('"what happened?"', () => {
  it('offers the five situations, each ending with the things to do now, calling a helpline last', () => {
    const help = buildHelpView(helplinesFor('FR'), keys, LANGUAGES.en, 'FR');
    expect(help.situations.map((s) => s.id)).toEqual([...SITUATION_IDS]);
    for (const situation of help.situations) {
      const own = SITUATIONS.find((s) => s.id === situation.id)!.actions;
      expect(situation.actions).toEqual(own.map((a) => `help:actions.${a}`));
      expect(own.at(-1)).toBe('helpline');
      expect(own.filter((a) => ACTION_IDS.includes(a))).toEqual(ACTION_IDS.filter((a) => own.includes(a)));
      expect(situation.points.length).toBeGreaterThanOrEqual(2);
    }
    // Someone being bothered blocks; someone worried about a friend is not told to block "the person".
    expect(help.situations.find((s) => s.id === 'bothered')!.actions).toEqual(
      ACTION_IDS.map((a) => `help:actions.${a}`),
    );
    expect(help.situations.find((s) => s.id === 'worriedFriend')!.actions).not.toContain('help:actions.block');
  });

  it('never offers the missing-children hotline as the helpline to talk to, and says so where there is none', () => {
    // Belgium has only 116 000 here: the last step says there is no checked line, not "talk to a helpline".
    const belgium = buildHelpView(helplinesFor('BE'), keys, LANGUAGES.en, 'BE');
    expect(helplinesFor('BE').map((h) => h.kind)).toEqual(['missing']);
    expect(belgium.noHelpline).toBe('help:helpline.none');
    expect(belgium.helplines.map((h) => [h.name, h.talk])).toEqual([['116 000', false]]);
    for (const situation of belgium.situations) {
      expect(situation.actions.at(-1)).toBe('help:helpline.none');
      expect(situation.actions).not.toContain('help:actions.helpline');
    }
    // No line at all: the same.
    const none = buildHelpView(helplinesFor('SA'), keys, LANGUAGES.en, 'SA');
    expect(none.helplines).toEqual([]);
    expect(none.situations[0]!.actions.at(-1)).toBe('help:helpline.none');
    // Germany: Nummer gegen Kummer to talk to, listed first; 116 000 after it.
    const germany = buildHelpView(helplinesFor('DE'), keys, LANGUAGES.en, 'DE');
    expect(germany.noHelpline).toBeUndefined();
    expect(germany.helplines.map((h) => h.talk)).toEqual([true, false]);
    expect(germany.situations[0]!.actions.at(-1)).toBe('help:actions.helpline');
  });

  it('shows image-removal services only where an image is shared, and the right ones for the country', () => {
    const inBritain = buildHelpView(helplinesFor('GB'), keys, LANGUAGES.en, 'GB');
    const shared = inBritain.situations.find((s) => s.id === 'imageShared')!;
    expect(shared.services.map((s) => s.id)).toEqual(['reportRemove', 'takeItDown']);
    expect(shared.servicesTitle).toBe('help:services.title');
    expect(shared.services[0]!.description).toBe('help:services.about.reportRemove');
    const bullied = inBritain.situations.find((s) => s.id === 'bothered')!;
    expect(bullied.services).toEqual([]);
    expect(bullied.servicesTitle).toBeUndefined();

    const inFrance = buildHelpView(helplinesFor('FR'), keys, LANGUAGES.en, 'FR');
    expect(inFrance.situations.find((s) => s.id === 'imageShared')!.services.map((s) => s.id)).toEqual(['takeItDown']);
  });

  it('every situation names only services its data asks for', () => {
    for (const situation of SITUATIONS) {
      const view = buildHelpView([], keys, LANGUAGES.en, 'GB').situations.find((s) => s.id === situation.id)!;
      for (const service of view.services) {
        const kind = SERVICES.find((s) => s.id === service.id)!.kind;
        expect(situation.services).toContain(kind);
      }
    }
  });

  it.each([...LANGUAGE_CODES])('has every word in %s, and the view is valid', async (lang) => {
    const i18n = await createI18n(lang);
    const help = buildHelpView(helplinesFor('GB'), translator(i18n, lang), LANGUAGES[lang], 'GB');
    expect(helpViewSchema.safeParse(help).success).toBe(true);
    const text = JSON.stringify(help);
    // A missing key would show as the key itself.
    expect(text).not.toMatch(/"help:|situations\.|actions\.|services\./);
  });
});
