import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import {
  test,
  expect,
  getStorage,
  setStorage,
  launchWithExtension,
  serviceWorkerOf,
  ClosedHelper,
  clickClosingTab,
} from './fixtures';
import { CHROME_EXTENSION_ID } from '../paths';
import { hashPin } from '../../../lib/pin';
import { instagram } from '../../../lib/platforms/instagram';

const PIN = '4821';
const KIDS = instagram.checklist.filter((i) => i.audience === 'kids');
/** A dashboard card counts all of its items, the kids' and the parents'. */
const ALL = instagram.checklist.length;

/** The tab the extension opens by itself on install. */
async function welcomeTab(context: BrowserContext): Promise<Page> {
  const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
  const page = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome }));
  await page.locator('main:not([aria-busy])').waitFor();
  return page;
}

async function openDashboard(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
  await page.locator('main:not([aria-busy])').waitFor();
  return page;
}

async function withPin(background: Parameters<typeof setStorage>[0]): Promise<void> {
  await setStorage(background, { pin: { record: await hashPin(PIN), lock: { failures: 0 } }, pin$: { v: 1 } });
}

test.describe('first run', () => {
  test.use({ keepWelcome: true });
  test('opens on install and goes through to the dashboard with everything chosen', async ({ context, background }) => {
    const page = await welcomeTab(context);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Make-IT-Safe');
    // The plain statement, and where schools learn to keep it installed.
    await expect(page.getByTestId('about')).toContainText('It watches nothing');
    await expect(page.getByTestId('about')).toContainText('It sends nothing');
    await expect(page.locator('[data-action="policy-help"]')).toHaveAttribute('href', /options\.html#admin$/);
    // Each step's heading names its control; no label under it says the same again.
    await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toHaveAttribute(
      'data-testid',
      'language',
    );
    await expect(page.getByRole('group', { name: 'Who is setting up', exact: true })).toHaveAttribute(
      'data-testid',
      'role',
    );
    const country = page.getByRole('combobox', { name: 'Country', exact: true });
    await expect(country).toHaveAttribute('data-testid', 'country');
    await expect(country).toHaveAccessibleDescription('Used only to show the right helplines.');
    await expect(page.locator('form').getByText('Language', { exact: true })).toHaveCount(1);
    await expect(page.locator('form').getByText(/^Who is setting up/)).toHaveCount(1);

    // Keyboard only, from the language to the last button.
    await page.getByTestId('language').selectOption('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByTestId('language').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('radio', { name: /A child or teenager/ }).check();
    await page.getByRole('checkbox', { name: 'Instagram' }).check();
    await page.getByRole('checkbox', { name: 'TikTok' }).check();
    await page.getByTestId('country').selectOption('FR');
    // A PIN typed differently twice is refused with a reason, and nothing is saved.
    await page.getByTestId('welcome-pin').fill(PIN);
    await page.getByTestId('welcome-pin-repeat').fill('4822');
    await page.locator('[data-action="finish"]').click();
    await expect(page.locator('#welcome-pin-problem')).toHaveText('The two PINs are not the same. Type them again.');
    expect((await getStorage(background))['pin']).toBeUndefined();
    await page.getByTestId('welcome-pin-repeat').fill(PIN);
    await page.getByTestId('welcome-pin-repeat').press('Enter');

    await page.waitForURL(/options\.html\?welcome=1$/);
    await expect(page.getByTestId('dashboard-status')).toContainText('All set.');
    // The family's two sites first, the others folded away.
    await expect(page.locator('main > section details.platform:not(.others details)')).toHaveCount(2);
    await expect(page.getByTestId('other-sites')).toContainText('Other supported sites (13)');
    const stored = await getStorage(background);
    expect(stored['settings']).toMatchObject({
      role: 'child',
      platforms: ['instagram', 'tiktok'],
      country: 'FR',
      language: 'en',
      setupDone: true,
    });
    const pin = stored['pin'] as { record: { algorithm: string; iterations: number; salt: string; hash: string } };
    expect(pin.record).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: 600_000 });
    // The PIN itself is nowhere in storage.
    expect(JSON.stringify(stored)).not.toContain(PIN);
    await expect(page.getByTestId('pin-state')).toHaveText('A parent PIN is set.');
    await expect(page.getByTestId('setup-reminder')).toHaveCount(0);
  });

  test('a country that is not in the list is saved as such, not as the country the browser suggests', async ({
    context,
    background,
  }) => {
    const page = await welcomeTab(context);
    // The default test browser is en-US: the United States is offered first.
    await expect(page.getByTestId('country')).toHaveValue('US');
    await page.getByTestId('country').selectOption({ label: 'My country is not in the list' });
    await page.locator('[data-action="finish"]').click();
    await page.waitForURL(/options\.html\?welcome=1$/);
    expect((await getStorage(background))['settings']).toMatchObject({ country: 'none', setupDone: true });
    await expect(page.getByTestId('country')).toHaveValue('none');
  });

  test('can be skipped: nothing is chosen, and the dashboard offers it again', async ({ context, background }) => {
    const page = await welcomeTab(context);
    await clickClosingTab(page, '[data-action="skip"]');
    const stored = await getStorage(background);
    expect((stored['settings'] as { setupDone?: boolean } | undefined)?.setupDone ?? false).toBe(false);
    const dashboard = await openDashboard(context);
    await expect(dashboard.getByTestId('setup-reminder')).toBeVisible();
    await dashboard.getByTestId('setup-reminder').getByRole('link').click();
    await dashboard.waitForURL(/welcome\.html\?from=dashboard$/);
    await expect(dashboard.getByRole('heading', { level: 1 })).toHaveText('Welcome to Make-IT-Safe');
    // Opened from the dashboard, in its tab: Skip goes back to the dashboard, not closing the tab.
    await dashboard.locator('[data-action="skip"]').click();
    await dashboard.waitForURL(/options\.html$/);
    expect(dashboard.isClosed()).toBe(false);
    await expect(dashboard.getByTestId('setup-reminder')).toBeVisible();
    // The same link opened in a tab of its own (a middle click): Skip closes that tab.
    const opened = context.waitForEvent('page');
    await dashboard.getByTestId('setup-reminder').getByRole('link').click({ button: 'middle' });
    const own = await opened;
    await own.locator('main:not([aria-busy])').waitFor();
    await clickClosingTab(own, '[data-action="skip"]');
    expect(own.isClosed()).toBe(true);
  });
});

