import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { startFixtureServer } from '../fixture-server';
import { launchFirefox, outsideRequestsOf } from './launch';
import { helperAt, launcherPoint, openSite, PANEL_SPOT, untilPanel } from './site-page';
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

const openInstagram = (host?: string) => openSite(browser, server.port, host);

describe('Firefox ESR', () => {
  it('installs, mounts one helper in a closed shadow root and opens the panel', async () => {
    const page = await openInstagram();
    expect(await page.evaluate(() => document.querySelector('make-it-safe-helper')!.shadowRoot)).toBeNull();
    const launcher = await launcherPoint(page);
    expect(await helperAt(page, PANEL_SPOT.x, PANEL_SPOT.y)).toBe(false);
    await page.mouse.click(launcher.x, launcher.y);
    await untilPanel(page, true);
    // The panel's words stay inside the closed root: the page cannot read them.
    expect(await page.evaluate(() => document.documentElement.innerText)).not.toContain('Block an account');
    await page.keyboard.press('Escape');
    await untilPanel(page, false);
    await page.close();
  });

  it("shows the focus ring of the panel's scrolling body, a Tab stop of its own in Firefox, inside the panel", async () => {
    const page = await openInstagram();
    const launcher = await launcherPoint(page);
    await page.mouse.click(launcher.x, launcher.y);
    await untilPanel(page, true);
    // Pixels of the focus colour on screen, counted from a screenshot decoded in the page.
    const focusPixels = async () => {
      const shot = await page.screenshot({ encoding: 'base64' });
      return page.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { data: px } = context.getImageData(0, 0, image.width, image.height);
        let count = 0;
        // --mis-focus: #0b57d0.
        for (let i = 0; i < px.length; i += 4) {
          if (Math.abs(px[i]! - 0x0b) < 24 && Math.abs(px[i + 1]! - 0x57) < 24 && Math.abs(px[i + 2]! - 0xd0) < 24)
            count++;
        }
        return count;
      }, shot);
    };
    // Opened, the focus is on the panel's title; two Tabs on, on × (after "get help now").
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const onClose = await focusPixels();
    await page.keyboard.press('Tab');
    // The focus is still in the helper (on its scrolling body), and its ring, about 600 by 380 px
    // and 3 px wide, shows: clipped by the panel, only a line of it did.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('make-it-safe-helper');
    expect((await focusPixels()) - onClose).toBeGreaterThan(3000);
    await page.close();
  });

  it('a page that takes the helper out gets it back with the panel open and the focus in it', async () => {
    const page = await openInstagram();
    const launcher = await launcherPoint(page);
    await page.mouse.click(launcher.x, launcher.y);
    await untilPanel(page, true);
    await page.keyboard.press('Tab');
    // Firefox says nothing as a focused element leaves the page: the helper has to know where it was.
    await page.evaluate(() => document.querySelector('make-it-safe-helper')!.remove());
    await page.waitForFunction(() => document.querySelectorAll('make-it-safe-helper').length === 1);
    await untilPanel(page, true);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('make-it-safe-helper');
    // The keys still reach the helper: Escape closes its panel.
    await page.keyboard.press('Escape');
    await untilPanel(page, false);
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
      await page.mouse.click(launcher.x, launcher.y);
      await untilPanel(page, true);
      await page.keyboard.press('Escape');
      await untilPanel(page, false);
      expect(await page.evaluate(() => document.querySelectorAll('make-it-safe-helper').length)).toBe(1);
      await page.close();
    },
  );

  it('made no request to anything but the fixture site', () => {
    // Checked after every test as well (firefox-setup.ts); this one covers the whole file.
    expect(outsideRequestsOf(browser)).toEqual([]);
    expect(server.others).toEqual([]);
  });
});
