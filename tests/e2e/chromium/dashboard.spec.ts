import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import type { BrowserContext, FileChooser, Locator, Page } from '@playwright/test';
import { test, expect, getStorage, setStorage } from './fixtures';
import { instagram } from '../../../lib/platforms/instagram';
import { PLATFORMS } from '../../../lib/platforms/registry';
import { hashPin, verifyPin } from '../../../lib/pin';
import { ROOT } from '../paths';

/** The English words of the dashboard, which the tests read the page's text against. */
const EN_UI = JSON.parse(readFileSync(path.join(ROOT, 'locales/en/ui.json'), 'utf8')) as {
  dashboard: Record<'importQuestion' | 'importQuestionPin' | 'resetDone', string>;
};

/** A parent PIN (4821) already set, as the dashboard finds it. */
async function withPin(background: Parameters<typeof setStorage>[0]): Promise<void> {
  await setStorage(background, { pin: { record: await hashPin('4821'), lock: { failures: 0 } }, pin$: { v: 1 } });
}

/** The dashboard with a parent PIN (4821) set, drawn. */
async function dashboardWithPin(
  context: BrowserContext,
  extensionId: string,
  background: Parameters<typeof setStorage>[0],
): Promise<Page> {
  await withPin(background);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('main:not([aria-busy])').waitFor();
  return page;
}

// A card counts all of its items, the kids' and the parents' (each list inside has its own count).
const ALL = instagram.checklist.length;
const KIDS = instagram.checklist.filter((i) => i.audience === 'kids').length;

/**
 * The file chooser that `act` opens. Playwright asks Chromium to hand it file choosers when the
 * first listener is added, without waiting for an answer; a round trip on the same page afterwards
 * makes sure Chromium has taken that in before `act` opens one (else it goes to the real dialog).
 */
async function fileChooserAfter(page: Page, act: () => Promise<void>): Promise<FileChooser> {
  const chooser = page.waitForEvent('filechooser');
  await page.evaluate(() => undefined);
  await act();
  return chooser;
}

/** Types the PIN in the open dialog and keeps the file the page then offers; returns its path. */
async function savedAfterPin(page: Page, name: string): Promise<{ file: string; suggested: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByTestId('pin-entry')
      .fill('4821')
      .then(() => page.getByTestId('pin-entry').press('Enter')),
  ]);
  const file = path.join(os.tmpdir(), `${name}-${Date.now()}.json`);
  await download.saveAs(file);
  return { file, suggested: download.suggestedFilename() };
}

/**
 * Opens the dashboard and presses a button that saves a file holding the PIN's hash: the PIN is
 * asked for first, with the export's words, and no file comes meanwhile. `downloads()` counts the
 * files the page has offered since.
 */
async function exportAsksPin(
  context: BrowserContext,
  extensionId: string,
  action: string,
): Promise<{ page: Page; downloads: () => number }> {
  const en = JSON.parse(await readFile(path.join(ROOT, 'locales/en/ui.json'), 'utf8')) as {
    pin: { askExport: string };
  };
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.locator(`[data-action="${action}"]`).click();
  await expect(page.getByTestId('pin-dialog')).toBeVisible();
  await expect(page.getByTestId('pin-ask-text')).toHaveText(en.pin.askExport);
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);
  return { page, downloads: () => downloads };
}

/** A message shown beside the control that caused it: in view, and a few lines under it at most. */
async function expectBeside(message: Locator, control: Locator): Promise<void> {
  await expect(message).toBeInViewport({ ratio: 1 });
  const [m, c] = [(await message.boundingBox())!, (await control.boundingBox())!];
  expect(Math.abs(m.y - (c.y + c.height)), JSON.stringify({ m, c })).toBeLessThan(120);
}

