import { afterEach, beforeEach, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';
import { DEFAULT_SETTINGS, progressItem, settingsItem } from '@/lib/storage';

/** What the popup's and the dashboard's tests of a write storage refuses share. */

/** Makes every storage write fail, as a full disk or a browser shutting down would. */
export function writesFail(): void {
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
}

/** Each test starts from a family set up in English, with YouTube as its site, and a clean page. */
export function startFromYoutubeFamily(): void {
  beforeEach(async () => {
    fakeBrowser.reset();
    await settingsItem.set({ ...DEFAULT_SETTINGS, language: 'en', platforms: ['youtube'], setupDone: true });
  });
  afterEach(() => {
    render(null, document.body);
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });
}

/**
 * Ticks YouTube's "supervised account" item while storage refuses it: `message` (found under the
 * item) says `saying`, as an alert; the box is unticked again, as stored; and once storage takes
 * writes again, a tick is saved and shown, and the message goes.
 */
export async function tickRefusedThenSaved(
  box: () => HTMLInputElement,
  message: () => HTMLElement | null,
  saying: string,
): Promise<void> {
  writesFail();
  box().click();
  await vi.waitFor(() => expect(message()?.textContent).toBe(saying));
  expect(message()!.getAttribute('role')).toBe('alert');
  expect(message()!.closest('li[data-item="supervisedAccount"]')).toBe(box().closest('li'));
  // The tick the browser drew is taken back: storage never had it.
  await vi.waitFor(() => expect(box().checked).toBe(false));
  expect(await progressItem.get()).toEqual({});
  vi.mocked(fakeBrowser.storage.local.set).mockRestore();
  box().click();
  await vi.waitFor(async () =>
    expect(Object.keys((await progressItem.get()).youtube ?? {})).toEqual(['supervisedAccount']),
  );
  expect(box().checked).toBe(true);
  // Saved this time: the message about the last try goes.
  await vi.waitFor(() => expect(message()).toBeNull());
}
