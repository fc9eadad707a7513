import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchFirefox, openUntil, untilInLanguage } from './launch';

/**
 * The brochure and the handout in a window narrower than their paper (209 mm, 790 px), in Firefox
 * ESR, left to right and right to left: every part of a sheet can be scrolled to. Centred in its
 * column, a sheet spilled past the left edge where no scrolling reaches; `safe center` keeps it at
 * the start edge, and this checks Firefox takes it as Chromium does.
 */

const PAGES = [
  { name: 'brochure', file: (lang: string) => `brochure.html?lang=${lang}` },
  { name: 'handout', file: (lang: string) => `handout.html?platform=instagram&lang=${lang}` },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
});

describe('Firefox ESR: print sheets in a window 400 px wide', () => {
  it.each(['en', 'ar'])('every part of the sheet can be scrolled to, in %s', async (lang) => {
    const found: string[] = [];
    for (const p of PAGES) {
      const page = await openUntil(browser, p.file(lang), 'main[data-fitted="true"]');
      await page.setViewport({ width: 400, height: 800 });
      await untilInLanguage(page, lang);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const reach = await page.evaluate(() => {
        const sheet = document.querySelector('.sheet')!;
        const width = document.documentElement.clientWidth;
        // Clamped by the browser: fully to the left (negative in right to left), then fully right.
        window.scrollTo(-1e6, 0);
        const left = sheet.getBoundingClientRect().left;
        window.scrollTo(1e6, 0);
        const right = sheet.getBoundingClientRect().right;
        return { left, right, width };
      });
      // Within a pixel: a scroll position is whole pixels, a sheet 209 mm wide is not.
      if (reach.left <= -1 || reach.right >= reach.width + 1) found.push(`${p.name}: ${JSON.stringify(reach)}`);
      await page.close();
    }
    expect(found).toEqual([]);
  });
});
