import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLICY_FIELD_NAMES, applyPolicy, parsePolicy, readEffective, readManagedPolicy } from '@/lib/managed';
import { DEFAULT_PROMPTS, DEFAULT_SETTINGS, ROLES, promptsItem, settingsItem } from '@/lib/storage';
import { LANGUAGE_CODES } from '@/lib/languages';
import { EXAMPLE_SETTINGS, EXAMPLE_XPI_URL, FIREFOX_ID, chromiumPolicy, firefoxPolicy } from '@/lib/policy-examples';

const LOCAL = {
  ...DEFAULT_SETTINGS,
  language: 'de' as const,
  country: 'DE',
  role: 'parent' as const,
  platforms: ['reddit'],
  helper: { minimized: true, offSites: ['x'] },
  setupDone: true,
};
const PROMPTS = { everyDays: 30, offSites: ['tiktok'], log: { tiktok: { lastShown: '2026-11-20T10:00:00.000Z' } } };

describe("an administrator's policy (managed storage)", () => {
  it('takes every valid field and ignores, one by one, those it cannot use', () => {
    expect(parsePolicy({ language: 'ar', role: 'child', platforms: ['instagram'], promptEveryDays: 0 })).toEqual({
      policy: { language: 'ar', role: 'child', platforms: ['instagram'], promptEveryDays: 0 },
      ignored: [],
    });
    const parsed = parsePolicy({
      language: 'klingon',
      country: 'fr',
      role: 'admin',
      platforms: 'instagram',
      promptEveryDays: 7.5,
      helperOffSites: ['tiktok'],
      surprise: true,
    });
    expect(parsed.policy).toEqual({ helperOffSites: ['tiktok'] });
    expect(parsed.ignored.sort()).toEqual(['country', 'language', 'platforms', 'promptEveryDays', 'role', 'surprise']);
  });

  it.each([null, undefined, 'fr', 42, [], [{ language: 'fr' }]])('reads %j as no policy', (raw) => {
    expect(parsePolicy(raw)).toEqual({ policy: {}, ignored: [] });
  });

  it('never follows a __proto__ key', () => {
    const parsed = parsePolicy(JSON.parse('{"__proto__": {"role": "educator"}, "language": "fr"}'));
    expect(parsed.policy).toEqual({ language: 'fr' });
    expect(Object.getPrototypeOf(parsed.policy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['role']).toBeUndefined();
  });

  it('is none when the browser has none (Firefox rejects the read)', async () => {
    expect(await readManagedPolicy(() => Promise.reject(new Error('Managed storage manifest not found')))).toEqual({
      policy: {},
      ignored: [],
    });
    expect(await readManagedPolicy(() => Promise.resolve({}))).toEqual({ policy: {}, ignored: [] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await readManagedPolicy(() => Promise.resolve({ role: 'x' }))).ignored).toEqual(['role']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it("overrides the local settings it names and locks them; the others stay the family's", () => {
    const { settings, prompts, locked } = applyPolicy(LOCAL, PROMPTS, {
      language: 'fr',
      role: 'educator',
      helperOffSites: [],
      promptEveryDays: 7,
    });
    expect(settings).toEqual({ ...LOCAL, language: 'fr', role: 'educator', helper: { minimized: true, offSites: [] } });
    expect(prompts).toEqual({ ...PROMPTS, everyDays: 7 });
    expect([...locked].sort()).toEqual(['helperOffSites', 'language', 'promptEveryDays', 'role']);
    // The local values are not touched: removing the policy gives them back.
    expect(LOCAL.helper.offSites).toEqual(['x']);
  });

  it('changes nothing and locks nothing without a policy', () => {
    const effective = applyPolicy(LOCAL, PROMPTS, {});
    expect(effective.settings).toEqual(LOCAL);
    expect(effective.prompts).toEqual(PROMPTS);
    expect(effective.locked.size).toBe(0);
  });

  it('covers every field a policy can set', () => {
    const all = parsePolicy({
      language: 'ur',
      country: 'PK',
      role: 'child',
      platforms: ['youtube'],
      helperOffSites: ['reddit'],
      promptEveryDays: 14,
      promptOffSites: ['x'],
    });
    expect(all.ignored).toEqual([]);
    const { settings, prompts, locked } = applyPolicy(DEFAULT_SETTINGS, DEFAULT_PROMPTS, all.policy);
    expect(locked.size).toBe(POLICY_FIELD_NAMES.length);
    expect(settings).toMatchObject({
      language: 'ur',
      country: 'PK',
      role: 'child',
      platforms: ['youtube'],
      helper: { offSites: ['reddit'] },
    });
    expect(prompts).toMatchObject({ everyDays: 14, offSites: ['x'] });
  });
});

describe('the settings in effect', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are the stored settings with the managed ones on top', async () => {
    await settingsItem.set(LOCAL);
    await promptsItem.set(PROMPTS);
    // The fake's type says get() resolves to nothing; a real one resolves to the policy's values.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ role: 'child', promptOffSites: [] } as never);
    const effective = await readEffective();
    expect(effective.settings.role).toBe('child');
    expect(effective.settings.language).toBe('de');
    expect(effective.prompts.offSites).toEqual([]);
    expect([...effective.locked].sort()).toEqual(['promptOffSites', 'role']);
    // Stored values are the family's own, unchanged.
    expect((await settingsItem.get()).role).toBe('parent');
  });
});

describe('the managed-storage schema for Chrome and Edge', () => {
  const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as {
    type: string;
    properties: Record<string, { type: string; enum?: string[]; items?: { type: string } }>;
  };

  it("declares exactly the fields the extension reads, with Chrome's rules (object at the top, one type each)", () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema).sort()).toEqual(['properties', 'type']);
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_FIELD_NAMES].sort());
    for (const property of Object.values(schema.properties)) expect(typeof property.type).toBe('string');
    expect(schema.properties['language']!.enum).toEqual([...LANGUAGE_CODES]);
    expect(schema.properties['role']!.enum).toEqual([...ROLES]);
  });

  it('shows examples that parse without a single ignored field, in the dashboard and in the docs alike', () => {
    expect(parsePolicy(EXAMPLE_SETTINGS).ignored).toEqual([]);
    const docs = readFileSync('docs/browser-policy.md', 'utf8');
    expect(docs).toContain(JSON.stringify(chromiumPolicy('<extension id>'), null, 2));
    expect(docs).toContain(JSON.stringify(firefoxPolicy(FIREFOX_ID, EXAMPLE_XPI_URL), null, 2));
  });
});

describe('waiting for the policy', () => {
  it('gives up after a while in the pages, and goes on without one', async () => {
    vi.useFakeTimers();
    const never = new Promise<unknown>(() => undefined);
    const read = readManagedPolicy(() => never, 250);
    await vi.advanceTimersByTimeAsync(250);
    expect(await read).toEqual({ policy: {}, ignored: [] });
    vi.useRealTimers();
  });

  it('is kept by the background once it arrives, and a change is announced once', async () => {
    const { PolicyCache } = await import('@/lib/managed');
    let value: unknown = {};
    const changed = vi.fn();
    const cache = new PolicyCache(changed, () => Promise.resolve(value));
    expect(cache.current()).toEqual({});
    await cache.load();
    expect(changed).not.toHaveBeenCalled();
    value = { role: 'educator', bogus: 1 };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await cache.load();
    await cache.load();
    expect(cache.current()).toEqual({ role: 'educator' });
    expect(changed).toHaveBeenCalledOnce();
  });
});
