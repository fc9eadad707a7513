import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, storageOf, until } from './launch';
import { pdfPages } from '../pdf';
import { ALL_STEPS, guideFor } from '../../../lib/workshop/scenarios';
import { instagram } from '../../../lib/platforms/instagram';
import { PLATFORMS } from '../../../lib/platforms/registry';
import { shownWords } from '../shown-words';

type Words = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of any shape, read by path in tests only
const words = (lang: string, file: string) => shownWords<Words>(lang, file);
const EN = words('en', 'workshop.json');

let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
});

const text = (page: Page, selector: string) =>
  page.$eval(selector, (e) => (e.textContent ?? '').trim()).catch(() => '');
/** The helper's root is open on this page (there is no site to hide it from). */
const inHelper = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const found = document.querySelector('make-it-safe-helper')?.shadowRoot?.querySelector(s);
    return found ? (found.textContent ?? '').trim() : undefined;
  }, selector);

/** Whether an element of the helper is where the person can see it: in the window, not scrolled away. */
const inHelperView = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector('make-it-safe-helper')?.shadowRoot?.querySelector(s);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.height === 0 || r.top >= innerHeight || r.bottom <= 0) return false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (!/auto|scroll|hidden/.test(getComputedStyle(p).overflowY)) continue;
      const box = p.getBoundingClientRect();
      if (r.top >= box.bottom || r.bottom <= box.top) return false;
    }
    return true;
  }, selector);

