import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_PROMPTS,
  DEFAULT_SETTINGS,
  hasUnseenQuarantine,
  markQuarantineSeen,
  migrateSettingsV1toV2,
  migrateSettingsV2toV3,
  NO_PIN,
  type PinState,
  pinItem,
  progressItem,
  promptsItem,
  readQuarantine,
  repairValue,
  resetEverything,
  restoreEverything,
  settingsItem,
  settingsSchema,
} from '@/lib/storage';

const local = () => fakeBrowser.storage.local;

/**
 * Runs `job` with a Web Lock manager that every copy of the module shares, as the extension's
 * pages and background share the browser's (happy-dom has none). Returns the names requested.
 */
async function withSharedLocks(job: () => Promise<void>): Promise<string[]> {
  const names: string[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  const locks = {
    request: (name: string, task: () => Promise<unknown>) => {
      names.push(name);
      const run = chain.then(task);
      chain = run.catch(() => undefined);
      return run;
    },
  };
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  try {
    await job();
  } finally {
    Object.defineProperty(navigator, 'locks', { value: null, configurable: true });
  }
  return names;
}

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the protective defaults on a fresh install, without a notice', async () => {
    expect(await settingsItem.get()).toEqual(DEFAULT_SETTINGS);
    expect(await hasUnseenQuarantine()).toBe(false);
  });

  it('stores and reads back a valid value', async () => {
    const value = {
      ...DEFAULT_SETTINGS,
      language: 'ar',
      country: 'FR',
      role: 'child',
      platforms: ['tiktok'],
      helper: { minimized: true, offSites: ['x'] },
      setupDone: true,
    } as const;
    await settingsItem.set({
      ...value,
      platforms: [...value.platforms],
      helper: { ...value.helper, offSites: [...value.helper.offSites] },
    });
    expect(await settingsItem.get()).toEqual(value);
  });

  it('refuses to store an invalid value', async () => {
    // @ts-expect-error the wrong shape on purpose
    await expect(settingsItem.set({ language: 'xx' })).rejects.toThrow();
  });

  it('keeps the valid fields of a damaged value, sets the rest aside and raises a notice', async () => {
    const damaged = {
      language: 'klingon',
      country: 'FR',
      role: 'child',
      platforms: ['tiktok', 7, 'reddit'],
      helper: { minimized: 'yes', offSites: ['x'] },
      extra: 1,
    };
    await local().set({ settings: damaged, settings$: { v: 3 } });
    const settings = await settingsItem.get();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      country: 'FR',
      role: 'child',
      platforms: ['tiktok', 'reddit'],
      helper: { minimized: false, offSites: ['x'] },
    });
    const kept = await readQuarantine();
    expect(kept).toHaveLength(1);
    expect(kept[0]!.key).toBe('local:settings');
    expect(kept[0]!.value).toEqual(damaged);
    expect(await hasUnseenQuarantine()).toBe(true);
    // The repaired value is stored, so the next read is clean and adds nothing more.
    expect(await settingsItem.get()).toEqual(settings);
    expect(await readQuarantine()).toHaveLength(1);
  });

  it.each([
    ['a string', 'not settings'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['an empty object', {}],
    ['a __proto__ key', JSON.parse('{"__proto__": {"language": "ar"}, "language": "xx"}')],
    ['a huge array', { language: Array.from({ length: 10000 }, () => 'ar') }],
  ])('survives %s in storage: defaults, with the original kept aside', async (_label, value) => {
    await local().set({ settings: value, settings$: { v: 3 } });
    const settings = await settingsItem.get();
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    // Nothing taken from the damage (the __proto__ case's inherited "ar" included): the defaults.
    expect(settings).toEqual(DEFAULT_SETTINGS);
    const kept = await readQuarantine();
    expect(kept.at(-1)!.value).toEqual(value);
    expect(({} as Record<string, unknown>)['language']).toBeUndefined();
  });

  it('keeps aside a value saved by a newer version and says so', async () => {
    await local().set({
      settings: { language: 'fr', country: 'FR', helper: { minimized: false }, future: true },
      settings$: { v: 9 },
    });
    const settings = await settingsItem.get();
    expect(settings.language).toBe('fr');
    expect((await readQuarantine())[0]!.reason).toMatch(/newer version \(v9\)/);
  });

  it('clears the notice when seen, but keeps what was set aside', async () => {
    await local().set({ settings: 'garbage', settings$: { v: 3 } });
    await settingsItem.get();
    await markQuarantineSeen();
    expect(await hasUnseenQuarantine()).toBe(false);
    expect(await readQuarantine()).toHaveLength(1);
  });

  it('keeps a damaged value aside once when several readers find it at the same moment', async () => {
    // The popup's parts and the background all read the settings as the popup opens.
    await local().set({ settings: { language: 'klingon', country: 'FR' }, settings$: { v: 3 } });
    const reads = await Promise.all([settingsItem.get(), settingsItem.get(), settingsItem.get()]);
    expect(new Set(reads.map((r) => r.country))).toEqual(new Set(['FR']));
    expect(await readQuarantine()).toHaveLength(1);
  });

  it('keeps a damaged value aside once when another copy of the code repaired it first', async () => {
    // Another extension page (or the background) has its own copy of this module: no shared
    // memory, only storage. Here the first reader is held just after it found the damage, while
    // the other one keeps it aside and repairs it; then the first goes on.
    vi.resetModules();
    const other = await import('@/lib/storage');
    const damaged = { language: 'klingon', country: 'FR' };
    await local().set({ settings: damaged, settings$: { v: 3 } });
    // The fake's overloads do not admit a plain key, which is what WXT passes.
    const realGet = local().get.bind(local()) as (keys: unknown) => Promise<Record<string, unknown>>;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const atGate = new Promise<void>((resolve) => (reached = resolve));
    let first = true;
    const spy = vi.spyOn(local(), 'get').mockImplementation(async (keys) => {
      if (first && keys === 'settings$') {
        first = false;
        reached();
        await held;
      }
      return realGet(keys);
    });
    try {
      const slow = settingsItem.get();
      await atGate;
      const fast = other.settingsItem.get();
      // The other copy gets as far as it can while the first is held.
      await Promise.race([fast, new Promise((resolve) => setTimeout(resolve, 50))]);
      release();
      await Promise.all([slow, fast]);
    } finally {
      spy.mockRestore();
    }
    const kept = await readQuarantine();
    expect(kept).toHaveLength(1);
    expect(kept[0]!.value).toEqual(damaged);
    expect((await settingsItem.get()).country).toBe('FR');
  });

  it('repairs through the Web Lock that the extension pages and the background share', async () => {
    const names = await withSharedLocks(async () => {
      vi.resetModules();
      const other = await import('@/lib/storage');
      await local().set({ settings: 'garbage', settings$: { v: 3 } });
      const reads = await Promise.all([settingsItem.get(), other.settingsItem.get(), settingsItem.get()]);
      expect(reads).toEqual([DEFAULT_SETTINGS, DEFAULT_SETTINGS, DEFAULT_SETTINGS]);
      await other.markQuarantineSeen();
    });
    expect(new Set(names)).toEqual(new Set(['make-it-safe:storage']));
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(await readQuarantine()).toMatchObject([{ key: 'local:settings', value: 'garbage', seen: true }]);
  });

  it('keeps the same damage aside again once the notice about it was seen', async () => {
    await local().set({ settings: 'garbage', settings$: { v: 3 } });
    await settingsItem.get();
    await markQuarantineSeen();
    await local().set({ settings: 'garbage' });
    await settingsItem.get();
    expect((await readQuarantine()).map((e) => e.seen)).toEqual([true, false]);
  });

  it('does not lose an unreadable quarantine list either', async () => {
    await local().set({ quarantine: { not: 'a list' } });
    const entries = await readQuarantine();
    expect(entries[0]!.value).toEqual({ not: 'a list' });
  });
});

