import { afterEach, beforeAll, afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { startFixtureServer } from '../fixture-server';
import { FIREFOX_BUILD } from '../paths';
import { FIREFOX_ID } from '../../../lib/policy-examples';
import { inFront, launchFirefox, openExtensionPage, until } from './launch';
import { helperAt, launcherPoint, openSite, PANEL_SPOT, untilPanel } from './site-page';

/**
 * The extension updated or removed while instagram.com is open, in Firefox (quality bar 13; the
 * Chromium suite has the same in update.spec.ts). Firefox differs from Chromium: it unloads the old
 * content script at once, so that no line of it runs again, and it puts the new version's content
 * script into tabs that are already open. What must hold: never two helpers, no stale launcher or
 * panel left on the page, and one working helper once the extension runs again.
 *
 * WebDriver BiDi can install and remove an extension but not disable one, and another extension
 * cannot either (Firefox's management.setEnabled works on themes only). So the disable is done where
 * a person does it, on the add-ons page (about:addons), through Firefox's own add-on manager: the
 * browser is started with --remote-allow-system-access, which lets the test script that page.
 */

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let browser: Browser;
let dir: string;
let errors: string[];

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});
beforeEach(async () => {
  browser = await launchFirefox();
  dir = mkdtempSync(path.join(os.tmpdir(), 'mis-firefox-update-'));
});
afterEach(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Instagram with its panel open, the helper marked as the first one, and the page watched. */
async function openInstagramWithPanel(): Promise<Page> {
  const page = await openSite(browser, server.port);
  errors = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  await page.evaluate(() => {
    const stats = { max: 1, added: 0 };
    (window as unknown as { __helpers: typeof stats }).__helpers = stats;
    (document.querySelector('make-it-safe-helper') as HTMLElement).dataset['copy'] = 'first';
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) if ((n as Element).localName === 'make-it-safe-helper') stats.added++;
      }
      stats.max = Math.max(stats.max, document.querySelectorAll('make-it-safe-helper').length);
    }).observe(document, { childList: true, subtree: true });
  });
  await openPanel(page);
  return page;
}

async function openPanel(page: Page): Promise<void> {
  const launcher = await launcherPoint(page);
  await page.mouse.click(launcher.x, launcher.y);
  await untilPanel(page, true);
}

/** Each helper in the page: the first one or a new one, and whether it is drawn at all. */
const helpers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('make-it-safe-helper')].map((h) => ({
      copy: (h as HTMLElement).dataset['copy'] ?? 'new',
      shown: getComputedStyle(h).display !== 'none',
    })),
  );
const helperStats = (page: Page) =>
  page.evaluate(() => (window as unknown as { __helpers: { max: number; added: number } }).__helpers);

/** Whether any part of a helper is where the page would show it, on the inline-end edge or the panel. */
async function anythingShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    for (let y = 0; y < innerHeight; y += 8) {
      for (let x = innerWidth - 420; x < innerWidth; x += 8) {
        if (document.elementFromPoint(x, y)?.localName === 'make-it-safe-helper') return true;
      }
    }
    return false;
  });
}

/** A copy of the build with another version number, as an update brings it. */
function nextVersion(version: string): string {
  const copy = path.join(dir, `extension-${version}`);
  cpSync(FIREFOX_BUILD, copy, { recursive: true });
  const manifestFile = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, version }));
  return copy;
}

async function runningVersion(): Promise<string> {
  const page = await openExtensionPage(browser, 'options.html');
  const version = await page.evaluate(
    () =>
      (
        globalThis as unknown as { browser: { runtime: { getManifest(): { version: string } } } }
      ).browser.runtime.getManifest().version,
  );
  await page.close();
  return version;
}

/** Single-page navigation through the fixture's own links. */
async function movePages(page: Page): Promise<void> {
  for (const [link, where] of [
    ['#profile-link', '/someone.else/'],
    ['#settings-link', '/accounts/who_can_see_your_content/'],
    ['#home-link', '/'],
  ] as const) {
    await page.click(link);
    await page.waitForFunction((p) => location.pathname === p, { timeout: 10_000 }, where);
  }
}