test('"keep it installed with browser policy" opens the dashboard at that help, not at its top', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/welcome.html`);
  await page.locator('main:not([aria-busy])').waitFor();
  await page.locator('[data-action="policy-help"]').click();
  await page.waitForURL(/options\.html#admin$/);
  await expect(page.getByTestId('admin-help')).toBeVisible();
  await expect(page.locator('#admin-title')).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
});

test.describe('the parent PIN', () => {
  test('a first run left open follows what a parent changes elsewhere, and writes back only what was chosen on it', async ({
    context,
    background,
  }) => {
    await withPin(background);
    const settings = {
      language: 'en',
      country: 'auto',
      platforms: [],
      helper: { minimized: false, offSites: [] },
      setupDone: true,
    };
    await setStorage(background, { settings: { ...settings, role: 'educator' }, settings$: { v: 3 } });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/welcome.html`);
    await page.locator('main:not([aria-busy])').waitFor();
    await expect(page.getByRole('radio', { name: /A teacher or trainer/ })).toBeChecked();
    // Meanwhile a parent sets the role, the country and the sites in the dashboard, with the PIN.
    const elsewhere = { ...settings, role: 'parent', country: 'FR', platforms: ['tiktok'] };
    await setStorage(background, { settings: elsewhere });
    await expect(page.getByRole('radio', { name: /A parent/ })).toBeChecked();
    await expect(page.getByTestId('country')).toHaveValue('FR');
    await expect(page.getByRole('checkbox', { name: 'TikTok' })).toBeChecked();
    // Finish in the old tab keeps them: nothing was chosen on it, so no change of role, no PIN.
    await page.locator('[data-action="finish"]').click();
    await page.waitForURL(/options\.html\?welcome=1$/);
    expect((await getStorage(background))['settings']).toMatchObject({
      role: 'parent',
      country: 'FR',
      platforms: ['tiktok'],
    });

    // A role chosen on the page is the person's choice: a change of role, so the PIN first.
    const again = await context.newPage();
    await again.goto(`chrome-extension://${CHROME_EXTENSION_ID}/welcome.html`);
    await again.locator('main:not([aria-busy])').waitFor();
    await again.getByRole('radio', { name: /A teacher or trainer/ }).check();
    await setStorage(background, { settings: { ...elsewhere, country: 'DE' } });
    await expect(again.getByTestId('country')).toHaveValue('DE');
    await expect(again.getByRole('radio', { name: /A teacher or trainer/ })).toBeChecked();
    await again.locator('[data-action="finish"]').click();
    await expect(again.getByTestId('pin-dialog')).toBeVisible();
    await again.getByRole('button', { name: 'Cancel' }).click();
    expect(((await getStorage(background))['settings'] as { role: string }).role).toBe('parent');
  });

  test('blocks turning the helper off until it is entered, and slows down wrong guesses', async ({
    context,
    background,
    openSite,
  }) => {
    await withPin(background);
    const site = await openSite('/');
    const helper = await ClosedHelper.on(site);
    await expect.poll(() => helper.hostCount()).toBe(1);

    const page = await openDashboard(context);
    const box = page.locator('[data-testid="helper-site"][data-site="instagram"]');
    await expect(box).toBeChecked();
    await box.uncheck({ force: true }).catch(() => undefined);
    const dialog = page.getByTestId('pin-dialog');
    await expect(dialog).toBeVisible();
    // Still on, in the page and in storage, while the PIN is asked.
    await expect(box).toBeChecked();
    // Three wrong PINs: the third starts a wait, and during it even the right PIN is refused.
    for (const [i, wrong] of ['0000', '1111', '2222'].entries()) {
      await page.getByTestId('pin-entry').fill(wrong);
      await page.getByTestId('pin-entry').press('Enter');
      // Each try counted before the next (the message alone reads the same after each one).
      await expect
        .poll(async () => ((await getStorage(background))['pin'] as { lock?: { failures?: number } }).lock?.failures)
        .toBe(i + 1);
      await expect(dialog.locator('.pin-message')).toContainText('That PIN is not right.');
    }
    await expect(dialog.locator('.pin-message')).toContainText(
      'Too many wrong tries. You can try again in 30 seconds.',
    );
    await page.getByTestId('pin-entry').fill(PIN);
    await page.getByTestId('pin-entry').press('Enter');
    // This entry's own answer (the one before began "That PIN is not right."): the wait, unchecked.
    await expect(dialog.locator('.pin-message')).toHaveText(/^Too many wrong tries\. You can try again in /);
    expect((await getStorage(background))['settings']).toBeUndefined();
    expect(await helper.hostCount()).toBe(1);
    // Escape cancels: nothing changed.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(box).toBeChecked();

    // The wait over (as the stored lock says), the right PIN lets the change through.
    await setStorage(background, {
      pin: { ...((await getStorage(background))['pin'] as object), lock: { failures: 3 } },
    });
    await box.click();
    await page.getByTestId('pin-entry').fill(PIN);
    await page.getByTestId('pin-entry').press('Enter');
    await expect(dialog).toBeHidden();
    await expect(box).not.toBeChecked();
    expect((await getStorage(background))['settings']).toMatchObject({ helper: { offSites: ['instagram'] } });
    expect((await getStorage(background))['pin']).toMatchObject({ lock: { failures: 0 } });
    // The open Instagram tab loses its helper at once, and gets it back when turned on again.
    await expect.poll(() => helper.hostCount()).toBe(0);
    await box.check();
    await expect.poll(() => helper.hostCount()).toBe(1);
  });

  test('guards the role, the reminder in the popup, and its own removal; a forgotten PIN goes only with everything', async ({
    context,
    background,
    openPopup,
  }) => {
    await withPin(background);
    const page = await openDashboard(context);
    await page
      .getByRole('radio', { name: /A teacher or trainer/ })
      .check({ force: true })
      .catch(() => undefined);
    await expect(page.getByTestId('pin-dialog')).toBeVisible();
    await expect(page.getByRole('radio', { name: /A parent or carer/ })).toBeChecked();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('radio', { name: /A parent or carer/ })).toBeChecked();

    // In the popup: the reminder cannot be turned off without the PIN.
    const popup = await openPopup('https://www.instagram.com/');
    await popup.getByTestId('prompt-period').selectOption('0');
    await expect(popup.getByTestId('pin-dialog')).toBeVisible();
    await expect(popup.getByTestId('prompt-period')).toHaveValue('7');
    await popup.getByTestId('pin-entry').fill(PIN);
    await popup.getByTestId('pin-entry').press('Enter');
    await expect(popup.getByTestId('prompt-period')).toHaveValue('0');
    // The popup shows the choice as it saves it: the stored value follows a moment later.
    await expect
      .poll(async () => ((await getStorage(background))['prompts'] as { everyDays?: number } | undefined)?.everyDays)
      .toBe(0);
    // Turning it back on needs no PIN.
    await popup.close();
    await page.getByTestId('prompt-period').selectOption('7');
    await expect(page.getByTestId('pin-dialog')).toBeHidden();
    await expect
      .poll(async () => ((await getStorage(background))['prompts'] as { everyDays: number }).everyDays)
      .toBe(7);

    // Removing the PIN needs the PIN.
    await page.locator('[data-action="remove-pin"]').click();
    await page.locator('[data-action="remove-pin-confirm"]').click();
    await expect(page.getByTestId('pin-dialog')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('pin-state')).toHaveText('A parent PIN is set.');

    // Forgotten: the page says before the reset that it is the only way, and the reset clears it.
    await expect(page.getByTestId('reset-clears-pin')).toHaveText(
      'Forgot the parent PIN? Resetting everything is the only way to remove it.',
    );
    await page.locator('[data-action="reset-all"]').click();
    await page.locator('[data-action="reset-all-confirm"]').click();
    await expect(page.getByTestId('pin-state')).toHaveText('No parent PIN is set.');
    expect((await getStorage(background))['pin']).toMatchObject({ lock: { failures: 0 } });
    expect(((await getStorage(background))['pin'] as { record?: unknown }).record).toBeUndefined();
  });
});

