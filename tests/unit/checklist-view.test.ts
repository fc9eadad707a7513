import { describe, expect, it } from 'vitest';
import { h, render as preactRender } from 'preact';
import { Checklist } from '@/components/Checklist';
import { buildChecklistView, buildCheckView, buildItemView } from '@/lib/checklist-view';
import { createI18n, loadPlatformWords, translator } from '@/lib/i18n';
import { LANGUAGES } from '@/lib/languages';
import type { Platform } from '@/lib/platforms/types';
import { PLATFORMS } from '@/lib/platforms/registry';

const source = { url: 'https://help.example.com/a', checked: '2026-11-23', status: 'official' as const };
const unconfirmed = { ...source, status: 'unconfirmed' as const };

const example: Platform = {
  id: 'example',
  name: 'Example',
  hostnames: ['www.example.com'],
  matches: ['*://www.example.com/*'],
  minimumAge: { years: null, source },
  settingsPages: { privacy: 'https://www.example.com/settings/privacy' },
  pages: [],
  guides: [
    {
      id: 'makePrivate',
      topic: 'privacy',
      steps: ['open', 'turnOn'],
      after: false,
      settingsPage: 'privacy',
      source: unconfirmed,
    },
  ],
  checklist: [
    { id: 'privateAccount', audience: 'kids', guide: 'makePrivate', source },
    { id: 'twoStep', audience: 'kids', steps: ['one'], source },
    { id: 'ownItem', audience: 'kids', steps: ['one'], source: unconfirmed },
    { id: 'minimumAge', audience: 'parents', source },
    { id: 'talk', audience: 'parents', starters: ['a', 'b'], source },
  ],
};

/** Shows the key it was asked for (the first that "exists"), so the test sees which words are used. */
function fakeT(existing: Set<string>) {
  return (key: string | string[], vars?: Record<string, string | number>) => {
    const keys = Array.isArray(key) ? key : [key];
    const found = keys.find((k) => existing.has(k)) ?? keys[keys.length - 1]!;
    return vars ? `${found}${JSON.stringify(vars)}` : found;
  };
}

