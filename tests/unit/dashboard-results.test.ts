import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startFromYoutubeFamily } from './saving-failures';
import { choose, importFile, openDashboard, otherFamily, status } from './dashboard-page';
import { hashPin, verifyPin } from '@/lib/pin';
import { pinItem, progressItem, settingsItem } from '@/lib/storage';

/**
 * What the dashboard says after each of its actions, and the question it asks before an import:
 * a parent should never have to guess whether something happened, or what is about to.
 */

const en = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/en/ui.json'), 'utf8')) as {
  dashboard: Record<string, string>;
};
const d = en.dashboard;
/** An import reloads the page's state and words, and hashing a PIN takes a while: as the other dashboard tests wait. */
const PAGE = { timeout: 5000 };
/** The file of tests/unit/dashboard-page.ts is a French family's: the page is in French once it is imported. */
const fr = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/fr/ui.json'), 'utf8')) as {
  dashboard: Record<string, string>;
};

const question = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-testid="import-question"]');
const button = (root: HTMLElement, action: string) =>
  root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);

// Each test draws the whole dashboard, some import a file and hash a PIN: on a loaded machine
// that took longer than the 5 s a unit test has by default.
vi.setConfig({ testTimeout: 20_000 });

startFromYoutubeFamily();

describe('an import asks first', () => {
  it('says what the file replaces, with the focus on "Yes", and changes nothing until then', async () => {
    const root = await openDashboard();
    choose(root, otherFamily());
    await vi.waitFor(() => expect(question(root)).not.toBeNull(), PAGE);
    expect(question(root)!.textContent).toContain(d.importQuestion);
    // No PIN here and none in the file: neither PIN sentence.
    expect(question(root)!.textContent).not.toContain(d.importQuestionPin);
    expect(question(root)!.textContent).not.toContain(d.importQuestionNoPin);
    await vi.waitFor(() => expect(document.activeElement).toBe(button(root, 'import-confirm')), PAGE);
    // Read out with the button: what it replaces.
    const describedBy = button(root, 'import-confirm')!.getAttribute('aria-describedby')!;
    expect(root.querySelector(`#${describedBy}`)!.textContent).toContain(d.importQuestion);
    expect(button(root, 'import-confirm')!.textContent).toBe(d.importConfirm);
    expect((await settingsItem.get()).platforms).toEqual(['youtube']);

    button(root, 'import-confirm')!.click();
    await vi.waitFor(() => expect(status(root)?.textContent).toBe(fr.dashboard.imported), PAGE);
    expect((await settingsItem.get()).platforms).toEqual(['tiktok', 'instagram']);
    expect(question(root)).toBeNull();
  });

  it.each([
    ['Cancel', (root: HTMLElement) => button(root, 'import-cancel')!.click()],
    [
      'Escape',
      (root: HTMLElement) =>
        button(root, 'import-confirm')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    ],
  ])('%s changes nothing and gives the focus back to "Import a file"', async (_name, answerNo) => {
    const root = await openDashboard();
    choose(root, otherFamily());
    await vi.waitFor(() => expect(button(root, 'import-confirm')).not.toBeNull(), PAGE);
    answerNo(root);
    await vi.waitFor(() => expect(question(root)).toBeNull(), PAGE);
    await vi.waitFor(() => expect(document.activeElement).toBe(button(root, 'import')), PAGE);
    expect((await settingsItem.get()).platforms).toEqual(['youtube']);
    expect(status(root)).toBeNull();
  });

  it("says when the file brings a PIN, and when it takes the family's away", async () => {
    const root = await openDashboard();
    choose(root, otherFamily({ pin: await hashPin('2468') }));
    await vi.waitFor(() => expect(question(root)?.textContent).toContain(d.importQuestionPin), PAGE);
    expect(question(root)!.textContent).not.toContain(d.importQuestionNoPin);
    button(root, 'import-confirm')!.click();
    await vi.waitFor(() => expect(status(root)?.textContent).toBe(fr.dashboard.imported), PAGE);
    expect(await verifyPin('2468', (await pinItem.get()).record)).toBe(true);

    // A PIN is set now; this file has none.
    choose(root, otherFamily());
    // The page is in French now.
    await vi.waitFor(() => expect(question(root)?.textContent).toContain(fr.dashboard.importQuestionNoPin), PAGE);
    expect(question(root)!.textContent).not.toContain(fr.dashboard.importQuestionPin);
  });

  it(
    'with a PIN set, asks for it after "Yes"; cancelling the PIN imports nothing and the focus goes back',
    { timeout: 20_000 },
    async () => {
      await pinItem.set({ record: await hashPin('2468'), lock: (await pinItem.get()).lock });
      const root = await openDashboard();
      choose(root, otherFamily());
      await vi.waitFor(() => expect(button(root, 'import-confirm')).not.toBeNull(), PAGE);
      button(root, 'import-confirm')!.click();
      const dialog = () => root.querySelector<HTMLDialogElement>('[data-testid="pin-dialog"]')!;
      await vi.waitFor(() => expect(dialog().open).toBe(true), PAGE);
      dialog().querySelector<HTMLButtonElement>('.actions button[type="button"]')!.click();
      await vi.waitFor(() => expect(question(root)).toBeNull(), PAGE);
      await vi.waitFor(() => expect(document.activeElement).toBe(button(root, 'import')), PAGE);
      expect((await settingsItem.get()).platforms).toEqual(['youtube']);
    },
  );
});

