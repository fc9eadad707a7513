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
  it('offers the five situations, each ending with the same five things to do now', () => {
    const help = buildHelpView(helplinesFor('FR'), keys, LANGUAGES.en, 'FR');
    expect(help.situations.map((s) => s.id)).toEqual([...SITUATION_IDS]);
    for (const situation of help.situations) {
      expect(situation.actions).toEqual(ACTION_IDS.map((a) => `help:actions.${a}`));
      expect(situation.points.length).toBeGreaterThanOrEqual(2);
    }
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