test('an item done in the helper shows in the dashboard and the popup at once', async ({
  context,
  background,
  openSite,
  openPopup,
}) => {
  const dashboard = await openDashboard(context);
  const ig = dashboard.locator('details.platform[data-platform="instagram"]');
  await expect(ig.locator(':scope > summary')).toContainText(`0 of ${ALL} done`);
  const popup = await openPopup('https://www.instagram.com/');
  const first = popup.getByRole('checkbox', { name: 'My account is private' });
  await expect(first).not.toBeChecked();

  const site = await openSite('/');
  const helper = await ClosedHelper.on(site);
  await helper.click('button', 'Check now');
  await expect.poll(() => helper.panelOpen()).toBe(true);
  const current = async () => (await helper.attributes('h4', 'data-item'))[0];
  expect(await current()).toBe(KIDS[0]!.id);
  await helper.click('button', 'Done');
  await expect.poll(current).toBe(KIDS[1]!.id);

  // Neither page is reloaded.
  await expect(ig.locator(':scope > summary')).toContainText(`1 of ${ALL} done`);
  await expect(popup.getByRole('checkbox', { name: 'My account is private' })).toBeChecked();
  expect(Object.keys(((await getStorage(background))['progress'] as Record<string, object>)['instagram']!)).toEqual([
    KIDS[0]!.id,
  ]);
});

