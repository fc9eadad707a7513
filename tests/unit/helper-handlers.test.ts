import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { helperHandlers, storedForHelpers } from '@/lib/helper-handlers';
import { PolicyCache, type ManagedPolicy } from '@/lib/managed';
import { DEFAULT_PROMPTS, progressItem, promptsItem, settingsItem } from '@/lib/storage';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const on = (url: string) => ({ id: 'own', url, tab: { id: 1 } }) as Browser.runtime.MessageSender;
const INSTAGRAM = on('https://www.instagram.com/');
const TIKTOK = on('https://www.tiktok.com/foryou');

function handlersWith(policy: ManagedPolicy = {}) {
  const stored = storedForHelpers();
  const cache = { current: () => policy, settled: () => Promise.resolve() };
  return { handlers: helperHandlers({ stored, policy: cache, now: () => NOW }), stored };
}

describe("the background's answers to the helpers", () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await settingsItem.set({ ...(await settingsItem.get()), role: 'child' });
  });

  it("records that the prompt was shown without making the school's policy the family's own", async () => {
    const family = { everyDays: 30, offSites: ['reddit'], log: {} };
    await promptsItem.set(family);
    const { handlers } = handlersWith({ promptEveryDays: 7, promptOffSites: ['x'] });

    const view = await handlers['helper:init']({ path: '/' }, INSTAGRAM);

    expect('off' in view ? undefined : view.prompt).toBeDefined();
    expect(await promptsItem.get()).toEqual({
      ...family,
      log: { instagram: { lastShown: NOW.toISOString() } },
    });
  });

  it("answers a page load with the launcher's part only, and with the panel's words when asked", async () => {
    const { handlers } = handlersWith();
    const launcher = await handlers['helper:init']({}, INSTAGRAM);
    expect('guides' in launcher || 'help' in launcher || 'check' in launcher).toBe(false);
    expect(launcher).toMatchObject({ lang: 'en', dir: 'ltr', minimized: false });
    const full = await handlers['helper:init']({ path: '/', panel: true }, INSTAGRAM);
    expect('help' in full && full.guides.length > 0).toBe(true);
    // The launcher's part is the same in both.
    const {
      offer: _o,
      guides: _g,
      help: _h,
      check: _c,
      ...rest
    } = full as typeof full & { offer: unknown; guides: unknown; help: unknown; check?: unknown };
    expect({ ...rest, prompt: undefined }).toEqual({ ...launcher, prompt: undefined });
  });

  it("offers the privacy check on a page load only: a panel's request brings its words but never starts it", async () => {
    await promptsItem.set(DEFAULT_PROMPTS);
    const { handlers } = handlersWith();
    // A settings change, or the pointer on the launcher of a tab open since before the offer was due.
    const panel = await handlers['helper:init']({ path: '/', panel: true }, INSTAGRAM);
    expect('off' in panel ? undefined : panel.prompt).toBeUndefined();
    expect('offer' in panel && panel.offer.start).toBe('Check now');
    expect((await promptsItem.get()).log).toEqual({});
    // The next page load shows it, and records it then.
    const load = await handlers['helper:init']({}, INSTAGRAM);
    expect('off' in load ? undefined : load.prompt?.start).toBe('Check now');
    expect((await promptsItem.get()).log.instagram?.lastShown).toBe(NOW.toISOString());
  });

  it('offers it once between tabs of the site loading together (a restored session)', async () => {
    await promptsItem.set(DEFAULT_PROMPTS);
    const { handlers, stored } = handlersWith();
    // All of them find the same values in the background's cache, the offer due in each.
    await stored.get();
    const views = await Promise.all([1, 2, 3].map(() => handlers['helper:init']({}, INSTAGRAM)));
    expect(views.filter((v) => !('off' in v) && v.prompt !== undefined)).toHaveLength(1);
  });

  it('reads a page path that starts with two slashes as a path on the site, not as another host', async () => {
    const { handlers } = handlersWith();
    const plain = await handlers['helper:init']({ path: '/', panel: true }, INSTAGRAM);
    // `new URL('//foo:bar/p/', site)` would throw: the panel's words would never come on that page.
    await expect(handlers['helper:init']({ path: '//foo:bar/p/', panel: true }, INSTAGRAM)).resolves.toEqual(plain);
    // And the guides a settings page puts first are not put first for a path naming another host.
    const settings = await handlers['helper:init']({ path: '/accounts/privacy_and_security/', panel: true }, INSTAGRAM);
    expect(settings).not.toEqual(plain);
    const elsewhere = await handlers['helper:init'](
      { path: '//www.instagram.com/accounts/privacy_and_security/', panel: true },
      INSTAGRAM,
    );
    expect(elsewhere).toEqual(plain);
  });

  it('keeps a "not now" on one site made while the prompt is being shown on another', async () => {
    await promptsItem.set(DEFAULT_PROMPTS);
    const { handlers, stored } = handlersWith();
    // The background has read the values before either request (its cache), as it usually has.
    await stored.get();

    await Promise.all([handlers['helper:init']({ path: '/' }, INSTAGRAM), handlers['helper:snoozePrompt']({}, TIKTOK)]);

    const { log } = await promptsItem.get();
    expect(log.instagram?.lastShown).toBe(NOW.toISOString());
    expect(log.tiktok?.snoozedUntil).toBeDefined();
  });

  it('answers "off" on a site the policy turned the helper off on, even one the family did not', async () => {
    const { handlers } = handlersWith({ helperOffSites: ['instagram'] });
    expect(await handlers['helper:init']({ path: '/' }, INSTAGRAM)).toEqual({ off: true });
    expect((await promptsItem.get()).log).toEqual({});
  });

  it('answers only the supported sites, and ticks only their own kids’ items', async () => {
    const { handlers } = handlersWith();
    await expect(handlers['helper:init']({ path: '/' }, on('https://example.org/'))).rejects.toThrow(/not a supported/);
    await expect(handlers['helper:markDone']({ itemId: 'supervision' }, INSTAGRAM)).rejects.toThrow();
    await expect(
      handlers['helper:markDone']({ itemId: 'privateAccount' }, on('https://example.org/')),
    ).rejects.toThrow();
    expect(await progressItem.get()).toEqual({});

    await handlers['helper:markDone']({ itemId: 'privateAccount' }, INSTAGRAM);
    expect(Object.keys((await progressItem.get()).instagram ?? {})).toEqual(['privateAccount']);
  });
});

describe('the policy, just after the background starts', () => {
  it('is waited for once, so a helper turned off by the school is not shown for a moment', async () => {
    let arrive: (value: unknown) => void = () => undefined;
    const cache = new PolicyCache(vi.fn(), () => new Promise((resolve) => (arrive = resolve)));
    void cache.load();
    const stored = storedForHelpers();
    const handlers = helperHandlers({ stored, policy: cache, now: () => NOW });

    const answer = handlers['helper:init']({ path: '/' }, INSTAGRAM);
    setTimeout(() => arrive({ helperOffSites: ['instagram'] }), 20);
    expect(await answer).toEqual({ off: true });
  });

  it('is waited for at most 250 ms, then not again', async () => {
    vi.useFakeTimers();
    try {
      const cache = new PolicyCache(vi.fn(), () => new Promise(() => undefined));
      void cache.load();
      let settled = false;
      void cache.settled().then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(249);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      // Settled for good: the next request does not wait again.
      let again = false;
      void cache.settled().then(() => (again = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(again).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
