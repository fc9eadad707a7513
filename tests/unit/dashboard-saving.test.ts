import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startFromYoutubeFamily, tickRefusedThenSaved, writesFail } from './saving-failures';
import { choose, importFile, openDashboard, otherFamily, status } from './dashboard-page';
import { Welcome, load as loadWelcome } from '@/entrypoints/welcome/Welcome';
import { NewPinFields } from '@/components/NewPinFields';
import { PinSettings } from '@/components/PinSettings';
import { usePinGuard, type PinGuard } from '@/components/pin-guard';
import { hashPin, verifyPin } from '@/lib/pin';
import { makeBackup } from '@/lib/backup';
import { DEFAULT_PROMPTS, DEFAULT_SETTINGS, NO_PIN, pinItem, progressItem, settingsItem } from '@/lib/storage';

const en = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/en/ui.json'), 'utf8')) as {
  error: { saving: string };
  welcome: { finish: string };
  dashboard: { imported: string; resetPlatformDone: string; problems: { notJson: string } };
};

startFromYoutubeFamily();

describe('the dashboard import', () => {
  // Storage refuses any write that holds one of the file's parts, whatever the order of the writes:
  // four writes once left three of them applied.
  it.each(['settings', 'progress', 'prompts', 'pin'])(
    'applies a file all at once or not at all, and says so when it could not be saved (a write with %s refused)',
    async (part) => {
      const root = await openDashboard();
      const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
      vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
        if (Object.keys(items).includes(part)) throw new Error('QUOTA_BYTES quota exceeded');
        return set(items);
      });
      await importFile(root, otherFamily());
      await vi.waitFor(() => expect(status(root)?.textContent).toBe(en.error.saving));
      expect(status(root)!.getAttribute('role')).toBe('alert');
      // Focused by an effect after the render that shows it.
      await vi.waitFor(() => expect(document.activeElement).toBe(status(root)));
      // Nothing of the file was applied.
      expect((await settingsItem.get()).platforms).toEqual(['youtube']);
      expect(await progressItem.get()).toEqual({});
      // Once storage takes it, the same file is imported.
      vi.mocked(fakeBrowser.storage.local.set).mockImplementation(set);
      await importFile(root, otherFamily());
      await vi.waitFor(async () => expect((await settingsItem.get()).platforms).toEqual(['tiktok', 'instagram']));
      expect(Object.keys(await progressItem.get())).toEqual(['instagram']);
    },
  );

  it("takes the file's PIN, and a file without one leaves none (after the PIN now set is given)", async () => {
    const root = await openDashboard();
    const withPin = makeBackup(
      {
        settings: { ...DEFAULT_SETTINGS, language: 'en', platforms: ['tiktok'], setupDone: true },
        progress: {},
        prompts: DEFAULT_PROMPTS,
        pin: await hashPin('2468'),
      },
      new Date('2026-11-20T10:00:00.000Z'),
    );
    await importFile(root, new File([withPin], 'make-it-safe.json', { type: 'application/json' }));
    await vi.waitFor(async () => expect((await pinItem.get()).record).not.toBeUndefined(), { timeout: 5000 });
    expect(await verifyPin('2468', (await pinItem.get()).record)).toBe(true);
    // Another file, with no PIN: the PIN now set is asked for first, then there is none.
    await vi.waitFor(() => expect(status(root)?.textContent).toBe(en.dashboard.imported));
    await importFile(root, otherFamily());
    const dialog = () => root.querySelector<HTMLDialogElement>('[data-testid="pin-dialog"]')!;
    await vi.waitFor(() => expect(dialog().open).toBe(true));
    root.querySelector<HTMLInputElement>('[data-testid="pin-entry"]')!.value = '2468';
    dialog().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(async () => expect((await pinItem.get()).record).toBeUndefined(), { timeout: 5000 });
    expect((await settingsItem.get()).platforms).toEqual(['tiktok', 'instagram']);
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
  it('on the dashboard: says so, leaves the focus on the control, and shows what is still stored', async () => {
    const root = await openDashboard();
    writesFail();
    const tiktok = root.querySelector<HTMLInputElement>('[data-testid="family-platforms"] input[value="tiktok"]')!;
    expect(tiktok.checked).toBe(false);
    tiktok.focus();
    tiktok.checked = true;
    tiktok.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(status(root)?.textContent).toBe(en.error.saving));
    expect(status(root)!.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(tiktok);
    // Beside the settings, not at the top of the page.
    expect(status(root)!.closest('.settings-section')).not.toBeNull();
    await vi.waitFor(() =>
      expect(
        root.querySelector<HTMLInputElement>('[data-testid="family-platforms"] input[value="tiktok"]')!.checked,
      ).toBe(false),
    );
    expect((await settingsItem.get()).platforms).toEqual(['youtube']);
    // Tried again once storage takes writes: saved, and the message about the last try goes.
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    const again = root.querySelector<HTMLInputElement>('[data-testid="family-platforms"] input[value="tiktok"]')!;
    again.checked = true;
    again.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect((await settingsItem.get()).platforms).toEqual(['tiktok', 'youtube']));
    await vi.waitFor(() => expect(status(root)).toBeNull());
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
    // Focused by an effect after the render that shows it: waited for, as the page does not do it at once.
    await vi.waitFor(() => expect(document.activeElement).toBe(root.querySelector('[data-testid="welcome-failed"]')));
    const finish = root.querySelector<HTMLButtonElement>('[data-action="finish"]')!;
    expect(finish.disabled).toBe(false);
    expect(finish.textContent).toBe(en.welcome.finish);
    expect((await settingsItem.get()).platforms).toEqual(['youtube']);
  });
});

