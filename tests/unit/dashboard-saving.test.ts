import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Dashboard, load } from '@/entrypoints/options/Dashboard';
import { Welcome, load as loadWelcome } from '@/entrypoints/welcome/Welcome';
import { NewPinFields } from '@/components/NewPinFields';
import { PinSettings } from '@/components/PinSettings';
import type { PinGuard } from '@/components/pin-guard';
import { makeBackup } from '@/lib/backup';
import { DEFAULT_PROMPTS, DEFAULT_SETTINGS, NO_PIN, progressItem, settingsItem } from '@/lib/storage';

const en = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/en/ui.json'), 'utf8')) as {
  error: { saving: string };
  welcome: { finish: string };
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

/** Makes every storage write fail, as a full disk or a browser shutting down would. */
function writesFail(): void {
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
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

describe('a change that could not be saved', () => {
  it('on the dashboard: says so, focused, and shows what is still stored', async () => {
    const root = await openDashboard();
    writesFail();
    const tiktok = root.querySelector<HTMLInputElement>('[data-testid="family-platforms"] input[value="tiktok"]')!;
    expect(tiktok.checked).toBe(false);
    tiktok.checked = true;
    tiktok.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(status(root)?.textContent).toBe(en.error.saving));
    expect(status(root)!.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(status(root));
    // Beside the settings, not at the top of the page.
    expect(status(root)!.closest('.settings-section')).not.toBeNull();
    await vi.waitFor(() =>
      expect(
        root.querySelector<HTMLInputElement>('[data-testid="family-platforms"] input[value="tiktok"]')!.checked,
      ).toBe(false),
    );
    expect((await settingsItem.get()).platforms).toEqual(['youtube']);
  });

  it('in the new PIN form: says so in its alert, keeps the PIN typed and the button usable', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const t = (key: string | string[]) => (String(key) === 'ui:error.saving' ? en.error.saving : String(key));
    render(
      h(NewPinFields, {
        t,
        idPrefix: 'test',
        submitLabel: 'Set',
        onSubmit: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      }),
      root,
    );
    root.querySelector<HTMLInputElement>('[name="pin"]')!.value = '4821';
    root.querySelector<HTMLInputElement>('[name="repeat"]')!.value = '4821';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')!.textContent).toBe(en.error.saving));
    expect(root.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(false);
    expect(root.querySelector<HTMLInputElement>('[name="pin"]')!.value).toBe('4821');
  });

  it('on the first run: says so beside Finish, focused, and Finish works again', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(h(Welcome, { loading: loadWelcome() }), root);
    await vi.waitFor(() => expect(root.querySelector('[data-action="finish"]')).not.toBeNull(), { timeout: 5000 });
    writesFail();
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="welcome-failed"]')?.textContent).toBe(en.error.saving),
    );
    expect(document.activeElement).toBe(root.querySelector('[data-testid="welcome-failed"]'));
    const finish = root.querySelector<HTMLButtonElement>('[data-action="finish"]')!;
    expect(finish.disabled).toBe(false);
    expect(finish.textContent).toBe(en.welcome.finish);
    expect((await settingsItem.get()).platforms).toEqual(['youtube']);
  });
});

describe('a PIN change approved with the PIN that could not be saved', () => {
  it('is reported to the page, for changing and for removing the PIN', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    // As after the PIN was entered: the guard runs what it approved, the form no longer waiting.
    const pinGuard: PinGuard = {
      hasPin: true,
      pin: NO_PIN,
      guard: (action) => {
        void action();
        return true;
      },
      guardTurningOff: (_, action) => {
        void action();
        return true;
      },
      dialog: h('span', null),
    };
    const onDone = vi.fn();
    const onFailed = vi.fn();
    render(h(PinSettings, { t: (key) => String(key), pinGuard, onDone, onFailed }), root);
    writesFail();
    root.querySelector<HTMLButtonElement>('[data-action="change-pin"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    root.querySelector<HTMLInputElement>('[name="pin"]')!.value = '4821';
    root.querySelector<HTMLInputElement>('[name="repeat"]')!.value = '4821';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(onFailed).toHaveBeenCalledTimes(1), { timeout: 5000 });
    // The form stays, to try again.
    expect(root.querySelector('form')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('form button[type="button"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-action="remove-pin"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[data-action="remove-pin"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-action="remove-pin-confirm"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[data-action="remove-pin-confirm"]')!.click();
    await vi.waitFor(() => expect(onFailed).toHaveBeenCalledTimes(2));
    expect(onDone).not.toHaveBeenCalled();
  });
});