test.describe('the family dashboard', () => {
  test('shows every platform, and an item ticked in the popup at once, with undo', async ({
    context,
    extensionId,
    openPopup,
    background,
  }) => {
    const dashboard = await context.newPage();
    await dashboard.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(dashboard.getByRole('heading', { level: 1 })).toHaveText('Family dashboard');
    await expect(dashboard.locator('details.platform')).toHaveCount(PLATFORMS.length);
    const ig = dashboard.locator('details.platform[data-platform="instagram"]');
    await expect(ig.locator(':scope > summary')).toContainText(`0 of ${ALL} done`);
    const popup = await openPopup('https://www.instagram.com/');
    await popup.getByRole('checkbox', { name: 'My account is private' }).check();
    // Saved first (so a failure below is the dashboard's, not the popup's) ...
    await expect
      .poll(async () => {
        const progress = (await getStorage(background))['progress'] as Record<string, object> | undefined;
        return Object.keys(progress?.['instagram'] ?? {});
      })
      .toEqual(['privateAccount']);
    // ... and then, with no reload, on the dashboard, which follows storage.
    await expect(ig.locator(':scope > summary')).toContainText(`1 of ${ALL} done`);
    await ig.locator(':scope > summary').click();
    await expect(ig.getByRole('checkbox', { name: 'My account is private' })).toBeChecked();
    await expect(ig.locator('.done-on').first()).toContainText('Done on');
    // A parents' item counts on the card too, beside the kids' list's own count.
    const parentsItem = ig.locator('.checklist.parents').getByRole('checkbox').first();
    await parentsItem.check();
    await expect(ig.locator(':scope > summary')).toContainText(`2 of ${ALL} done`);
    await expect(ig.getByTestId('checklist-progress')).toHaveText(`1 of ${KIDS} done`);
    await parentsItem.uncheck();
    await expect(ig.locator(':scope > summary')).toContainText(`1 of ${ALL} done`);
    // Undo from the dashboard shows in the popup after it reopens.
    await ig.getByRole('checkbox', { name: 'My account is private' }).uncheck();
    await expect(ig.locator(':scope > summary')).toContainText(`0 of ${ALL} done`);
    await popup.reload();
    await expect(popup.getByRole('checkbox', { name: 'My account is private' })).not.toBeChecked();
  });

  test('exports everything, and importing the file restores it after a reset', async ({
    context,
    extensionId,
    background,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const ig = page.locator('details.platform[data-platform="instagram"]');
    await ig.locator(':scope > summary').click();
    await ig.getByRole('checkbox', { name: 'My account is private' }).check();
    await page.getByTestId('language').selectOption('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByTestId('prompt-period').selectOption('14');
    await expect
      .poll(async () => ((await getStorage(background))['prompts'] as { everyDays?: number } | undefined)?.everyDays)
      .toBe(14);
    const before = await getStorage(background);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="export"]').click(),
    ]);
    const file = path.join(os.tmpdir(), `mis-export-${Date.now()}.json`);
    await download.saveAs(file);
    // No PIN: the message says where the file went, and nothing about a PIN. The page is in French.
    await expect(page.getByTestId('dashboard-status')).toContainText(download.suggestedFilename());
    await expect(page.getByTestId('dashboard-status')).not.toContainText('PIN');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'make-it-safe-backup', version: 2 });
    // Something kept aside earlier: a reset deletes it too.
    await setStorage(background, {
      quarantine: [{ key: 'local:settings', at: new Date().toISOString(), reason: 'test', value: 1, seen: true }],
    });
    // Reset everything (two steps), then import.
    await page.locator('[data-action="reset-all"]').click();
    await page.locator('[data-action="reset-all-confirm"]').click();
    await expect.poll(async () => (await getStorage(background))['progress']).toEqual({});
    expect((await getStorage(background))['quarantine']).toEqual([]);
    // The page is read again after a reset (the policy with it, up to 250 ms): its message, which
    // takes the focus, comes then. Imported before it, the message took the focus from "Yes" and
    // the Enter below pressed nothing (two clean-clone runs, 2026-11-26).
    await expect(page.getByTestId('dashboard-status')).toHaveText(EN_UI.dashboard.resetDone);
    // The dashboard's own button opens the browser's file chooser.
    const chooser = await fileChooserAfter(page, () => page.locator('[data-action="import"]').click());
    expect(chooser.isMultiple()).toBe(false);
    await chooser.setFiles(file);
    // Nothing changes before the question is answered: it says what the file replaces, its "Yes"
    // has the focus and is described by it, and Enter answers.
    const question = page.getByTestId('import-question');
    await expect(question).toContainText(EN_UI.dashboard.importQuestion);
    const yes = page.locator('[data-action="import-confirm"]');
    await expect(yes).toBeFocused();
    await expect(yes).toHaveAccessibleDescription(EN_UI.dashboard.importQuestion);
    expect((await getStorage(background))['progress']).toEqual({});
    await page.keyboard.press('Enter');
    // The reset's own message is showing already: wait for the import's, in the imported language.
    await expect(page.getByTestId('dashboard-status')).toHaveText(
      'Importation réussie : vos réglages et vos listes à cocher sont de retour.',
    );
    // Beside the import button (the page was redrawn in French), with focus, so it is read out.
    await expect(page.getByTestId('dashboard-status')).toBeFocused();
    await expectBeside(page.getByTestId('dashboard-status'), page.locator('[data-action="import"]'));
    const after = await getStorage(background);
    for (const key of ['settings', 'progress', 'prompts']) expect(after[key], key).toEqual(before[key]);
  });

  test('a bad file changes nothing and says why', async ({ context, extensionId, background }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const before = await getStorage(background);
    const bad = path.join(os.tmpdir(), `mis-bad-${Date.now()}.json`);
    await writeFile(bad, '{"format":"make-it-safe-backup","version":99}');
    // With the keyboard alone: Enter on the button opens the chooser.
    const chooser = await fileChooserAfter(page, () => page.locator('[data-action="import"]').press('Enter'));
    await chooser.setFiles(bad);
    await expect(page.getByRole('alert')).toContainText('newer version');
    // Another file (the same path twice would not be a new choice for the file input).
    const notJson = `${bad}.2.json`;
    await writeFile(notJson, 'not json at all');
    await page.getByTestId('import').setInputFiles(notJson);
    await expect(page.getByRole('alert')).toContainText('could not be read');
    const after = await getStorage(background);
    for (const key of ['settings', 'progress', 'prompts']) expect(after[key], key).toEqual(before[key]);
  });
});