/**
 * The extension is off or gone: its helper leaves the page at once and nothing brings it back, not a
 * click where the launcher was, not page changes, not a reload. No script of the old copy can run
 * now: its stylesheet leaving the page is what hides the helper.
 */
async function expectGoneForGood(page: Page): Promise<void> {
  await until(async () => !(await anythingShown(page)), 'the helper to go from the page');
  expect(await helpers(page)).toEqual([{ copy: 'first', shown: false }]);
  const launcherWas = { x: 1280 - 26, y: 400 };
  await page.mouse.click(launcherWas.x, launcherWas.y);
  await movePages(page);
  expect(await anythingShown(page)).toBe(false);
  expect(await helperStats(page)).toEqual({ max: 1, added: 0 });

  await page.reload();
  await page.waitForFunction(() => document.readyState === 'complete');
  expect(await helpers(page)).toEqual([]);
}

/** Firefox's own module loader, present in privileged pages such as about:addons. */
declare const ChromeUtils: { importESModule(url: string): unknown };

/**
 * Turns the extension off or on as the add-ons page's switch does: the page's own add-on manager,
 * in a tab of its own. BiDi never reports about:addons as loaded, so the test waits for its content.
 */
async function setEnabledOnAddonsPage(enabled: boolean): Promise<void> {
  const addons = await browser.newPage();
  void addons.goto('about:addons', { timeout: 60_000 }).catch(() => undefined);
  await until(
    () => addons.evaluate(() => location.href === 'about:addons' && typeof ChromeUtils === 'object').catch(() => false),
    'the add-ons page',
  );
  const active = await addons.evaluate(
    async (id, on) => {
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs') as {
        AddonManager: {
          getAddonByID(id: string): Promise<{ isActive: boolean; enable(): Promise<void>; disable(): Promise<void> }>;
        };
      };
      const addon = await AddonManager.getAddonByID(id);
      await (on ? addon.enable() : addon.disable());
      return addon.isActive;
    },
    FIREFOX_ID,
    enabled,
  );
  expect(active).toBe(enabled);
  await addons.close();
}

describe('Firefox ESR: the extension updated, disabled or removed while instagram.com is open', () => {
  it('update: the new version replaces the helper in the open tab, one at a time, and it works', async () => {
    const page = await openInstagramWithPanel();

    await browser.installExtension(nextVersion('0.1.1'));
    expect(await runningVersion()).toBe('0.1.1');
    // Firefox puts the new content script into the open tab; it takes the unloaded copy's helper away.
    await until(async () => JSON.stringify(await helpers(page)) === '[{"copy":"new","shown":true}]', 'the new helper');
    expect(await helperStats(page)).toEqual({ max: 1, added: 1 });
    // The old panel went with its helper; the new one opens and closes.
    expect(await helperAt(page, PANEL_SPOT.x, PANEL_SPOT.y)).toBe(false);
    await openPanel(page);
    await page.keyboard.press('Escape');
    await untilPanel(page, false);

    await movePages(page);
    expect(await helperStats(page)).toEqual({ max: 1, added: 1 });
    expect(errors).toEqual([]);
  });

  it('disabled on the add-ons page: the launcher and the open panel go at once and stay gone; enabled again, one working helper', async () => {
    const page = await openInstagramWithPanel();
    expect(await anythingShown(page)).toBe(true);

    await setEnabledOnAddonsPage(false);
    await inFront(page);
    await expectGoneForGood(page);

    // On again: Firefox starts the content script in the open tab, as it does on install.
    await setEnabledOnAddonsPage(true);
    await until(async () => JSON.stringify(await helpers(page)) === '[{"copy":"new","shown":true}]', 'a new helper');
    await inFront(page);
    await openPanel(page);
    expect(errors).toEqual([]);
  });

  it('removed: the launcher and the open panel go at once and stay gone; installed again, one working helper', async () => {
    const page = await openInstagramWithPanel();
    expect(await anythingShown(page)).toBe(true);

    await browser.uninstallExtension(FIREFOX_ID);
    await expectGoneForGood(page);

    await browser.installExtension(FIREFOX_BUILD);
    await until(async () => JSON.stringify(await helpers(page)) === '[{"copy":"new","shown":true}]', 'a new helper');
    await openPanel(page);
    expect(errors).toEqual([]);
  });
});
