import { expect, vi } from 'vitest';
import { h, render } from 'preact';
import { Dashboard, load } from '@/entrypoints/options/Dashboard';
import { makeBackup, type BackupData } from '@/lib/backup';
import { DEFAULT_PROMPTS, DEFAULT_SETTINGS } from '@/lib/storage';

/** What the dashboard's unit tests share: the page drawn from what is stored, and its file chooser. */

/** The dashboard, drawn from what is stored. */
export async function openDashboard(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(Dashboard, { loading: load() }), root);
  await vi.waitFor(() => expect(root.querySelector('main.dashboard')).not.toBeNull(), { timeout: 5000 });
  return root;
}

/** Chooses `file` in the import's file input, as the browser's file chooser does. */
export function choose(root: HTMLElement, file: File): void {
  const input = root.querySelector<HTMLInputElement>('[data-testid="import"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export const status = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-testid="dashboard-status"]');

/** Chooses `file` and answers yes to the question the dashboard asks before it imports. */
export async function importFile(root: HTMLElement, file: File): Promise<void> {
  choose(root, file);
  await vi.waitFor(() => expect(root.querySelector('[data-action="import-confirm"]')).not.toBeNull());
  root.querySelector<HTMLButtonElement>('[data-action="import-confirm"]')!.click();
}

/** A backup of another family's settings: French, two sites, an item done. */
export function otherFamily(extra: Partial<BackupData> = {}): File {
  const text = makeBackup(
    {
      settings: { ...DEFAULT_SETTINGS, language: 'fr', platforms: ['tiktok', 'instagram'], setupDone: true },
      progress: { instagram: { privateAccount: { doneAt: '2026-11-01T10:00:00.000Z' } } },
      prompts: DEFAULT_PROMPTS,
      ...extra,
    },
    new Date('2026-11-20T10:00:00.000Z'),
  );
  return new File([text], 'make-it-safe.json', { type: 'application/json' });
}
