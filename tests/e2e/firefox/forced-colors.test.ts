import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchFirefox, openUntil } from './launch';
import { forcedColourProblems, installDisplayHelpers, INTERACTIVE, launcherLook } from '../display-checks';

/**
 * Forced colours in Firefox (the system's high-contrast colours, as Firefox's "override the page's
 * colours" setting gives them): every control keeps a visible edge and a focus ring, and the
 * helper's launcher stays a visible shape with its shield on it. The Chromium suite checks the same
 * on every page by emulation; Firefox draws its own controls and focus rings, so it is checked here.
 */

const INSTAGRAM = encodeURIComponent('https://www.instagram.com/');
const PAGES = [
  // Its foot (checklist, links, settings) comes a frame after the rest.
  { name: 'popup', file: `popup.html?tabUrl=${INSTAGRAM}`, ready: 'footer.settings' },
  { name: 'dashboard', file: 'options.html', ready: 'main:not([aria-busy])' },
  { name: 'workshop', file: 'workshop.html?lang=en', ready: '.mis-launcher' },
  { name: 'helper panel', file: 'helper-preview.html?lang=en&prompt=1', ready: '#mis-panel' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox({ forcedColors: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('Firefox ESR: forced colours', () => {
  it.each(PAGES)('$name: every control keeps its border and focus ring', async ({ name, file, ready }) => {
    const page = await openUntil(browser, file, ready);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    // A key press first: focus moved by script then shows its ring, as after Tab.
    await page.keyboard.press('Shift');
    await page.evaluate(installDisplayHelpers);
    const { problems, focused } = await page.evaluate(forcedColourProblems, INTERACTIVE);
    expect(problems).toEqual([]);
    // The rings were looked at, not skipped: every page has several controls.
    expect(focused).toBeGreaterThan(3);
    if (name === 'workshop') {
      // The demo's round avatars keep their circle: an edge, since the fill is taken away. They
      // are in the chat, a few steps on.
      for (let i = 0; i < 20 && !(await page.$('.avatar')); i++) await page.click('[data-action="next"]');
      const avatars = await page.evaluate(() =>
        [...document.querySelectorAll('.avatar')].map((a) => {
          const style = getComputedStyle(a);
          return {
            border: parseFloat(style.borderTopWidth),
            colour: style.borderTopColor,
            fill: style.backgroundColor,
          };
        }),
      );
      expect(avatars.length, 'avatars on the demo').toBeGreaterThan(0);
      for (const a of avatars) {
        expect(a.border).toBeGreaterThanOrEqual(1);
        expect(a.colour).not.toBe(a.fill);
      }
    }
    if (name === 'helper panel' || name === 'workshop') {
      // The launcher stays a visible shape, and its shield stays visible on it.
      const launcher = await page.evaluate(launcherLook);
      expect(launcher.border).toBeGreaterThanOrEqual(1);
      expect(launcher.borderColour).not.toBe(launcher.background);
      expect(launcher.icon).not.toBe(launcher.button);
    }
    await page.close();
  });
});
