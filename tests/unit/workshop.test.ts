import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_STEPS, SCENARIOS, guideFor, workshopPlatforms } from '@/lib/workshop/scenarios';
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

  it('offers the platforms with web steps for every guide the scenarios show, Instagram first', () => {
    const offered = workshopPlatforms(PLATFORMS).map((p) => p.id);
    expect(offered[0]).toBe('instagram');
    // Snapchat's web has no privacy steps and YouTube no steps to block: they cannot show every scenario.
    expect(offered).not.toContain('snapchat');
    expect(offered).not.toContain('youtube');
    expect(offered.length).toBeGreaterThanOrEqual(10);
  });

  it.each(workshopPlatforms(PLATFORMS).map((p) => [p.id, p] as const))(
    'points at a real guide of %s for every step that shows one',
    (_id, platform) => {
      for (const { scenario, step } of ALL_STEPS) {
        if (step.helper.kind !== 'topic') continue;
        const id = guideFor(platform.guides, step.helper);
        const guide = platform.guides.find((g) => g.id === id);
        expect(guide?.topic, `${scenario.id}/${step.id}`).toBe(step.helper.topic);
      }
    },
  );

  it('picks the guide about what the step shows when the platform has one', () => {
    const instagram = PLATFORMS.find((p) => p.id === 'instagram')!;
    expect(guideFor(instagram.guides, { kind: 'topic', topic: 'report', about: 'message' })).toBe('reportMessage');
    expect(guideFor(instagram.guides, { kind: 'topic', topic: 'report', about: 'comment' })).toBe('reportComment');
    expect(guideFor(instagram.guides, { kind: 'topic', topic: 'report', about: 'post' })).toBe('reportPost');
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
