import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_STEPS, SCENARIOS, guideFor, scenariosFor, stepsFor, workshopPlatforms } from '@/lib/workshop/scenarios';
import { LANGUAGE_CODES } from '@/lib/languages';
import { PLATFORMS } from '@/lib/platforms/registry';
import { flattenWords, placeholders, type WordTree } from '@/lib/platforms/words';
import { SITUATION_IDS } from '@/lib/get-help';

const ROOT = path.resolve(__dirname, '../..');
const words = (lang: string) =>
  JSON.parse(readFileSync(path.join(ROOT, 'locales', lang, 'workshop.json'), 'utf8')) as WordTree;

describe('workshop mode', () => {
  it('has the four scenarios of the brief, each stepping to the helper\'s guidance and ending with "get help now"', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual(['private', 'stranger', 'meanComment', 'sharedPhoto']);
    for (const scenario of SCENARIOS) {
      expect(
        scenario.steps.some((s) => s.helper.kind === 'topic'),
        scenario.id,
      ).toBe(true);
      expect(scenario.steps.at(-1)!.helper.kind, scenario.id).toBe('help');
    }
    expect(ALL_STEPS).toHaveLength(SCENARIOS.reduce((n, s) => n + s.steps.length, 0));
    for (const { step } of ALL_STEPS)
      if (step.helper.kind === 'help' && step.helper.situation) expect(SITUATION_IDS).toContain(step.helper.situation);
  });

  it('has a caption and a script for every step in English, and no words for steps that do not exist', () => {
    const en = flattenWords(words('en'));
    const used = new Set(
      ALL_STEPS.flatMap(({ scenario, step }) =>
        ['caption', 'script'].map((k) => `scenarios.${scenario.id}.steps.${step.id}.${k}`),
      ),
    );
    for (const key of used) expect(en.has(key), key).toBe(true);
    expect([...en.keys()].filter((k) => k.startsWith('scenarios.') && k.includes('.steps.') && !used.has(k))).toEqual(
      [],
    );
  });

  it('offers every platform that can show a scenario, Instagram first, and each only the scenarios it has the guides for', () => {
    const offered = workshopPlatforms(PLATFORMS).map((p) => p.id);
    expect(offered[0]).toBe('instagram');
    expect(offered.length).toBeGreaterThanOrEqual(10);
    const shows = (id: string) => scenariosFor(PLATFORMS.find((p) => p.id === id)!.guides).map((s) => s.id);
    expect(shows('instagram')).toEqual(['private', 'stranger', 'meanComment', 'sharedPhoto']);
    // A chat app has no comments or posts to report, and no private account to switch on.
    for (const chat of ['messenger', 'whatsapp', 'discord', 'telegram'])
      expect(shows(chat), chat).toEqual(['stranger']);
    expect(shows('facebook')).not.toContain('meanComment');
    expect(shows('tiktok')).not.toContain('meanComment');
    expect(shows('twitch')).not.toContain('meanComment');
  });

  // Every step of every scenario on every site: the helper shows exactly the guide the caption names.
  const STEPS_BY_SITE = workshopPlatforms(PLATFORMS).flatMap((platform) =>
    ALL_STEPS.map(
      ({ scenario, step }) => [platform.id, `${scenario.id}/${step.id}`, platform, scenario, step] as const,
    ),
  );
  it.each(STEPS_BY_SITE)('%s, %s: the helper shows what the caption says, or the step is not offered', (...args) => {
    const [, , platform, scenario, step] = args;
    const offered = stepsFor(platform.guides).some((s) => s.step === step);
    if (step.helper.kind !== 'topic') {
      expect(offered).toBe(scenariosFor(platform.guides).includes(scenario));
      return;
    }
    const shown = guideFor(platform.guides, step.helper);
    if (!offered) {
      // Left out only because the site lacks one of the scenario's guides.
      expect(
        scenario.steps.some((s) => s.helper.kind === 'topic' && guideFor(platform.guides, s.helper) === undefined),
      ).toBe(true);
      return;
    }
    expect(shown).toBe(step.helper.guide);
    expect(platform.guides.find((g) => g.id === shown)?.topic).toBe(step.helper.topic);
    // The caption's words name the same thing as the guide: "report the comment" beside reportComment.
    const caption = String(flattenWords(words('en')).get(`scenarios.${scenario.id}.steps.${step.id}.caption`));
    const thing = {
      makePrivate: 'steps',
      blockAccount: 'block the account',
      reportMessage: 'report the message',
      reportComment: 'report the comment',
      reportPost: 'report the post',
    }[step.helper.guide];
    expect(caption).toContain(thing);
  });

  it('picks only the very guide a step names', () => {
    const instagram = PLATFORMS.find((p) => p.id === 'instagram')!;
    const messenger = PLATFORMS.find((p) => p.id === 'messenger')!;
    expect(guideFor(instagram.guides, { kind: 'topic', topic: 'report', guide: 'reportComment' })).toBe(
      'reportComment',
    );
    expect(guideFor(messenger.guides, { kind: 'topic', topic: 'report', guide: 'reportComment' })).toBeUndefined();
    expect(guideFor(instagram.guides, { kind: 'closed' })).toBeUndefined();
  });

  it.each(LANGUAGE_CODES.filter((c) => c !== 'en'))(
    'exists in %s with exactly the English keys and placeholders, translated',
    (lang) => {
      expect(existsSync(path.join(ROOT, 'locales', lang, 'workshop.json')), `locales/${lang}/workshop.json`).toBe(true);
      const en = flattenWords(words('en'));
      const theirs = flattenWords(words(lang));
      expect([...theirs.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        expect(theirs.get(key)!.trim(), key).not.toBe('');
        expect(placeholders(theirs.get(key)!), key).toEqual(placeholders(text));
        if (text.split(/\s+/).length >= 4) expect(theirs.get(key), `${lang} ${key} is still English`).not.toBe(text);
      }
    },
  );
});
