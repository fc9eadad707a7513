import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, until } from './launch';

/**
 * The dashboard in Firefox ESR: an address with #admin lands on that section, with focus, once the
 * page is drawn, and a reset's message shows beside the reset button, with focus, not at the page's top.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
});

describe('Firefox ESR: the dashboard', () => {
  it('opens at the help for schools from an address with #admin', async () => {
    const page = await openExtensionPage(browser, 'options.html#admin');
    await until(
      () =>
        page.evaluate(() => {
          const top = document.getElementById('admin-title')?.getBoundingClientRect().top ?? -1;
          return top >= 0 && top < innerHeight;
        }),
      '#admin-title in view',
    );
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    // The keyboard goes on from that section, as from a fragment the browser found itself.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('admin-title');
    await page.close();
  });

  it("shows a reset's message beside the reset button, with focus", async () => {
    const page = await openExtensionPage(browser, 'options.html');
    await page.click('[data-action="reset-all"]');
    await page.click('[data-action="reset-all-confirm"]');
    await until(
      () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'dashboard-status'),
      'the message to have focus',
    );
    const where = await page.evaluate(() => {
      const message = document.querySelector('[data-testid="dashboard-status"]')!.getBoundingClientRect();
      const button = document.querySelector('[data-action="reset-all"]')!.getBoundingClientRect();
      return { gap: message.top - button.bottom, top: message.top, bottom: message.bottom, height: innerHeight };
    });
    expect(where.top, JSON.stringify(where)).toBeGreaterThanOrEqual(0);
    expect(where.bottom, JSON.stringify(where)).toBeLessThanOrEqual(where.height);
    expect(Math.abs(where.gap), JSON.stringify(where)).toBeLessThan(120);
    await page.close();
  });
});