describe('settings migration v1 to v2', () => {
  it('turns the pre-release shape into the current one', () => {
    expect(migrateSettingsV1toV2({ lang: 'fr-BE', minimized: true })).toEqual({
      language: 'fr',
      country: 'auto',
      helper: { minimized: true },
    });
    expect(migrateSettingsV1toV2({ lang: 'xx' })).toEqual({
      language: 'auto',
      country: 'auto',
      helper: { minimized: false },
    });
    expect(migrateSettingsV1toV2({})).toEqual({ language: 'auto', country: 'auto', helper: { minimized: false } });
  });

  it('hands on a value that is not a v1 shape for validation to keep aside', () => {
    expect(migrateSettingsV1toV2('junk')).toBe('junk');
  });
});

describe('settings migration v2 to v3', () => {
  it("adds the role, the family's sites, the helper's per-site switch, and a first run not yet done", () => {
    expect(migrateSettingsV2toV3({ language: 'ar', country: 'MA', helper: { minimized: true } })).toEqual({
      language: 'ar',
      country: 'MA',
      role: 'parent',
      platforms: [],
      helper: { minimized: true, offSites: [] },
      setupDone: false,
    });
    expect(
      settingsSchema.safeParse(
        migrateSettingsV2toV3({ language: 'auto', country: 'auto', helper: { minimized: false } }),
      ).success,
    ).toBe(true);
    expect(migrateSettingsV2toV3(17)).toBe(17);
  });
});