describe('the dashboard says what it did', () => {
  it("after a site's checklist was unticked, beside its button", async () => {
    await progressItem.set({ youtube: { supervisedAccount: { doneAt: '2026-11-01T10:00:00.000Z' } } });
    const root = await openDashboard();
    const card = root.querySelector<HTMLElement>('details[data-platform="youtube"]')!;
    card.querySelector<HTMLButtonElement>('[data-action="reset-platform"]')!.click();
    await vi.waitFor(() => expect(card.querySelector('[data-action="reset-platform-confirm"]')).not.toBeNull(), PAGE);
    card.querySelector<HTMLButtonElement>('[data-action="reset-platform-confirm"]')!.click();
    await vi.waitFor(() =>
      expect(card.querySelector('[data-testid="dashboard-status"]')?.textContent).toBe(
        d.resetPlatformDone!.replace('{{site}}', 'YouTube'),
      ),
    );
    expect(card.querySelector('[data-testid="dashboard-status"]')!.getAttribute('role')).toBe('status');
    await vi.waitFor(
      () => expect(document.activeElement).toBe(card.querySelector('[data-testid="dashboard-status"]')),
      PAGE,
    );
    expect(await progressItem.get()).toEqual({});
    // A tick there afterwards: the message no longer holds, and goes.
    card.querySelector<HTMLInputElement>('li[data-item="supervisedAccount"] input[type="checkbox"]')!.click();
    await vi.waitFor(() => expect(card.querySelector('[data-testid="dashboard-status"]')).toBeNull(), PAGE);
  });

  it("that a site's untick failed, until it is tried again: a tick there does not take that away", async () => {
    await progressItem.set({ youtube: { supervisedAccount: { doneAt: '2026-11-01T10:00:00.000Z' } } });
    const root = await openDashboard();
    const card = root.querySelector<HTMLElement>('details[data-platform="youtube"]')!;
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    // Storage refuses the untick's write (it removes the site's entry) and takes the tick's.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      const progress = (items as { progress?: Record<string, unknown> }).progress;
      if (progress && !('youtube' in progress)) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    card.querySelector<HTMLButtonElement>('[data-action="reset-platform"]')!.click();
    await vi.waitFor(() => expect(card.querySelector('[data-action="reset-platform-confirm"]')).not.toBeNull(), PAGE);
    card.querySelector<HTMLButtonElement>('[data-action="reset-platform-confirm"]')!.click();
    const message = () => card.querySelector('[data-testid="dashboard-status"]');
    await vi.waitFor(() => expect(message()?.getAttribute('role')).toBe('alert'), PAGE);
    const box = () => card.querySelector<HTMLInputElement>('li[data-item="supervisedAccount"] input[type="checkbox"]')!;
    box().click();
    await vi.waitFor(async () => expect((await progressItem.get()).youtube?.supervisedAccount).toBeUndefined(), PAGE);
    expect(message()?.getAttribute('role')).toBe('alert');
  });

  it('that an export found nothing it could read, and saves no file', async () => {
    const root = await openDashboard();
    const createObjectURL = vi.fn(() => 'blob:x');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL }));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    button(root, 'export')!.click();
    await vi.waitFor(() => expect(status(root)?.textContent).toBe(d.exportFailed), PAGE);
    expect(status(root)!.getAttribute('role')).toBe('alert');
    expect(createObjectURL).not.toHaveBeenCalled();
  });

  it('after the copy kept aside was handed to the browser to save, and that a reset deletes it', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 42 } });
    const root = await openDashboard();
    const kept = root.querySelector<HTMLElement>('[data-testid="kept-aside"]');
    expect(kept, 'a damaged value is kept aside').not.toBeNull();
    expect(root.querySelector('[data-testid="reset-clears-kept"]')?.textContent).toBe(d.resetAllKept);
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
    kept!.querySelector<HTMLButtonElement>('[data-action="export-kept"]')!.click();
    const said = () => kept!.querySelector('[data-testid="dashboard-status"]')?.textContent ?? '';
    await vi.waitFor(() => expect(said()).not.toBe(''), PAGE);
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(kept!.querySelector('[data-testid="dashboard-status"]')),
    );
    const [before, after] = d.exported!.split('{{file}}') as [string, string];
    expect(said().startsWith(`${before}make-it-safe-kept-aside-`), said()).toBe(true);
    expect(said().endsWith(`.json${after}`), said()).toBe(true);
  });

  it('a copy kept aside while the page is open is offered at once, and the reset warns of it', async () => {
    const root = await openDashboard();
    expect(root.querySelector('[data-testid="kept-aside"]')).toBeNull();
    // Another page reads a damaged value and keeps it aside.
    await fakeBrowser.storage.local.set({ settings: { language: 42 } });
    await settingsItem.get();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="kept-aside"]')).not.toBeNull(), PAGE);
    expect(root.querySelector('[data-testid="reset-clears-kept"]')?.textContent).toBe(d.resetAllKept);
  });

  it('no word about kept-aside copies under the reset when there are none', async () => {
    const root = await openDashboard();
    expect(root.querySelector('[data-testid="kept-aside"]')).toBeNull();
    expect(root.querySelector('[data-testid="reset-clears-kept"]')).toBeNull();
  });
});