describe('the checklist view', () => {
  it('uses the shared title and why, unless the platform words the item its own way', () => {
    const t = fakeT(new Set(['example:checklist.twoStep.title']));
    const view = buildChecklistView(example, t, LANGUAGES.en);
    expect(view.kids.map((i) => i.title)).toEqual([
      expect.stringMatching(/^checklist:kids\.privateAccount\.title/),
      expect.stringMatching(/^example:checklist\.twoStep\.title/),
      expect.stringMatching(/^example:checklist\.ownItem\.title/),
    ]);
    expect(view.kids[0]!.why).toMatch(/^checklist:kids\.privateAccount\.why/);
  });

  it('says "no minimum age" when the platform sets none, and a talk item has its starters', () => {
    const view = buildChecklistView(example, fakeT(new Set()), LANGUAGES.en);
    expect(view.parents[0]!.title).toMatch(/^checklist:parents\.minimumAge\.titleNone/);
    expect(view.parents[0]!.why).toBe('example:checklist.minimumAge.why');
    expect(view.parents[1]!.starters).toEqual([
      'example:checklist.talk.starters.a',
      'example:checklist.talk.starters.b',
    ]);
  });

  it("takes the steps, settings page and source from the item's guide, or from the item itself", () => {
    const t = fakeT(new Set());
    const fromGuide = buildItemView(example, example.checklist[0]!, t, LANGUAGES.en);
    expect(fromGuide.steps).toEqual([
      'example:guides.makePrivate.steps.open',
      'example:guides.makePrivate.steps.turnOn',
    ]);
    expect(fromGuide.settingsUrl).toBe('https://www.example.com/settings/privacy');
    expect(fromGuide.mayDiffer).toBeDefined();
    const own = buildItemView(example, example.checklist[1]!, t, LANGUAGES.en);
    expect(own.steps).toEqual(['example:checklist.twoStep.steps.one']);
    expect(own.settingsUrl).toBeUndefined();
    expect(own.mayDiffer).toBeUndefined();
  });

  it('shows both guides of an item that has two, each under its title, with its own source', () => {
    const twoGuides: Platform = {
      ...example,
      guides: [
        { id: 'blockAccount', topic: 'block', steps: ['open', 'block'], after: false, source },
        { id: 'reportAccount', topic: 'report', steps: ['open', 'report', 'why'], after: false, source: unconfirmed },
      ],
      checklist: [
        { id: 'knowBlockReport', audience: 'kids', guide: 'blockAccount', alsoGuide: 'reportAccount', source },
      ],
    };
    const t = fakeT(new Set());
    const item = buildItemView(twoGuides, twoGuides.checklist[0]!, t, LANGUAGES.en);
    expect(item.stepsTitle).toBe('example:guides.blockAccount.title');
    expect(item.steps).toEqual(['example:guides.blockAccount.steps.open', 'example:guides.blockAccount.steps.block']);
    expect(item.also).toEqual({
      title: 'example:guides.reportAccount.title',
      steps: [
        'example:guides.reportAccount.steps.open',
        'example:guides.reportAccount.steps.report',
        'example:guides.reportAccount.steps.why',
      ],
      sourceUrl: source.url,
      sourceLabel: expect.stringMatching(/^ui:guide\.officialHelp/),
      checkedLabel: expect.stringMatching(/^ui:guide\.checked/),
      mayDiffer: expect.stringMatching(/^ui:guide\.mayDiffer/),
    });
    // The privacy check shows the same two parts.
    const [step] = buildCheckView(twoGuides, t, LANGUAGES.en).items;
    expect(step!.stepsTitle).toBe(item.stepsTitle);
    expect(step!.also).toEqual(item.also);
    // One guide: no titles over the steps, nothing more.
    const one = buildItemView(example, example.checklist[0]!, t, LANGUAGES.en);
    expect(one.stepsTitle).toBeUndefined();
    expect(one.also).toBeUndefined();
  });

  it.each(PLATFORMS.map((p) => p.id))(
    '%s: an item that says "block and report" shows how to block and how to report',
    async (id) => {
      const platform = PLATFORMS.find((p) => p.id === id)!;
      const i18n = await createI18n('en');
      await loadPlatformWords(i18n, 'en', id);
      const t = translator(i18n, 'en');
      for (const item of platform.checklist.filter((i) => i.audience === 'kids' && i.guide)) {
        const view = buildItemView(platform, item, t, LANGUAGES.en);
        const topics = [item.guide, item.alsoGuide].map((g) => platform.guides.find((x) => x.id === g)?.topic);
        if (/\bblock\b/i.test(view.title)) expect(topics, `${id}: ${view.title}`).toContain('block');
        if (/\breport\b/i.test(view.title)) expect(topics, `${id}: ${view.title}`).toContain('report');
      }
    },
  );

  it("says when an item was done, in the reader's language", () => {
    const view = buildChecklistView(example, fakeT(new Set()), LANGUAGES.en, {
      twoStep: { doneAt: '2026-03-04T10:00:00.000Z' },
    });
    expect(view.kids[1]!.doneLabel).toContain('March 4, 2026');
    expect(view.kids[0]!.doneLabel).toBeUndefined();
  });

  it("the privacy check goes through the kids' items not yet done, and only those", () => {
    const check = buildCheckView(example, fakeT(new Set()), LANGUAGES.en, {
      privateAccount: { doneAt: '2026-01-01T00:00:00Z' },
    });
    expect(check.items.map((i) => i.id)).toEqual(['twoStep', 'ownItem']);
    expect(check.items.map((i) => i.position)).toEqual([
      'ui:check.position{"current":1,"total":2}',
      'ui:check.position{"current":2,"total":2}',
    ]);
    const all = { privateAccount: { doneAt: 'x' }, twoStep: { doneAt: 'x' }, ownItem: { doneAt: 'x' } };
    expect(buildCheckView(example, fakeT(new Set()), LANGUAGES.en, all).items).toEqual([]);
  });

  it.each(PLATFORMS.map((p) => p.id))('%s: every item has real words in Arabic, none a bare key', async (id) => {
    const platform = PLATFORMS.find((p) => p.id === id)!;
    const i18n = await createI18n('ar');
    await loadPlatformWords(i18n, 'ar', id);
    const view = buildChecklistView(platform, translator(i18n, 'ar'), LANGUAGES.ar);
    // A key missing everywhere comes back as itself, without its namespace ("checklist.x.title").
    const texts: string[] = [];
    JSON.parse(JSON.stringify(view), (_key, value: unknown) => {
      if (typeof value === 'string') texts.push(value);
      return value;
    });
    expect(texts.filter((t) => /^[a-z][\w-]*(?::[\w-]+)?(?:\.[\w-]+)+$/i.test(t) || t.includes('{{'))).toEqual([]);
    // In Arabic, not the English fallback: every sentence a person reads has Arabic letters.
    for (const item of [...view.kids, ...view.parents]) {
      for (const t of [item.title, item.why, item.sourceLabel, item.checkedLabel, ...item.steps, ...item.starters]) {
        expect(t, `${id}: ${item.id}`).toMatch(/[\u0600-\u06FF]/);
      }
    }
    expect(view.kids.length).toBeGreaterThan(0);
  });
});

describe('the checklist as the popup and dashboard show it', () => {
  it('links only to https pages: an address that is anything else shows as plain words', () => {
    const hostile: Platform = {
      ...example,
      settingsPages: { privacy: 'javascript:alert(1)' },
      checklist: [
        {
          id: 'privateAccount',
          audience: 'kids',
          guide: 'makePrivate',
          source: { ...source, url: 'data:text/html,x' },
        },
      ],
      guides: example.guides.map((g) => ({ ...g, source: { ...unconfirmed, url: 'javascript:alert(2)' } })),
    };
    const render = (platform: Platform) => {
      const root = document.createElement('div');
      preactRender(
        h(Checklist, {
          platform,
          progress: {},
          t: fakeT(new Set()),
          language: LANGUAGES.en,
          onToggle: () => undefined,
        }),
        root,
      );
      return root;
    };
    const good = render(example);
    expect([...good.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('https://help.example.com/a');
    const bad = render(hostile);
    expect(bad.querySelector('[data-audience="kids"] li')).not.toBeNull();
    expect([...bad.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([]);
    // The words stay: where the steps come from is still said.
    const label = buildChecklistView(hostile, fakeT(new Set()), LANGUAGES.en).kids[0]!.sourceLabel;
    expect(label).not.toBe('');
    expect(bad.textContent).toContain(label);
  });
});
