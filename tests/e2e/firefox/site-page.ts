import type { Browser, Page } from 'puppeteer-core';
import { inFront } from './launch';

/** Where the panel shows when open, in a 1280 by 800 window: left of the launcher, mid-height. */
export const PANEL_SPOT = { x: 1280 - 64 - 150, y: 300 };

/** Opens a fixture site at 1280 by 800, in front, and waits until one helper is in it. */
export async function openSite(browser: Browser, port: number, host = 'www.instagram.com'): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`http://${host}:${port}/`);
  await page.waitForFunction(() => document.querySelectorAll('make-it-safe-helper').length === 1, { timeout: 20_000 });
  await inFront(page);
  return page;
}

/** Where the page itself sees the helper: a closed shadow root shows only its host element. */
export function helperAt(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate((px, py) => document.elementFromPoint(px, py)?.localName === 'make-it-safe-helper', x, y);
}

/** A point on the launcher, found as the page sees it, on the inline-end edge. */
export async function launcherPoint(page: Page): Promise<{ x: number; y: number }> {
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

/** Waits until the panel is shown (`true`) or gone (`false`), as the page sees it. */
export async function untilPanel(page: Page, open: boolean): Promise<void> {
  await page.waitForFunction(
    (x, y, want) => (document.elementFromPoint(x, y)?.localName === 'make-it-safe-helper') === want,
    { timeout: 10_000 },
    PANEL_SPOT.x,
    PANEL_SPOT.y,
    open,
  );
}