test('export, then import in a fresh profile, restores everything', async ({ context, background, browserLocale }) => {
  test.setTimeout(90_000);
  await withPin(background);
  const page = await openDashboard(context);
  const ig = page.locator('details.platform[data-platform="instagram"]');
  await ig.locator(':scope > summary').click();
  await ig.getByRole('checkbox', { name: 'My account is private' }).check();
  await page.getByTestId('family-platforms').getByRole('checkbox', { name: 'Roblox' }).check();
  await page.getByTestId('language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByTestId('prompt-period').selectOption('30');
  await expect
    .poll(async () => ((await getStorage(background))['prompts'] as { everyDays?: number } | undefined)?.everyDays)
    .toBe(30);
  const before = await getStorage(background);
  // The file carries the PIN's hash, so saving it asks for the PIN.
  await page.locator('[data-action="export"]').click();
  await page.getByTestId('pin-entry').fill(PIN);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pin-entry').press('Enter')]);
  const file = path.join(os.tmpdir(), `mis-fresh-${process.pid}-${Date.now()}.json`);
  await download.saveAs(file);
  expect(await readFile(file, 'utf8')).not.toContain(PIN);

  // Another computer: a new profile with nothing in it.
  const outside: string[] = [];
  const fresh = await launchWithExtension(browserLocale, outside);
  try {
    const freshBackground = await serviceWorkerOf(fresh);
    const other = await fresh.newPage();
    await other.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
    await other.locator('main:not([aria-busy])').waitFor();
    await other.getByTestId('import').setInputFiles(file);
    await other.locator('[data-action="import-confirm"]').click();
    await expect(other.getByTestId('dashboard-status')).toHaveAttribute('role', 'status');
    await expect(other.getByTestId('dashboard-status')).not.toBeEmpty();
    await expect(other.locator('html')).toHaveAttribute('lang', 'de');
    const after = await getStorage(freshBackground);
    for (const key of ['settings', 'progress', 'prompts']) expect(after[key], key).toEqual(before[key]);
    expect((after['pin'] as { record: unknown }).record).toEqual((before['pin'] as { record: unknown }).record);
    // The imported PIN works there: turning the helper off asks for it.
    await other.locator('[data-testid="helper-site"][data-site="instagram"]').click();
    await expect(other.getByTestId('pin-dialog')).toBeVisible();
  } finally {
    await fresh.close();
  }
  // After the close: the net log's requests (WebSockets included) are added to the list then.
  expect(outside).toEqual([]);
});