describe('Firefox ESR: workshop mode', () => {
  it("steps through every scenario with the arrow keys, the helper showing each step's part, and stores nothing", async () => {
    const page = await openExtensionPage(browser, 'workshop.html?lang=en');
    const before = await storageOf(page);
    await page.setViewport({ width: 1280, height: 800 });
    await until(async () => (await inHelper(page, '.mis-launcher')) !== undefined, 'the helper');
    for (let i = 0; i < ALL_STEPS.length; i++) {
      const { scenario, step } = ALL_STEPS[i]!;
      if (i > 0) await page.keyboard.press('ArrowRight');
      const caption = EN.scenarios[scenario.id].steps[step.id].caption as string;
      await until(async () => (await text(page, 'h1')) === caption, `${scenario.id}/${step.id}`);
      // The panel holds every guide and "get help now" at once: the step's own part is the one
      // scrolled into view.
      if (step.helper.kind === 'topic') {
        const id = guideFor(instagram.guides, step.helper)!;
        await until(() => inHelperView(page, `#mis-guide-${id}`), `guide ${id} in view`);
      } else if (step.helper.kind === 'help') {
        const situation = step.helper.situation;
        // With a situation, the panel scrolls to it, past the help's heading.
        if (!situation) await until(() => inHelperView(page, '#mis-help-title'), 'get help now in view');
        else {
          await until(() => inHelperView(page, `[data-situation="${situation}"] > summary`), `${situation} in view`);
          await until(
            () =>
              page.evaluate(
                (id) =>
                  document
                    .querySelector('make-it-safe-helper')
                    ?.shadowRoot?.querySelector(`[data-situation="${id}"]`)
                    ?.hasAttribute('open') === true,
                situation,
              ),
            `situation ${situation} open`,
          );
        }
      } else {
        await until(async () => (await inHelper(page, '#mis-panel')) === undefined, 'the panel closed');
        const prompt = step.helper.kind === 'prompt';
        await until(
          async () => ((await inHelper(page, '.mis-prompt')) !== undefined) === prompt,
          prompt ? 'the prompt' : 'no prompt',
        );
      }
    }
    expect(await storageOf(page)).toEqual(before);
    await page.close();
  });

  it('switches the demo and the helper to Arabic at once, right to left', async () => {
    const page = await openExtensionPage(browser, 'workshop.html?lang=en');
    await page.select('[data-testid="scenario"]', 'stranger');
    await page.focus('body');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await until(async () => (await inHelper(page, '#mis-guide-blockAccount')) !== undefined, 'the block guide');
    await page.select('[data-testid="language"]', 'ar');
    const ar = words('ar', 'workshop.json');
    await until(
      async () => (await text(page, 'h1')) === ar.scenarios.stranger.steps.block.caption,
      'the Arabic caption',
    );
    // Set a frame after the caption is drawn.
    await until(async () => (await page.evaluate(() => document.documentElement.dir)) === 'rtl', 'right to left');
    expect(await text(page, '.demo-site')).toContain(ar.site.chat.photo);
    await until(
      async () =>
        (await inHelper(page, '#mis-guide-blockAccount')) ===
        words('ar', 'platforms/instagram.json').guides.blockAccount.title,
      'the helper in Arabic',
    );
    await page.close();
  });

  it('steps with a clicker from the focused scenario list and the large-text checkbox, leaving both as they were', async () => {
    const page = await openExtensionPage(browser, 'workshop.html?lang=en');
    await page.select('[data-testid="scenario"]', 'stranger');
    const steps = EN.scenarios.stranger.steps;
    for (const selector of ['[data-testid="scenario"]', '[data-testid="projector"]']) {
      await page.focus(selector);
      for (const [key, to] of [
        ['PageDown', 'photo'],
        ['PageUp', 'hello'],
        ['ArrowRight', 'photo'],
        ['ArrowLeft', 'hello'],
      ] as const) {
        await page.keyboard.press(key);
        await until(async () => (await text(page, 'h1')) === steps[to].caption, `${key} on ${selector}`);
      }
    }
    expect(await page.$eval('[data-testid="scenario"]', (e) => (e as HTMLSelectElement).value)).toBe('stranger');
    expect(await page.$eval('[data-testid="projector"]', (e) => (e as HTMLInputElement).checked)).toBe(false);
    await page.close();
  });

  /** How far each sheet's content runs past the sheet's padding, in px: what would be cut in print. */
  const overflows = (page: Page) =>
    page.$$eval('.sheet', (sheets) =>
      sheets.map((sheet) => {
        const inner = sheet.querySelector('.sheet-inner')!.getBoundingClientRect();
        const bottom = sheet.getBoundingClientRect().bottom - parseFloat(getComputedStyle(sheet).paddingBottom);
        return Math.round(inner.bottom - bottom);
      }),
    );

  it.each(PLATFORMS.map((p) => p.id))("prints the %s kids' checklist handout on one A4 page", async (platform) => {
    const page = await openExtensionPage(browser, `handout.html?platform=${platform}&lang=en`);
    await until(() => page.$('main[data-fitted="true"]').then(Boolean, () => false), 'the fitted sheet');
    const pdf = Buffer.from(await page.pdf({ format: 'A4' }));
    expect(pdfPages(pdf)).toBe(1);
    for (const over of await overflows(page)) expect(over).toBeLessThanOrEqual(0);
    await page.close();
  });

  // Urdu's Nastaliq on one page would be 6.6 pt: two pages, both fitted, with nothing cut.
  it("prints Telegram's kids' checklist in Urdu on two A4 pages, with nothing cut", async () => {
    const page = await openExtensionPage(browser, 'handout.html?platform=telegram&lang=ur');
    await until(() => page.$('main[data-fitted="true"]').then(Boolean, () => false), 'the fitted sheets');
    expect(pdfPages(Buffer.from(await page.pdf({ format: 'A4' })))).toBe(2);
    const overs = await overflows(page);
    expect(overs).toHaveLength(2);
    for (const over of overs) expect(over).toBeLessThanOrEqual(0);
    expect(Number(await page.$eval('main', (m) => m.getAttribute('data-size')))).toBeGreaterThanOrEqual(8);
    await page.close();
  });

  // The brochure handout too: its two sheets are two pages in Firefox's printer as in Chromium's.
  it.each(['en', 'ar'])('prints the parent brochure in %s on exactly two A4 pages', async (lang) => {
    const page = await openExtensionPage(browser, `brochure.html?lang=${lang}&country=FR`);
    await until(() => page.$('main[data-fitted="true"]').then(Boolean, () => false), 'the fitted sheets');
    expect(pdfPages(Buffer.from(await page.pdf({ format: 'A4' })))).toBe(2);
    await page.close();
  });
});
