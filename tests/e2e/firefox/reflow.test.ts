import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchFirefox, openUntil, storeSettings, untilInLanguage } from './launch';
import { installDisplayHelpers, reflowProblems } from '../display-checks';
import type { LanguageCode } from '../../../lib/languages';

/**
 * Reflow in Firefox at 200% and 400% zoom (WCAG 1.4.10): a 1280-pixel window at 200% is 640 CSS
 * pixels wide, at 400% 320; the popup's window at 200% is 400 by 300. In German (long words), Urdu
 * (right to left, Nastaliq, the tallest script) and Bengali. Firefox breaks lines and shapes text
 * with its own engine, so what fits in Chromium is not taken on trust. The brochure and the handout
 * are paper at its real size and are checked in Chromium.
 */

const LANGS: LanguageCode[] = ['de', 'ur', 'bn'];
const INSTAGRAM = encodeURIComponent('https://www.instagram.com/');
const WIDE = [
  { width: 640, height: 400 },
  { width: 320, height: 256 },
];
const PAGES = [
  {
    name: 'popup',
    file: () => `popup.html?tabUrl=${INSTAGRAM}`,
    ready: 'main:not([aria-busy])',
    sizes: [{ width: 400, height: 300 }],
  },
  { name: 'dashboard', file: () => 'options.html', ready: 'main:not([aria-busy])', sizes: WIDE },
  { name: 'workshop', file: (lang: string) => `workshop.html?lang=${lang}`, ready: '.mis-launcher', sizes: WIDE },
  {
    name: 'helper panel',
    file: (lang: string) => `helper-preview.html?lang=${lang}&prompt=1`,
    ready: '#mis-panel',
    sizes: WIDE,
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
});

describe('Firefox ESR: reflow at 200% and 400% zoom', () => {
  it.each(LANGS)('no sideways scrolling and no clipped text, in %s', async (lang) => {
    // The popup and the dashboard take the language from storage.
    await storeSettings(browser, lang, true);
    const found: string[] = [];
    for (const p of PAGES) {
      for (const size of p.sizes) {
        const page = await openUntil(browser, p.file(lang), p.ready);
        await page.setViewport(size);
        await untilInLanguage(page, lang);
        // The new width laid out before it is measured.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await page.evaluate(installDisplayHelpers);
        for (const problem of await page.evaluate(reflowProblems, undefined))
          found.push(`${p.name} ${size.width}px: ${problem}`);
        await page.close();
      }
    }
    expect(found).toEqual([]);
  });
});