describe('a checklist change on the dashboard that could not be saved', () => {
  const DONE = { supervisedAccount: { doneAt: '2026-11-01T10:00:00.000Z' } };
  const card = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-platform="youtube"]')!;
  const box = (root: HTMLElement) =>
    card(root).querySelector<HTMLInputElement>('input[type="checkbox"][id="youtube-item-supervisedAccount"]')!;

  it('a tick: says so under that item, the box shows what is stored, and ticking works again', async () => {
    const root = await openDashboard();
    await tickRefusedThenSaved(
      () => box(root),
      () => status(root),
      en.error.saving,
    );
  });

  it("a site's reset: says so beside it, focused, keeps the ticks, and the reset can be pressed again", async () => {
    await progressItem.set({ youtube: DONE });
    const root = await openDashboard();
    expect(box(root).checked).toBe(true);
    writesFail();
    card(root).querySelector<HTMLButtonElement>('[data-action="reset-platform"]')!.click();
    await vi.waitFor(() => expect(card(root).querySelector('[data-action="reset-platform-confirm"]')).not.toBeNull());
    card(root).querySelector<HTMLButtonElement>('[data-action="reset-platform-confirm"]')!.click();
    await vi.waitFor(() => expect(status(root)?.textContent).toBe(en.error.saving));
    expect(status(root)!.closest('[data-platform="youtube"]')).not.toBeNull();
    // Focused by an effect after the render that shows it.
    await vi.waitFor(() => expect(document.activeElement).toBe(status(root)));
    expect(card(root).querySelector('[data-action="reset-platform"]')).not.toBeNull();
    expect(box(root).checked).toBe(true);
    expect(await progressItem.get()).toEqual({ youtube: DONE });
    // Pressed again once storage takes writes: reset, and the message about the last try goes.
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    card(root).querySelector<HTMLButtonElement>('[data-action="reset-platform"]')!.click();
    await vi.waitFor(() => expect(card(root).querySelector('[data-action="reset-platform-confirm"]')).not.toBeNull());
    card(root).querySelector<HTMLButtonElement>('[data-action="reset-platform-confirm"]')!.click();
    await vi.waitFor(() => expect(box(root).checked).toBe(false));
    expect(await progressItem.get()).toEqual({});
    // The message about the last try gave way to the one about this one.
    expect(status(root)?.getAttribute('role')).toBe('status');
    expect(status(root)?.textContent).toBe(en.dashboard.resetPlatformDone.replace('{{site}}', 'YouTube'));
  });

  it('reset everything: says so beside it, focused, nothing reset, and the reset can be pressed again', async () => {
    await progressItem.set({ youtube: DONE });
    const root = await openDashboard();
    writesFail();
    root.querySelector<HTMLButtonElement>('[data-action="reset-all"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-action="reset-all-confirm"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[data-action="reset-all-confirm"]')!.click();
    await vi.waitFor(() => expect(status(root)?.textContent).toBe(en.error.saving));
    expect(status(root)!.getAttribute('role')).toBe('alert');
    // Focused by an effect after the render that shows it.
    await vi.waitFor(() => expect(document.activeElement).toBe(status(root)));
    expect(root.querySelector('[data-action="reset-all"]')).not.toBeNull();
    expect(box(root).checked).toBe(true);
    expect(await progressItem.get()).toEqual({ youtube: DONE });
    expect((await settingsItem.get()).platforms).toEqual(['youtube']);
  });
});

/**
 * The dashboard's PIN settings, with a PIN set and a guard that runs what it approves at once (the
 * PIN entered a moment ago) or a moment later (after the PIN dialog).
 */
function pinSettings(root: HTMLElement, runs: 'at once' | 'after the dialog') {
  const approve = (action: () => unknown) => {
    if (runs === 'at once') void action();
    else setTimeout(() => void action(), 10);
    return runs === 'at once';
  };
  const pinGuard: PinGuard = {
    hasPin: true,
    known: true,
    unreadable: undefined,
    pin: NO_PIN,
    guard: approve,
    guardTurningOff: (_, action) => {
      void action();
      return true;
    },
    dialog: h('span', null),
  };
  const onDone = vi.fn();
  const onFailed = vi.fn();
  render(h(PinSettings, { t: (key) => String(key), pinGuard, onDone, onFailed }), root);
  return { onDone, onFailed };
}

