import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { startFixtureServer } from '../fixture-server';
import {
  EXTENSION_ORIGIN,
  addressOf,
  launchFirefox,
  openExtensionPage,
  outsideRequestsOf,
  storageOf,
  until,
} from './launch';
import { openSite } from './site-page';
import { hashPin } from '../../../lib/pin';
import { instagram } from '../../../lib/platforms/instagram';

const PIN = '4821';
const KIDS = instagram.checklist.filter((i) => i.audience === 'kids');
/** A dashboard card counts all of its items, the kids' and the parents'. */
const ALL = instagram.checklist.length;

let browser: Browser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let downloads: string;

beforeAll(async () => {
  server = await startFixtureServer();
  downloads = await mkdtemp(path.join(os.tmpdir(), 'mis-ff-downloads-'));
  browser = await launchFirefox({ downloadDir: downloads });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(downloads, { recursive: true, force: true });
});

const openInstagram = () => openSite(browser, server.port);

const text = (page: Page, selector: string) => page.$eval(selector, (e) => (e.textContent ?? '').trim());

describe('Firefox ESR: first run, dashboard, popup and the parent PIN', () => {
  let dashboard: Page;

  it('opens the first run on install and goes through to the dashboard', async () => {
    let welcome: Page | undefined;
    await until(async () => {
      for (const p of await browser.pages())
        if ((await addressOf(p)) === `${EXTENSION_ORIGIN}/welcome.html`) welcome = p;
      return welcome !== undefined;
    }, 'the first-run tab');
    const page = welcome!;
    await page.waitForSelector('main:not([aria-busy])');
    expect(await text(page, 'h1')).toBe('Welcome to Make-IT-Safe');
    expect(await text(page, '[data-testid="about"]')).toContain('It sends nothing');
    await page.click('input[name="role"][value="child"]');
    await page.click('[data-testid="family-platforms"] input[value="instagram"]');
    await page.click('[data-testid="family-platforms"] input[value="youtube"]');
    await page.select('[data-testid="country"]', 'FR');
    await page.type('[data-testid="welcome-pin"]', PIN);
    await page.type('[data-testid="welcome-pin-repeat"]', PIN);
    await page.click('[data-action="finish"]');
    await until(async () => (await addressOf(page)).includes('/options.html'), 'the dashboard');
    await page.waitForSelector('[data-testid="dashboard-status"]', { timeout: 20_000 });
    expect(await text(page, '[data-testid="dashboard-status"]')).toContain('All set.');
    const stored = await storageOf(page);
    expect(stored['settings']).toMatchObject({
      role: 'child',
      platforms: ['instagram', 'youtube'],
      country: 'FR',
      setupDone: true,
    });
    expect((stored['pin'] as { record: { iterations: number } }).record.iterations).toBe(600_000);
    expect(JSON.stringify(stored)).not.toContain(PIN);
    dashboard = page;
  });

  it('shows a step done in the helper in the dashboard and the popup at once', async () => {
    const popup = await openExtensionPage(
      browser,
      `popup.html?tabUrl=${encodeURIComponent('https://www.instagram.com/')}`,
    );
    const firstBox = `#instagram-item-${KIDS[0]!.id}`;
    await popup.waitForSelector(firstBox);
    expect(await popup.$eval(firstBox, (e) => (e as HTMLInputElement).checked)).toBe(false);
    const summary = '.platform[data-platform="instagram"] > summary';
    expect(await text(dashboard, summary)).toContain(`0 of ${ALL} done`);

    const site = await openInstagram();
    // The keyboard reaches the helper right after the page's own last control: the launcher's two
    // buttons, then the privacy prompt's "Check now". The check's first step then has its links,
    // then "Done".
    await site.evaluate(() => {
      const own = [...document.querySelectorAll<HTMLElement>('a[href], button')].filter(
        (e) => e.getClientRects().length > 0,
      );
      own.at(-1)!.focus();
    });
    for (let i = 0; i < 3; i++) await site.keyboard.press('Tab');
    await site.keyboard.press('Enter');
    const item = KIDS[0]!;
    const guide = instagram.guides.find((g) => g.id === item.guide);
    const links = ((item.settingsPage ?? guide?.settingsPage) ? 1 : 0) + 1;
    for (let i = 0; i <= links; i++) await site.keyboard.press('Tab');
    await site.keyboard.press('Enter');

    // Neither page reloads.
    await until(async () => (await text(dashboard, summary)).includes(`1 of ${ALL} done`), 'the dashboard to follow');
    await until(() => popup.$eval(firstBox, (e) => (e as HTMLInputElement).checked), 'the popup to follow');
    expect(Object.keys((await storageOf(popup))['progress'] as Record<string, object>)).toEqual(['instagram']);
    await popup.close();
    await site.close();
  });

  it('does not turn the helper off without the parent PIN', async () => {
    const site = await openInstagram();
    const box = '[data-testid="helper-site"][data-site="instagram"]';
    await dashboard.click(box);
    await dashboard.waitForSelector('[data-testid="pin-dialog"][open]');
    expect(await dashboard.$eval(box, (e) => (e as HTMLInputElement).checked)).toBe(true);
    await dashboard.type('[data-testid="pin-entry"]', '0000');
    await dashboard.keyboard.press('Enter');
    await until(
      async () => (await text(dashboard, '#pin-dialog-message')).includes('That PIN is not right.'),
      'the wrong-PIN message',
    );
    expect(((await storageOf(dashboard))['settings'] as { helper: { offSites: string[] } }).helper.offSites).toEqual(
      [],
    );
    await dashboard.type('[data-testid="pin-entry"]', PIN);
    await dashboard.keyboard.press('Enter');
    await until(() => dashboard.$eval(box, (e) => !(e as HTMLInputElement).checked), 'the helper switch to turn off');
    // The switch shows the change at once; storage has it a moment later.
    const offSites = async () =>
      ((await storageOf(dashboard))['settings'] as { helper: { offSites: string[] } }).helper.offSites;
    await until(async () => (await offSites()).length > 0, 'the helper turned off in storage');
    expect(await offSites()).toEqual(['instagram']);
    // The open Instagram tab loses its helper without a reload.
    await until(
      () => site.evaluate(() => document.querySelectorAll('make-it-safe-helper').length === 0),
      'the helper to go',
    );
    await site.close();
  });

  it('exports everything, and a fresh profile imports it whole', async () => {
    const before = await storageOf(dashboard);
    await dashboard.click('[data-action="export"]');
    let file = '';
    await until(async () => {
      // Firefox writes under a temporary name first, then renames.
      const names = (await readdir(downloads)).filter((n) => n.startsWith('make-it-safe-') && n.endsWith('.json'));
      file = names[0] ? path.join(downloads, names[0]) : '';
      return file !== '' && (await readFile(file, 'utf8').catch(() => '')).trim().endsWith('}');
    }, 'the exported file');
    expect(await readFile(file, 'utf8')).not.toContain(PIN);

    const fresh = await launchFirefox();
    try {
      const page = await openExtensionPage(fresh, 'options.html');
      // The dashboard's own button clicks its hidden file input (WebDriver BiDi does not report
      // Firefox's file dialog for an extension page, so the click is caught before it opens one).
      const input = (await page.$('input[data-testid="import"]')) as ElementHandle<HTMLInputElement> | null;
      await input!.evaluate((el) => {
        el.addEventListener('click', (e) => {
          e.preventDefault();
          el.dataset['chosen'] = 'asked';
        });
      });
      await page.click('[data-action="import"]');
      expect(await input!.evaluate((el) => el.dataset['chosen'])).toBe('asked');
      await input!.uploadFile(file);
      // Nothing is replaced before the question is answered.
      await page.waitForSelector('[data-action="import-confirm"]', { timeout: 20_000 });
      expect((await storageOf(page))['progress'] ?? {}).toEqual({});
      await page.click('[data-action="import-confirm"]');
      await page.waitForSelector('[data-testid="dashboard-status"][role="status"]', { timeout: 20_000 });
      const after = await storageOf(page);
      for (const key of ['settings', 'progress', 'prompts']) expect(after[key], key).toEqual(before[key]);
      expect(Object.keys(after['progress'] as object)).toEqual(['instagram']);
      expect((after['pin'] as { record: unknown }).record).toEqual((before['pin'] as { record: unknown }).record);
    } finally {
      await fresh.close();
    }
  });

  it('made no request to anything but the fixture site', () => {
    // Checked after every test as well (firefox-setup.ts); this one covers the whole file.
    expect(outsideRequestsOf(browser)).toEqual([]);
    expect(server.others).toEqual([]);
  });
});

// Keeps the PIN hashing honest in Firefox's own WebCrypto too: a PIN set in Chromium's format verifies here.
describe('Firefox ESR: a PIN hashed elsewhere', () => {
  it('is accepted by the dashboard', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    const record = await hashPin('7391');
    await page.evaluate(
      (r) =>
        (
          globalThis as unknown as { browser: { storage: { local: { set(v: unknown): Promise<void> } } } }
        ).browser.storage.local.set({ pin: { record: r, lock: { failures: 0 } }, pin$: { v: 1 } }),
      record,
    );
    // The page before the reload shows "change PIN" too: wait for the new one to show it.
    await page.evaluate(() => {
      (window as unknown as { beforeReload?: true }).beforeReload = true;
      location.reload();
    });
    await until(
      () =>
        page
          .evaluate(() => !('beforeReload' in window) && document.querySelector('[data-action="change-pin"]') !== null)
          .catch(() => false),
      'the reloaded dashboard with the stored PIN',
      20_000,
    );
    await page.click('[data-action="change-pin"]');
    await page.waitForSelector('[data-testid="pin-dialog"][open]');
    await page.type('[data-testid="pin-entry"]', '7391');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="dashboard-pin-form"]', { timeout: 15_000 });
    await page.close();
  });
});