describe('settings migration through storage (update from v1)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates a stored v1 value when the item is defined, once', async () => {
    await local().set({ settings: { lang: 'ur', minimized: true } });
    // Defining the item again, as a newly updated extension does, runs the migration.
    vi.resetModules();
    const { settingsItem: fresh, readQuarantine: freshQuarantine } = await import('@/lib/storage');
    expect(await fresh.get()).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'ur',
      helper: { minimized: true, offSites: [] },
    });
    const raw = await local().get(['settings$']);
    expect(raw['settings$']).toEqual({ v: 3 });
    expect(await freshQuarantine()).toEqual([]);
  });
});

describe('progress', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers when an item was done', async () => {
    const doneAt = '2026-11-23T10:00:00.000Z';
    await progressItem.set({ instagram: { privateAccount: { doneAt } } });
    expect(await progressItem.get()).toEqual({ instagram: { privateAccount: { doneAt } } });
  });

  it('repairs damaged progress entry by entry, keeping every valid tick, and keeps the original aside', async () => {
    const doneAt = '2026-11-23T10:00:00.000Z';
    const damaged = {
      instagram: { privateAccount: { doneAt: 'yesterday' }, hideLikes: { doneAt } },
      tiktok: { privateAccount: { doneAt } },
      'Bad Key': {},
      youtube: 'x',
    };
    await local().set({ progress: damaged });
    expect(await progressItem.get()).toEqual({
      instagram: { hideLikes: { doneAt } },
      tiktok: { privateAccount: { doneAt } },
      youtube: {},
    });
    const kept = await readQuarantine();
    expect(kept[0]!.key).toBe('local:progress');
    expect(kept[0]!.value).toEqual(damaged);
  });
});

describe('changes from several pages at once', () => {
  beforeEach(() => fakeBrowser.reset());
  const doneAt = '2026-11-24T10:00:00.000Z';
  const tick = (platform: string, item: string) => (p: Record<string, Record<string, { doneAt: string }>>) => ({
    ...p,
    [platform]: { ...p[platform], [item]: { doneAt } },
  });

  it('keeps both of two ticks made at the same moment by the helper and the dashboard', async () => {
    // Each has its own copy of the module; only the browser's lock is shared.
    await withSharedLocks(async () => {
      vi.resetModules();
      const dashboard = await import('@/lib/storage');
      await Promise.all([
        progressItem.update(tick('instagram', 'privateAccount')),
        dashboard.progressItem.update(tick('instagram', 'hideLikes')),
        progressItem.update(tick('tiktok', 'privateAccount')),
      ]);
    });
    expect(await progressItem.get()).toEqual({
      instagram: { privateAccount: { doneAt }, hideLikes: { doneAt } },
      tiktok: { privateAccount: { doneAt } },
    });
  });

  it('counts every wrong PIN entered at the same moment on several pages', async () => {
    await withSharedLocks(async () => {
      vi.resetModules();
      const other = await import('@/lib/storage');
      const wrong = (state: PinState): PinState => ({
        ...state,
        lock: { ...state.lock, failures: state.lock.failures + 1 },
      });
      await Promise.all([pinItem.update(wrong), other.pinItem.update(wrong), other.pinItem.update(wrong)]);
    });
    expect((await pinItem.get()).lock.failures).toBe(3);
  });
});

describe('a change that changes nothing', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes nothing, so no page is told of a change', async () => {
    await promptsItem.set(DEFAULT_PROMPTS);
    const told = vi.fn();
    const stop = promptsItem.watch(told);
    const set = vi.spyOn(local(), 'set');
    expect(await promptsItem.update((p) => p)).toEqual(DEFAULT_PROMPTS);
    expect(set).not.toHaveBeenCalled();
    await promptsItem.update((p) => ({ ...p, everyDays: 3 }));
    expect(set).toHaveBeenCalled();
    await vi.waitFor(() => expect(told).toHaveBeenCalledTimes(1));
    set.mockRestore();
    stop();
  });
});