describe('an import file chosen again', () => {
  it('while the question shows: a bad one takes the question away and says why; a good one asks again', async () => {
    const root = await openDashboard();
    choose(root, otherFamily());
    await vi.waitFor(() => expect(question(root)).not.toBeNull(), PAGE);
    // "Export first", as the question says: the export stays there beside it.
    expect(button(root, 'export')).not.toBeNull();
    choose(root, new File(['not json'], 'x.json', { type: 'application/json' }));
    await vi.waitFor(() => expect(status(root)?.getAttribute('role')).toBe('alert'), PAGE);
    expect(question(root)).toBeNull();
    button(root, 'import')!.focus();
    choose(root, otherFamily());
    await vi.waitFor(() => expect(question(root)).not.toBeNull(), PAGE);
    await vi.waitFor(() => expect(document.activeElement).toBe(button(root, 'import-confirm')), PAGE);
    // The problem said about the bad file no longer holds.
    expect(status(root)).toBeNull();
    expect((await settingsItem.get()).platforms).toEqual(['youtube']);
  });

  it('after "Cancel", the same file can be chosen and imported', async () => {
    const root = await openDashboard();
    choose(root, otherFamily());
    await vi.waitFor(() => expect(button(root, 'import-cancel')).not.toBeNull(), PAGE);
    button(root, 'import-cancel')!.click();
    await vi.waitFor(() => expect(question(root)).toBeNull(), PAGE);
    await importFile(root, otherFamily());
    await vi.waitFor(async () => expect((await settingsItem.get()).platforms).toEqual(['tiktok', 'instagram']), PAGE);
  });
});

describe('a reset, then an import before the reset has been drawn', () => {
  it('shows the import: the reset reads everything again too slowly to be drawn over it', async () => {
    const root = await openDashboard();
    button(root, 'reset-all')!.click();
    await vi.waitFor(() => expect(button(root, 'reset-all-confirm')).not.toBeNull(), PAGE);
    // The reset's reading of the progress (its page reload's) comes only when let go.
    const read = progressItem.get.bind(progressItem);
    let release: () => void = () => undefined;
    const held = vi
      .spyOn(progressItem, 'get')
      .mockImplementationOnce(() => new Promise((resolve) => (release = () => void read().then(resolve))));
    button(root, 'reset-all-confirm')!.click();
    await vi.waitFor(() => expect(held).toHaveBeenCalled(), PAGE);
    await importFile(root, otherFamily());
    await vi.waitFor(() => expect(status(root)?.textContent).toBe(fr.dashboard.imported), PAGE);
    release();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(status(root)?.textContent).toBe(fr.dashboard.imported);
    expect(document.documentElement.lang).toBe('fr');
  });
});