test('shows data that was kept aside, and saves it to a file without deleting it', async ({
  context,
  extensionId,
  background,
}) => {
  const damaged = { language: 'klingon', country: 'FR', helper: 'big' };
  await setStorage(background, { settings: damaged, settings$: { v: 2 } });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('kept-aside')).toContainText('could not read');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="export-kept"]').click(),
  ]);
  const file = path.join(os.tmpdir(), `mis-kept-${Date.now()}.json`);
  await download.saveAs(file);
  const kept = JSON.parse(await readFile(file, 'utf8')) as { key: string; value: unknown }[];
  expect(kept.map((e) => e.value)).toContainEqual(damaged);
  // Still kept after saving it.
  expect(JSON.stringify((await getStorage(background))['quarantine'])).toContain('klingon');
});

test('saving kept-aside data that holds a PIN asks for the PIN first', async ({ context, extensionId, background }) => {
  await withPin(background);
  const damagedPin = { record: { salt: 'c2FsdA==', hash: 'short' }, lock: { failures: 0 } };
  await setStorage(background, {
    quarantine: [{ key: 'local:pin', at: new Date().toISOString(), reason: 'invalid', value: damagedPin, seen: true }],
  });
  const { page } = await exportAsksPin(context, extensionId, 'export-kept');
  // With the PIN: the file, with the PIN's entry in it.
  const { file, suggested } = await savedAfterPin(page, 'mis-kept-pin');
  const kept = JSON.parse(await readFile(file, 'utf8')) as { key: string; value: unknown }[];
  expect(kept).toContainEqual(expect.objectContaining({ key: 'local:pin', value: damagedPin }));
  // Said beside its button, that the file holds the PIN, and focused once the PIN dialog has closed
  // (the save runs in the update that closes it), so a screen reader reads it.
  const status = page.getByTestId('kept-aside').getByTestId('dashboard-status');
  await expect(status).toContainText(suggested);
  await expect(status).toContainText('keep it where your child cannot open it');
  await expect(status).toBeFocused();
});

