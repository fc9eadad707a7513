import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Dashboard, load } from '@/entrypoints/options/Dashboard';
import { makeBackup } from '@/lib/backup';
import { DEFAULT_PROMPTS, DEFAULT_SETTINGS, progressItem, settingsItem } from '@/lib/storage';

const en = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/en/ui.json'), 'utf8')) as {
  error: { saving: string };
  dashboard: { imported: string; problems: { notJson: string } };
};

/** The dashboard, drawn from what is stored. */
async function openDashboard(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(Dashboard, { loading: load() }), root);
  await vi.waitFor(() => expect(root.querySelector('main.dashboard')).not.toBeNull(), { timeout: 5000 });
  return root;
}

/** Chooses `file` in the import's file input, as the browser's file chooser does. */
function choose(root: HTMLElement, file: File): void {
  const input = root.querySelector<HTMLInputElement>('[data-testid="import"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const status = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-testid="dashboard-status"]');

/** A backup of another family's settings: French, two sites, an item done. */
function otherFamily(): File {
  const text = makeBackup(
    {
      settings: { ...DEFAULT_SETTINGS, language: 'fr', platforms: ['tiktok', 'instagram'], setupDone: true },
      progress: { instagram: { privateAccount: { doneAt: '2026-11-01T10:00:00.000Z' } } },
      prompts: DEFAULT_PROMPTS,
    },
    new Date('2026-11-20T10:00:00.000Z'),
  );
  return new File([text], 'make-it-safe.json', { type: 'application/json' });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.set({ ...DEFAULT_SETTINGS, language: 'en', platforms: ['youtube'], setupDone: true });
});

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the dashboard import', () => {
  it('applies a file all at once or not at all, and says so when it could not be saved', async () => {
    const root = await openDashboard();
    // Storage refuses a write that holds the PIN: four writes left three of them applied.
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).includes('pin')) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    choose(root, otherFamily());
    await vi.waitFor(() => expect(status(root)?.textContent).toBe(en.error.saving));
    expect(status(root)!.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(status(root));
    // Nothing of the file was applied.
    expect((await settingsItem.get()).platforms).toEqual(['youtube']);
    expect(await progressItem.get()).toEqual({});
    // Once storage takes it, the same file is imported.
    vi.mocked(fakeBrowser.storage.local.set).mockImplementation(set);
    choose(root, otherFamily());
    await vi.waitFor(async () => expect((await settingsItem.get()).platforms).toEqual(['tiktok', 'instagram']));
    expect(Object.keys(await progressItem.get())).toEqual(['instagram']);
  });

  it('says a file that cannot be read is not one it can use, and changes nothing', async () => {
    const root = await openDashboard();
    const file = otherFamily();
    vi.spyOn(file, 'text').mockRejectedValue(new DOMException('The file could not be read.', 'NotReadableError'));
    choose(root, file);
    await vi.waitFor(() => expect(status(root)?.textContent).toBe(en.dashboard.problems.notJson));
    expect((await settingsItem.get()).platforms).toEqual(['youtube']);
  });
});
