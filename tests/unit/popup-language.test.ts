import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';
import { App, load } from '@/entrypoints/popup/App';
import { DEFAULT_SETTINGS, progressItem, settingsItem } from '@/lib/storage';
import type { LanguageCode } from '@/lib/languages';

/** A language whose words are held back until the test lets them come, as on a slow computer. */
const held = vi.hoisted(() => ({ lang: undefined as string | undefined, release: () => undefined as void }));
vi.mock('@/lib/view-for', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/view-for')>();
  return {
    ...actual,
    i18nFor: async (lang: LanguageCode) => {
      if (lang === held.lang) await new Promise<void>((resolve) => (held.release = resolve));
      return actual.i18nFor(lang);
    },
  };
});

beforeEach(async () => {
  fakeBrowser.reset();
  held.lang = undefined;
  await settingsItem.set({ ...DEFAULT_SETTINGS, language: 'en', platforms: ['youtube'], setupDone: true });
});

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe("the popup's language list", () => {
  it('shows the language chosen from the moment it is chosen, through a redraw while its words load', async () => {
    history.replaceState(null, '', `/popup.html?tabUrl=${encodeURIComponent('https://www.youtube.com/')}`);
    const root = document.createElement('div');
    document.body.append(root);
    render(h(App, { loading: load() }), root);
    await vi.waitFor(() => expect(root.querySelector('footer.settings')).not.toBeNull(), { timeout: 5000 });
    const list = () => root.querySelector<HTMLSelectElement>('[data-testid="language"]')!;
    held.lang = 'fr';
    list().value = 'fr';
    list().dispatchEvent(new Event('change', { bubbles: true }));
    // Saved, and the words are on their way.
    await vi.waitFor(async () => expect((await settingsItem.get()).language).toBe('fr'));
    // A step ticked elsewhere (the dashboard, the helper) redraws the popup meanwhile.
    await progressItem.set({ youtube: { supervisedAccount: { doneAt: '2026-11-01T10:00:00.000Z' } } });
    await vi.waitFor(() =>
      expect(root.querySelector<HTMLInputElement>('input[id="youtube-item-supervisedAccount"]')!.checked).toBe(true),
    );
    expect(document.documentElement.lang).toBe('en');
    expect(list().value).toBe('fr');
    held.release();
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    expect(list().value).toBe('fr');
  });
});