test('the PIN asked after "Yes, import this file": its Cancel imports nothing and gives the focus back to "Import a file"', async ({
  context,
  extensionId,
  background,
}) => {
  await withPin(background);
  // The family's own file, exported with the PIN in another page (a PIN entered there does not
  // count here).
  const { page: exporter } = await exportAsksPin(context, extensionId, 'export');
  const { file } = await savedAfterPin(exporter, 'mis-import-cancel');
  await exporter.close();
  const before = await getStorage(background);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('import').setInputFiles(file);
  const yes = page.locator('[data-action="import-confirm"]');
  await expect(yes).toBeFocused();
  await yes.press('Enter');
  await expect(page.getByTestId('pin-dialog')).toBeVisible();
  await page.getByTestId('pin-dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('pin-dialog')).toBeHidden();
  await expect(page.getByTestId('import-question')).toHaveCount(0);
  await expect(page.locator('[data-action="import"]')).toBeFocused();
  const after = await getStorage(background);
  for (const key of ['settings', 'progress', 'prompts', 'pin']) expect(after[key], key).toEqual(before[key]);
});

test('lays its controls out for the reader, in English and in Urdu', async ({ context, extensionId }) => {
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/options.html`);
  const card = dashboard.locator('details.platform[data-platform="instagram"]');
  // A site card shows that it opens: a triangle along the reading direction, turned down when open.
  const marker = () =>
    card.locator(':scope > summary').evaluate((s) => {
      const style = getComputedStyle(s, '::before');
      return { width: style.borderInlineStartWidth, transform: style.transform };
    });
  expect(await marker()).toEqual({ width: '8px', transform: 'none' });
  await card.locator(':scope > summary').click();
  await expect(card).toHaveAttribute('open', '');
  expect((await marker()).transform).not.toBe('none');

  // The new-PIN fields: each label apart from its box (they touched), or the box below it.
  const pinFields = dashboard.locator('form.new-pin label.field');
  await expect(pinFields).toHaveCount(2);
  for (const field of await pinFields.all()) {
    const label = (await field.locator('span').boundingBox())!;
    const box = (await field.locator('input').boundingBox())!;
    const apart = box.x - (label.x + label.width) >= 6 || box.y >= label.y + label.height;
    expect(apart, JSON.stringify({ label, box })).toBe(true);
  }

  // In Urdu's tall lines, a checkbox sits on its label's first line, not above it.
  await dashboard.getByTestId('language').first().selectOption('ur');
  await expect(dashboard.locator('html')).toHaveAttribute('lang', 'ur');
  const offset = await dashboard
    .locator('[data-testid="family-platforms"] label.choice')
    .first()
    .evaluate((choice) => {
      const box = choice.querySelector('input')!.getBoundingClientRect();
      const text = choice.querySelector('span')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      range.selectNodeContents(walker.nextNode()!);
      const line = range.getClientRects()[0]!;
      return Math.abs(box.top + box.height / 2 - (line.top + line.height / 2));
    });
  expect(offset).toBeLessThanOrEqual(4);
});

test.describe('messages and focus after an action', () => {
  test('an import problem shows beside the import button; a damaged export of ours says so', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const importButton = page.locator('[data-action="import"]');
    await importButton.scrollIntoViewIfNeeded();
    // A real export, cut short (a copy stopped part-way).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="export"]').click(),
    ]);
    const whole = await readFile((await download.path())!, 'utf8');
    const cut = path.join(os.tmpdir(), `mis-cut-${Date.now()}.json`);
    await writeFile(cut, whole.slice(0, Math.floor(whole.length / 2)));
    const chooser = await fileChooserAfter(page, () => importButton.click());
    await chooser.setFiles(cut);
    const alert = page.getByRole('alert').filter({ hasText: 'damaged or incomplete' });
    await expect(alert).toHaveText(
      'This is a Make-IT-Safe export, but it is damaged or incomplete, so it could not be read. Try another copy of it. Nothing was changed.',
    );
    // In the backup section, under the button: not at the top of the page, out of sight.
    await expect(page.locator('section[aria-labelledby="backup-title"]').getByTestId('dashboard-status')).toBeVisible();
    await expectBeside(alert, importButton);
    // Valid JSON that is not an export says that instead.
    const other = `${cut}.other.json`;
    await writeFile(other, '{"name": "another program"}');
    await page.getByTestId('import').setInputFiles(other);
    await expect(page.getByRole('alert')).toHaveText('This file is not a Make-IT-Safe export. Nothing was changed.');
    await expectBeside(page.getByRole('alert'), importButton);
    // The same file again: the same words, but a new alert, so a screen reader says it again
    // (an alert whose text does not change is not read out a second time).
    const status = page.getByTestId('dashboard-status');
    await status.evaluate((el) => el.setAttribute('data-seen', ''));
    await page.getByTestId('import').setInputFiles(other);
    await expect(status.and(page.locator(':not([data-seen])'))).toHaveText(
      'This file is not a Make-IT-Safe export. Nothing was changed.',
    );
    await expect(status).toHaveCount(1);
  });

  test('setting and removing the PIN, and a reset, put the message beside the control and focus on it', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const status = page.getByTestId('dashboard-status');
    const focusedTag = () => page.evaluate(() => document.activeElement?.tagName);

    // Set the PIN from the keyboard: its form goes, focus must not fall to <body>.
    await page.getByTestId('dashboard-pin-pin').fill('4821');
    await page.getByTestId('dashboard-pin-repeat').fill('4821');
    await page.getByTestId('dashboard-pin-repeat').press('Enter');
    await expect(page.getByTestId('pin-state')).toHaveText('A parent PIN is set.');
    await expect(status).toHaveText('The parent PIN was saved.');
    await expect(status).toBeFocused();
    await expect(status).toHaveAttribute('role', 'status');
    await expectBeside(status, page.locator('[data-action="change-pin"]'));

    // Remove it (with the PIN): the buttons give way to the new-PIN form.
    await page.locator('[data-action="remove-pin"]').click();
    await page.locator('[data-action="remove-pin-confirm"]').click();
    await page.getByTestId('pin-entry').fill('4821');
    await page.getByTestId('pin-entry').press('Enter');
    await expect(page.getByTestId('pin-state')).toHaveText('No parent PIN is set.');
    await expect(status).toHaveText('The parent PIN was removed.');
    await expect(status).toBeFocused();
    await expectBeside(status, page.getByTestId('dashboard-pin-form'));

    // Reset everything: the message is under the reset button, ~3,000 px below the top.
    await page.locator('[data-action="reset-all"]').click();
    await page.locator('[data-action="reset-all-confirm"]').click();
    await expect(status).toHaveText('Everything was reset.');
    await expect(status).toBeFocused();
    await expectBeside(status, page.locator('[data-action="reset-all"]'));
    expect(await focusedTag()).not.toBe('BODY');
  });

  test('a message follows a change of language: in its words and its direction, still the same element', async ({
    context,
    extensionId,
  }) => {
    const words = async (lang: string) =>
      JSON.parse(await readFile(new URL(`../../../locales/${lang}/ui.json`, import.meta.url), 'utf8')) as {
        dashboard: { welcomeDone: string };
        pin: { saved: string };
      };
    const [en, ar, fr] = await Promise.all([words('en'), words('ar'), words('fr')]);
    const page = await context.newPage();
    // The first run's "All set" message, then the parent switches the dashboard to Arabic.
    await page.goto(`chrome-extension://${extensionId}/options.html?welcome=1`);
    const status = page.getByTestId('dashboard-status');
    await expect(status).toHaveText(en.dashboard.welcomeDone);
    await expect(status).toHaveAttribute('role', 'status');
    await status.evaluate((el) => el.setAttribute('data-seen', ''));
    await page.getByTestId('language').first().selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(status).toHaveText(ar.dashboard.welcomeDone);
    // Where it was, and the same element: only its words changed, so nothing is read out again.
    await expect(page.locator('main > [data-testid="dashboard-status"][data-seen]')).toHaveCount(1);
    expect(await status.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

    // A PIN message, then French: left to right again, in French.
    await page.getByTestId('dashboard-pin-pin').fill('4821');
    await page.getByTestId('dashboard-pin-repeat').fill('4821');
    await page.getByTestId('dashboard-pin-repeat').press('Enter');
    await expect(status).toHaveText(ar.pin.saved);
    await expect(status).toBeFocused();
    await page.getByTestId('language').first().selectOption('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(status).toHaveText(fr.pin.saved);
    await expect(page.getByTestId('pin-settings').getByTestId('dashboard-status')).toHaveCount(1);
    expect(await status.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  });

  test('a double-click or a held Enter on a two-step button only arms it: nothing is reset or removed until a second, separate press', async ({
    context,
    extensionId,
    background,
  }) => {
    const doneAt = new Date().toISOString();
    await setStorage(background, { progress: { instagram: { privateAccount: { doneAt } } } });
    const page = await dashboardWithPin(context, extensionId, background);
    const ig = page.locator('details.platform[data-platform="instagram"]');
    await ig.locator(':scope > summary').click();
    const steps: [Locator, Locator][] = [
      [ig.locator('[data-action="reset-platform"]'), ig.locator('[data-action="reset-platform-confirm"]')],
      [page.locator('[data-action="reset-all"]'), page.locator('[data-action="reset-all-confirm"]')],
      [page.locator('[data-action="remove-pin"]'), page.locator('[data-action="remove-pin-confirm"]')],
    ];
    for (const [first, second] of steps) {
      await first.dblclick();
      await expect(second).toBeVisible();
    }
    // "Yes, remove the PIN" was not pressed either: it would have asked for the PIN.
    await page.waitForTimeout(300);
    await expect(page.getByTestId('pin-dialog')).toBeHidden();
    // Enter held down on the first step: its repeats do not press the second.
    await page.keyboard.press('Escape');
    await page.reload();
    await page.locator('main:not([aria-busy])').waitFor();
    await page.locator('[data-action="reset-all"]').focus();
    await page.keyboard.down('Enter');
    await expect(page.locator('[data-action="reset-all-confirm"]')).toBeFocused();
    for (let i = 0; i < 5; i++) await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    await page.waitForTimeout(500);
    await expect(page.getByTestId('pin-dialog')).toBeHidden();
    const stored = await getStorage(background);
    expect(stored['progress']).toEqual({ instagram: { privateAccount: { doneAt } } });
    expect(await verifyPin('4821', (stored['pin'] as { record?: unknown } | undefined)?.record)).toBe(true);
    // A press of its own still confirms.
    await page.locator('[data-action="reset-all-confirm"]').click();
    await expect.poll(async () => (await getStorage(background))['progress']).toEqual({});
  });

  test('Enter held on "Yes, remove the PIN" does not go on into the PIN dialog as wrong tries', async ({
    context,
    extensionId,
    background,
  }) => {
    const page = await dashboardWithPin(context, extensionId, background);
    await page.locator('[data-action="remove-pin"]').click();
    await page.locator('[data-action="remove-pin-confirm"]').focus();
    await page.keyboard.down('Enter');
    await expect(page.getByTestId('pin-entry')).toBeFocused();
    for (let i = 0; i < 6; i++) await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    // Confirm with nothing typed is no try either.
    await page.getByTestId('pin-dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.waitForTimeout(500);
    await expect(page.locator('#pin-dialog-message')).toBeEmpty();
    const { pin } = (await getStorage(background)) as { pin?: { lock?: { failures?: number } } };
    expect(pin?.lock?.failures ?? 0).toBe(0);
    await expect(page.getByTestId('pin-dialog')).toBeVisible();
  });

  test('cancelling the PIN for "Yes, remove the PIN" puts the button back to its first state', async ({
    context,
    extensionId,
    background,
  }) => {
    const page = await dashboardWithPin(context, extensionId, background);
    for (const close of ['Cancel', 'Escape'] as const) {
      await page.locator('[data-action="remove-pin"]').click();
      await page.locator('[data-action="remove-pin-confirm"]').click();
      await expect(page.getByTestId('pin-dialog')).toBeVisible();
      if (close === 'Cancel') await page.getByTestId('pin-dialog').getByRole('button', { name: 'Cancel' }).click();
      else await page.keyboard.press('Escape');
      await expect(page.getByTestId('pin-dialog')).toBeHidden();
      await expect(page.locator('[data-action="remove-pin-confirm"]'), close).toHaveCount(0);
      await expect(page.locator('[data-action="remove-pin"]'), close).toBeFocused();
      await expect(page.getByTestId('pin-state')).toHaveText('A parent PIN is set.');
    }
  });

  test('with a PIN, export waits for it (the file carries its hash), and the dialog says what export and import approve', async ({
    context,
    extensionId,
    background,
  }) => {
    await withPin(background);
    const en = JSON.parse(await readFile(path.join(ROOT, 'locales/en/ui.json'), 'utf8')) as {
      pin: Record<'askText' | 'askImport', string>;
    };
    const { page, downloads } = await exportAsksPin(context, extensionId, 'export');
    // Cancelled: no file.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('pin-dialog')).toBeHidden();
    expect(downloads()).toBe(0);
    // Cancelled while the right PIN is still being checked: no file either.
    await page.locator('[data-action="export"]').click();
    await page.getByTestId('pin-entry').fill('4821');
    await page.getByTestId('pin-entry').press('Enter');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('pin-dialog')).toBeHidden();
    await page.waitForTimeout(1500);
    expect(downloads()).toBe(0);
    // With the PIN: the file.
    await page.locator('[data-action="export"]').click();
    const { file, suggested } = await savedAfterPin(page, 'mis-export-pin');
    // Said beside the button, with the file's name, and that the file holds the PIN's hash.
    const status = page.getByTestId('dashboard-status');
    await expect(status).toHaveText(
      `Your browser was asked to save ${suggested}. Look for it with your downloads. ` +
        'The file holds the parent PIN in coded form: keep it where your child cannot open it.',
    );
    await expect(status).toHaveAttribute('role', 'status');
    // Focused, so a screen reader reads it: a status drawn with its words already in it is often not.
    await expect(status).toBeFocused();
    expect(suggested).toMatch(/^make-it-safe-\d{4}-\d\d-\d\d\.json$/);
    await expectBeside(status, page.locator('[data-action="export"]'));

    // Import, in a new page (no PIN entered there yet): the dialog says the file replaces the PIN.
    const other = await context.newPage();
    await other.goto(`chrome-extension://${extensionId}/options.html`);
    await other.getByTestId('import').setInputFiles(file);
    // The question says the file brings its own PIN; "Yes" then asks for the PIN set now.
    await expect(other.getByTestId('import-question')).toContainText(EN_UI.dashboard.importQuestionPin);
    await other.locator('[data-action="import-confirm"]').click();
    await expect(other.getByTestId('pin-dialog')).toBeVisible();
    await expect(other.getByTestId('pin-ask-text')).toHaveText(en.pin.askImport);
    await other.keyboard.press('Escape');
    // Any other change keeps the dialog's usual words.
    await other.locator('[data-action="remove-pin"]').click();
    await other.locator('[data-action="remove-pin-confirm"]').click();
    await expect(other.getByTestId('pin-ask-text')).toHaveText(en.pin.askText);
  });

  test('"Change the PIN" puts the focus in the new PIN\'s first field, and its Cancel back on "Change the PIN", with the keyboard alone', async ({
    context,
    extensionId,
    background,
  }) => {
    const page = await dashboardWithPin(context, extensionId, background);
    const change = page.locator('[data-action="change-pin"]');
    await change.focus();
    // With the PIN asked first: its dialog closes as the form comes.
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pin-entry')).toBeFocused();
    await page.keyboard.type('4821');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pin-dialog')).toBeHidden();
    await expect(page.getByTestId('dashboard-pin-pin')).toBeFocused();
    // Cancel, reached with Tab: the form goes, the focus goes back to the button that opened it.
    const cancel = page.getByTestId('dashboard-pin-form').getByRole('button', { name: 'Cancel' });
    for (let i = 0; i < 5 && !(await cancel.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(cancel).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('dashboard-pin-form')).toHaveCount(0);
    await expect(change).toBeFocused();
    // Again within the PIN's few minutes: no dialog, the form comes at once, the focus in it.
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('dashboard-pin-pin')).toBeFocused();
    await expect(page.getByTestId('pin-dialog')).toBeHidden();
  });

  test.describe('with a clock of its own', () => {
    // page.clock runs the fake clock in every page of its browser, for good.
    test.use({ freshBrowser: true });

    test('a "change the PIN" form left open past the PIN\'s few minutes asks for the PIN again before saving', async ({
      context,
      extensionId,
      background,
    }) => {
      await withPin(background);
      const page = await context.newPage();
      await page.clock.install();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.locator('[data-action="change-pin"]').click();
      await page.getByTestId('pin-entry').fill('4821');
      await page.getByTestId('pin-entry').press('Enter');
      await expect(page.getByTestId('dashboard-pin-form')).toBeVisible();
      // Within the few minutes: saved at once.
      await page.getByTestId('dashboard-pin-pin').fill('5932');
      await page.getByTestId('dashboard-pin-repeat').fill('5932');
      await page.getByTestId('dashboard-pin-repeat').press('Enter');
      await expect(page.getByTestId('dashboard-status')).toHaveText('The parent PIN was saved.');
      // Opened again, then left for six minutes: someone else typing a new PIN is asked for the PIN.
      await page.locator('[data-action="change-pin"]').click();
      await expect(page.getByTestId('dashboard-pin-form')).toBeVisible();
      await page.clock.fastForward('06:00');
      await page.getByTestId('dashboard-pin-pin').fill('1111');
      await page.getByTestId('dashboard-pin-repeat').fill('1111');
      await page.getByTestId('dashboard-pin-repeat').press('Enter');
      await expect(page.getByTestId('pin-dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('pin-dialog')).toBeHidden();
      // The new PIN is still typed, to save with the PIN or to change.
      await expect(page.getByTestId('dashboard-pin-pin')).toHaveValue('1111');
      await expect(page.getByTestId('dashboard-pin-repeat')).toHaveValue('1111');
      // Not saved: the PIN is still the one set above.
      const stored = (await getStorage(background))['pin'] as { record: unknown };
      expect(await verifyPin('5932', stored.record as Parameters<typeof verifyPin>[1])).toBe(true);
    });
  });

  test('an address with #admin opens at the help for schools, once the page is drawn', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html#admin`);
    await expect(page.getByTestId('admin-help')).toBeVisible();
    await expect(page.locator('#admin-title')).toBeInViewport();
    // As a fragment the browser found itself: the keyboard goes on from that section, not the top.
    await expect(page.locator('#admin-title')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#admin') !== null)).toBe(true);
  });
});