describe('repairValue', () => {
  it('never follows inherited keys', () => {
    const raw = Object.create({ language: 'ar' }) as Record<string, unknown>;
    expect(repairValue(settingsSchema, raw, DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('reset everything', () => {
  beforeEach(() => fakeBrowser.reset());

  it('brings back every default, removes the PIN and deletes what was kept aside', async () => {
    await local().set({ settings: 'garbage', settings$: { v: 3 } });
    await settingsItem.get();
    expect(await readQuarantine()).toHaveLength(1);
    await progressItem.set({ instagram: { privateAccount: { doneAt: '2026-11-01T10:00:00.000Z' } } });
    await resetEverything();
    expect(await settingsItem.get()).toEqual(DEFAULT_SETTINGS);
    expect(await progressItem.get()).toEqual({});
    expect(await promptsItem.get()).toEqual(DEFAULT_PROMPTS);
    expect(await pinItem.get()).toEqual(NO_PIN);
    expect(await readQuarantine()).toEqual([]);
    expect(await hasUnseenQuarantine()).toBe(false);
  });

  it('is one storage write, so no page sees half of it', async () => {
    const changes: string[][] = [];
    const listener = (c: Record<string, unknown>) => void changes.push(Object.keys(c).sort());
    fakeBrowser.storage.local.onChanged.addListener(listener);
    await progressItem.set({ instagram: { privateAccount: { doneAt: '2026-11-01T10:00:00.000Z' } } });
    changes.length = 0;
    await resetEverything();
    fakeBrowser.storage.local.onChanged.removeListener(listener);
    // With each value's version mark, in the same write.
    expect(changes).toEqual([
      ['pin', 'pin$', 'progress', 'progress$', 'prompts', 'prompts$', 'quarantine', 'settings', 'settings$'],
    ]);
  });
});

describe('a read that fails', () => {
  beforeEach(() => fakeBrowser.reset());
  const doneAt = '2026-11-01T10:00:00.000Z';

  it('is not taken for "nothing stored": a change made meanwhile fails and what is stored stays', async () => {
    const saved = { instagram: { privateAccount: { doneAt } }, tiktok: { privateAccount: { doneAt } } };
    await progressItem.set(saved);
    const record = {
      algorithm: 'PBKDF2-SHA-256' as const,
      iterations: 600_000,
      salt: `${'A'.repeat(22)}==`,
      hash: `${'B'.repeat(43)}=`,
    };
    await pinItem.set({ record, lock: NO_PIN.lock });
    const get = vi.spyOn(local(), 'get').mockRejectedValue(new Error('IO error'));
    await expect(progressItem.update((p) => ({ ...p, youtube: { privateAccount: { doneAt } } }))).rejects.toThrow();
    await expect(pinItem.get()).rejects.toThrow();
    await expect(pinItem.update((p) => ({ ...p, lock: { failures: 1 } }))).rejects.toThrow();
    get.mockRestore();
    expect(await progressItem.get()).toEqual(saved);
    expect((await pinItem.get()).record).toBeDefined();
    expect(await readQuarantine()).toEqual([]);
  });
});

describe('a value without its version mark', () => {
  beforeEach(() => fakeBrowser.reset());

  it('of the current shape is kept as it is, not taken for an old one and brought back to the defaults', () => {
    const current = {
      ...DEFAULT_SETTINGS,
      language: 'fr',
      role: 'educator',
      platforms: ['instagram'],
      setupDone: true,
    };
    expect(migrateSettingsV2toV3(migrateSettingsV1toV2(current))).toEqual(current);
    // The old shapes are still brought forward.
    expect(migrateSettingsV1toV2({ lang: 'fr-BE', minimized: true })).toEqual({
      language: 'fr',
      country: 'auto',
      helper: { minimized: true },
    });
  });

  it('is never left by a reset or an import: another copy of the extension starting next reads it as it is', async () => {
    const settings = { ...DEFAULT_SETTINGS, language: 'fr' as const, role: 'educator' as const, setupDone: true };
    await restoreEverything({ settings, progress: {}, prompts: DEFAULT_PROMPTS, pin: NO_PIN });
    expect(await local().get('settings$')).toEqual({ settings$: { v: 3 } });
    vi.resetModules();
    const other = await import('@/lib/storage');
    expect(await other.settingsItem.get()).toEqual(settings);
  });
});
