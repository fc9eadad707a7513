import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { startFixtureServer } from '../fixture-server';
import { launchFirefox, inFront } from './launch';
import { PLATFORMS } from '../../../lib/platforms/registry';

const FIREFOX_PLATFORMS = PLATFORMS.filter((p) => ['youtube', 'discord', 'roblox'].includes(p.id));

let browser: Browser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openInstagram(host = 'www.instagram.com'): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`http://${host}:${server.port}/`);
  await page.waitForFunction(() => document.querySelectorAll('make-it-safe-helper').length === 1, { timeout: 20_000 });
  await inFront(page);
  return page;
}

/** Where the page itself sees the helper: a closed shadow root shows only its host element. */
function helperAt(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate((px, py) => document.elementFromPoint(px, py)?.localName === 'make-it-safe-helper', x, y);
}

async function launcherPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    for (let y = Math.round(innerHeight / 2) - 60; y < innerHeight / 2 + 60; y += 2) {
      const x = innerWidth - 26;
      if (document.elementFromPoint(x, y)?.localName === 'make-it-safe-helper') return { x, y: y + 10 };
    }
    return undefined;
  });
  if (!point) throw new Error('no launcher on the inline-end edge');
  return point;
}

describe('Firefox ESR', () => {
  it('installs, mounts one helper in a closed shadow root and opens the panel', async () => {
    const page = await openInstagram();
    expect(await page.evaluate(() => document.querySelector('make-it-safe-helper')!.shadowRoot)).toBeNull();
    const launcher = await launcherPoint(page);
    const panelSpot = { x: 1280 - 64 - 150, y: 300 };
    expect(await helperAt(page, panelSpot.x, panelSpot.y)).toBe(false);
    await page.mouse.click(launcher.x, launcher.y);
    await page.waitForFunction(
      (x, y) => document.elementFromPoint(x, y)?.localName === 'make-it-safe-helper',
      { timeout: 10_000 },
      panelSpot.x,
      panelSpot.y,
    );
    // The panel's words stay inside the closed root: the page cannot read them.
    expect(await page.evaluate(() => document.documentElement.innerText)).not.toContain('Block an account');
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      (x, y) => document.elementFromPoint(x, y)?.localName !== 'make-it-safe-helper',
      { timeout: 10_000 },
      panelSpot.x,
      panelSpot.y,
    );
    await page.close();
  });

  it('keeps one helper through single-page navigation', async () => {
    const page = await openInstagram();
    await page.click('#profile-link');
    await page.waitForFunction(() => location.pathname === '/someone.else/');
    await page.click('#settings-link');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(() => document.querySelectorAll('make-it-safe-helper').length)).toBe(1);
    await page.close();
  });

  it('covers three platforms besides Instagram', () => {
    expect(FIREFOX_PLATFORMS.map((p) => p.id).sort()).toEqual(['discord', 'roblox', 'youtube']);
  });

  // Three more platforms of different kinds (video, chat, game): the same helper, on their hostnames.
  it.each(FIREFOX_PLATFORMS.map((p) => [p.name, p.hostnames[0]!] as const))(
    'runs on %s (%s) and opens and closes its panel',
    async (_name, host) => {
      const page = await openInstagram(host);
      const launcher = await launcherPoint(page);
      const panelSpot = { x: 1280 - 64 - 150, y: 300 };
      await page.mouse.click(launcher.x, launcher.y);
      await page.waitForFunction(
        (x, y) => document.elementFromPoint(x, y)?.localName === 'make-it-safe-helper',
        { timeout: 10_000 },
        panelSpot.x,
        panelSpot.y,
      );
      await page.keyboard.press('Escape');
      await page.waitForFunction(
        (x, y) => document.elementFromPoint(x, y)?.localName !== 'make-it-safe-helper',
        { timeout: 10_000 },
        panelSpot.x,
        panelSpot.y,
      );
      expect(await page.evaluate(() => document.querySelectorAll('make-it-safe-helper').length)).toBe(1);
      await page.close();
    },
  );

  it('made no request to anything but the fixture site', () => {
    expect(server.others).toEqual([]);
  });
});