describe('a PIN change approved with the PIN that could not be saved', () => {
  it('is said in the form for a new PIN (it waits for the save after the dialog), beside the PIN for a removal', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    // As after the PIN was entered in the dialog: the guard runs what it approved a moment later.
    const { onDone, onFailed } = pinSettings(root, 'after the dialog');
    writesFail();
    root.querySelector<HTMLButtonElement>('[data-action="change-pin"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    root.querySelector<HTMLInputElement>('[name="pin"]')!.value = '4821';
    root.querySelector<HTMLInputElement>('[name="repeat"]')!.value = '4821';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    // Busy while the PIN is asked and saved: a second press does not save it again.
    await vi.waitFor(() =>
      expect(root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.disabled).toBe(true),
    );
    await vi.waitFor(() => expect(root.querySelector('form [role="alert"]')?.textContent).toBe('ui:error.saving'), {
      timeout: 5000,
    });
    expect(onFailed).not.toHaveBeenCalled();
    // The form stays, with the new PIN typed, to try again.
    expect(root.querySelector<HTMLInputElement>('[name="pin"]')!.value).toBe('4821');
    expect(root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.disabled).toBe(false);
    root.querySelector<HTMLButtonElement>('form button[type="button"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-action="remove-pin"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[data-action="remove-pin"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-action="remove-pin-confirm"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[data-action="remove-pin-confirm"]')!.click();
    await vi.waitFor(() => expect(onFailed).toHaveBeenCalledTimes(1));
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('a new PIN typed while the PIN that opened its form is still fresh', () => {
  it('is saved with the form waiting: a failure is said in the form, and it is saved once', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    // The PIN entered a moment ago: the guard runs the change at once.
    const { onDone, onFailed } = pinSettings(root, 'at once');
    root.querySelector<HTMLButtonElement>('[data-action="change-pin"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    const field = (name: string) => root.querySelector<HTMLInputElement>(`form [name="${name}"]`)!;
    const submit = () =>
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    writesFail();
    field('pin').value = '4821';
    field('repeat').value = '4821';
    submit();
    // Busy while the PIN is hashed and saved: a second press does not save it twice.
    await vi.waitFor(() =>
      expect(root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.disabled).toBe(true),
    );
    await vi.waitFor(() => expect(root.querySelector('form [role="alert"]')?.textContent).toBe('ui:error.saving'), {
      timeout: 5000,
    });
    expect(onFailed).not.toHaveBeenCalled();
    expect(field('pin').value).toBe('4821');
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    submit();
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(set.mock.calls.filter(([items]) => 'pin' in items)).toHaveLength(1);
    expect(await verifyPin('4821', (await pinItem.get()).record)).toBe(true);
  });
});

describe('a new PIN typed once the PIN that opened its form is no longer fresh', () => {
  it('stays typed when the PIN dialog it opens is cancelled', async () => {
    await pinItem.set({ record: await hashPin('1357'), lock: NO_PIN.lock });
    const t = (key: string | string[]) => String(key);
    function Page() {
      const pinGuard = usePinGuard(t, 'en');
      return h(
        'div',
        null,
        h(PinSettings, { t, pinGuard, onDone: () => undefined, onFailed: () => undefined }),
        pinGuard.dialog,
      );
    }
    const root = document.createElement('div');
    document.body.append(root);
    render(h(Page, {}), root);
    const dialog = () => root.querySelector<HTMLDialogElement>('[data-testid="pin-dialog"]')!;
    // "Change the PIN", approved with the PIN.
    await vi.waitFor(() => expect(root.querySelector('[data-action="change-pin"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[data-action="change-pin"]')!.click();
    await vi.waitFor(() => expect(dialog().open).toBe(true));
    root.querySelector<HTMLInputElement>('[data-testid="pin-entry"]')!.value = '1357';
    dialog().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="dashboard-pin-form"]')).not.toBeNull(), {
      timeout: 5000,
    });
    // A parent called away: the PIN's few minutes are over when the new one is typed.
    const later = Date.now() + 10 * 60 * 1000;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    const field = (name: string) =>
      root.querySelector<HTMLInputElement>(`[data-testid="dashboard-pin-form"] [name="${name}"]`)!;
    field('pin').value = '4821';
    field('repeat').value = '4821';
    root
      .querySelector('[data-testid="dashboard-pin-form"]')!
      .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(dialog().open).toBe(true));
    [...dialog().querySelectorAll<HTMLButtonElement>('button[type="button"]')].at(-1)!.click();
    await vi.waitFor(() => expect(dialog().open).toBe(false));
    expect(field('pin').value).toBe('4821');
    expect(field('repeat').value).toBe('4821');
    // Nothing was saved: the PIN is still the old one.
    expect(await verifyPin('1357', (await pinItem.get()).record)).toBe(true);
  });
});
