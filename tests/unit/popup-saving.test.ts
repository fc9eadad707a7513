import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startFromYoutubeFamily, tickRefusedThenSaved, writesFail } from './saving-failures';
import { App, load } from '@/entrypoints/popup/App';
import { hasUnseenQuarantine, settingsItem } from '@/lib/storage';

const en = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/en/ui.json'), 'utf8')) as {
  error: { saving: string };
};

/** The popup, drawn from what is stored, for a tab on YouTube (tests name the tab's page). */
async function openPopup(): Promise<HTMLElement> {
  history.replaceState(null, '', `/popup.html?tabUrl=${encodeURIComponent('https://www.youtube.com/')}`);
  const root = document.createElement('div');
  document.body.append(root);
  render(h(App, { loading: load() }), root);
  // The checklist and the settings come a frame after the rest.
  await vi.waitFor(() => expect(root.querySelector('footer.settings')).not.toBeNull(), { timeout: 5000 });
  return root;
}

const failure = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-testid="popup-failed"]');
const box = (root: HTMLElement) => root.querySelector<HTMLInputElement>('input[id="youtube-item-supervisedAccount"]')!;

startFromYoutubeFamily();

describe('a popup change that could not be saved', () => {
  it('a tick: says so under the item, the box shows what is stored, and ticking works again', async () => {
    const root = await openPopup();
    await tickRefusedThenSaved(
      () => box(root),
      () => failure(root),
      en.error.saving,
    );
  });

  it('a setting: says so in the settings, and the list shows the language still stored', async () => {
    const root = await openPopup();
    writesFail();
    const list = root.querySelector<HTMLSelectElement>('[data-testid="language"]')!;
    list.value = 'fr';
    list.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(failure(root)?.textContent).toBe(en.error.saving));
    expect(failure(root)!.closest('footer.settings')).not.toBeNull();
    await vi.waitFor(() => expect(root.querySelector<HTMLSelectElement>('[data-testid="language"]')!.value).toBe('en'));
    expect((await settingsItem.get()).language).toBe('en');
  });

  it('a reminder setting: says so in the settings, and the period shown is the one stored', async () => {
    const root = await openPopup();
    writesFail();
    const period = root.querySelector<HTMLSelectElement>('[data-testid="prompt-period"]')!;
    period.value = '30';
    period.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(failure(root)?.textContent).toBe(en.error.saving));
    expect(failure(root)!.closest('footer.settings')).not.toBeNull();
    await vi.waitFor(() =>
      expect(root.querySelector<HTMLSelectElement>('[data-testid="prompt-period"]')!.value).toBe('7'),
    );
  });

  it('the notice of settings kept aside: stays, with the message, when it cannot be marked seen', async () => {
    await fakeBrowser.storage.local.set({
      quarantine: [{ key: 'local:settings', at: '2026-11-01T10:00:00.000Z', reason: 'test', value: 1, seen: false }],
    });
    const root = await openPopup();
    const notice = () => root.querySelector('[data-testid="storage-notice"]');
    expect(notice()).not.toBeNull();
    writesFail();
    notice()!.querySelector('button')!.click();
    await vi.waitFor(() => expect(failure(root)?.textContent).toBe(en.error.saving));
    expect(notice()).not.toBeNull();
    expect(await hasUnseenQuarantine()).toBe(true);
    // Once storage takes it, the same button dismisses it.
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    notice()!.querySelector('button')!.click();
    await vi.waitFor(() => expect(notice()).toBeNull());
    expect(failure(root)).toBeNull();
    expect(await hasUnseenQuarantine()).toBe(false);
  });
});
