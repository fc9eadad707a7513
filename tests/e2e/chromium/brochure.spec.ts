import { pdfPages } from '../pdf';
import { test, expect } from './fixtures';
import { LANGUAGE_CODES, LANGUAGES } from '../../../lib/languages';
import type { Page } from '@playwright/test';
import { WORDS_LEFT_OUT } from '../words-left-out';

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
async function openBrochure(page: Page, extensionId: string, query: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/brochure.html?${query}`);
  await expect(page.locator('main[data-fitted="true"]')).toBeAttached({ timeout: 20_000 });
}

/** The text size, in pt, the brochure was fitted to for print. */
const printSize = (page: Page): Promise<number> =>
  page.locator('.sheets').evaluate((el) => parseFloat((el as HTMLElement).style.getPropertyValue('--size')));

for (const code of LANGUAGE_CODES) {
  test(`the brochure in ${code} prints on exactly two A4 and two US Letter pages`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openBrochure(page, extensionId, `lang=${code}&country=FR`);
    const language = LANGUAGES[code];
    await expect(page.locator('html')).toHaveAttribute('lang', language.tag);
    await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
    await expect(page.locator('[data-section]').first()).toHaveAttribute('data-section', 'talk');
    // Every part is marked with its language and direction, and no key or placeholder shows.
    const parts = page.locator('.sheet [lang]');
    expect(await parts.count()).toBeGreaterThan(0);
    expect(
      await parts.evaluateAll((all) => all.every((p) => p.getAttribute('dir') === document.documentElement.dir)),
    ).toBe(true);
    await expect(page.locator('.sheets')).not.toContainText(WORDS_LEFT_OUT);
    await expect(page.locator('.sheets')).toContainText('119');
    // Numbers are kept left to right, or Arabic and Urdu would print "116 000" as "000 116".
    await expect(page.locator('.lines bdi[dir="ltr"]', { hasText: /^116 000$/ })).toHaveCount(1);
    const a4 = await page.pdf({ format: 'A4', printBackground: true });
    const letter = await page.pdf({ format: 'Letter', printBackground: true });
    expect(pdfPages(a4), 'A4 pages').toBe(2);
    expect(pdfPages(letter), 'Letter pages').toBe(2);
    // Nothing is cut: every sheet's content fits inside it.
    const overflow = await page
      .locator('.sheet')
      .evaluateAll((sheets) =>
        sheets.some((s) => s.querySelector('.sheet-inner')!.getBoundingClientRect().height > s.clientHeight),
      );
    expect(overflow).toBe(false);
    // Fitted to two pages, the text stays readable in print: no language is set below 9 pt (Urdu,
    // the longest in print, was 8.4 pt before its print line height).
    expect(await printSize(page), 'text size in pt').toBeGreaterThanOrEqual(9);
  });
}

test('bilingual print, side by side: English and Arabic, each part marked, aligned section by section', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openBrochure(page, extensionId, 'lang=en&second=ar&layout=side&country=GB');
  const pairs = page.locator('.pair');
  expect(await pairs.count()).toBeGreaterThan(6);
  for (const pair of await pairs.all()) {
    await expect(pair.locator(':scope > [lang]')).toHaveCount(2);
    await expect(pair.locator(':scope > [lang]').nth(0)).toHaveAttribute('dir', 'ltr');
    await expect(pair.locator(':scope > [lang]').nth(1)).toHaveAttribute('dir', 'rtl');
    await expect(pair.locator(':scope > [lang]').nth(1)).toHaveAttribute('lang', 'ar');
  }
  // The same section on both sides of each row.
  const rows = await pairs.evaluateAll((all) =>
    all.map((p) =>
      [...p.querySelectorAll(':scope > [lang] [data-section]')].map((s) => s.getAttribute('data-section')),
    ),
  );
  for (const row of rows) expect(row.slice(row.length / 2)).toEqual(row.slice(0, row.length / 2));
  // Every section in a row of its own pair, in order: the brochure's six and the helplines.
  expect(rows.flatMap((row) => row.slice(0, row.length / 2))).toEqual([
    'talk',
    'age',
    'image',
    'strangers',
    'bullying',
    'happens',
    'helplines',
  ]);
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(4);
});

test('bilingual print, section after section: French then Urdu, the choice kept in the address', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openBrochure(page, extensionId, 'lang=fr');
  await page.getByTestId('second-language').selectOption('ur');
  await page.locator('input[name="layout"][value="sections"]').check();
  await expect(page.locator('main[data-fitted="true"] .stack').first()).toBeAttached();
  // The address follows the choices as they are made, not at once.
  await expect.poll(() => new URL(page.url()).searchParams.get('second')).toBe('ur');
  await expect.poll(() => new URL(page.url()).searchParams.get('layout')).toBe('sections');
  const stack = page.locator('.stack').nth(1);
  await expect(stack.locator(':scope > [lang]').nth(0)).toHaveAttribute('lang', 'fr');
  await expect(stack.locator(':scope > [lang]').nth(1)).toHaveAttribute('lang', 'ur');
  await expect(stack.locator(':scope > [lang]').nth(1)).toHaveAttribute('dir', 'rtl');
  expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(4);
});

/** Where a sheet's edges can be brought to, scrolled as far as the page goes each way. */
async function sheetReach(page: Page) {
  return page
    .locator('.sheet')
    .first()
    .evaluate((sheet) => {
      const width = document.documentElement.clientWidth;
      // Clamped by the browser: fully to the left (negative in right to left), then fully right.
      window.scrollTo(-1e6, 0);
      const left = sheet.getBoundingClientRect().left;
      window.scrollTo(1e6, 0);
      const right = sheet.getBoundingClientRect().right;
      return { left, right, width };
    });
}

for (const lang of ['en', 'ar']) {
  for (const which of ['brochure', 'handout'] as const) {
    test(`in a window 400 px wide, the whole ${which} sheet can be scrolled to (${lang})`, async ({
      context,
      extensionId,
    }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 800 });
      if (which === 'brochure') await openBrochure(page, extensionId, `lang=${lang}`);
      else {
        await page.goto(`chrome-extension://${extensionId}/handout.html?platform=instagram&lang=${lang}`);
        await page.locator('main[data-fitted="true"]').waitFor();
      }
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // A sheet is 209 mm (790 px), wider than the window: centred, its left part was off the page
      // where no scrolling reaches (x = -195), and in Arabic the start of every line with it.
      // (Within a pixel: a scroll position is whole pixels, a sheet 209 mm wide is not.)
      const reach = await sheetReach(page);
      expect(reach.left, JSON.stringify(reach)).toBeGreaterThan(-1);
      expect(reach.right, JSON.stringify(reach)).toBeLessThan(reach.width + 1);
      // Back at the start, the controls are there to use.
      await page.evaluate((rtl) => window.scrollTo(rtl ? 1e6 : -1e6, 0), lang === 'ar');
      await expect(page.locator('button.print')).toBeInViewport({ ratio: 1 });
    });
  }
}

test('the print hint gives the number of pages: two in one language, four with a second', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openBrochure(page, extensionId, 'lang=en');
  await expect(page.getByTestId('print-hint')).toHaveText('Prints on two A4 or US Letter pages.');
  await page.getByTestId('second-language').selectOption('fr');
  await expect(page.locator('main[data-fitted="true"][data-pages="4"]')).toBeAttached();
  await expect(page.getByTestId('print-hint')).toHaveText('Prints on four A4 or US Letter pages.');
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(4);
  await page.getByTestId('second-language').selectOption('');
  await expect(page.getByTestId('print-hint')).toHaveText('Prints on two A4 or US Letter pages.');
});

test("names a helpline as its operator does in the brochure's language", async ({ context, extensionId }) => {
  const page = await context.newPage();
  // The UAE's Center has an Arabic name of its own: the Arabic brochure showed the English one.
  await openBrochure(page, extensionId, 'lang=ar&country=AE');
  await expect(page.locator('main')).toContainText('مركز وزارة الداخلية لحماية الطفل');
  await expect(page.locator('main')).not.toContainText('Ministry of Interior');
  await openBrochure(page, extensionId, 'lang=en&country=AE');
  await expect(page.locator('main')).toContainText('Ministry of Interior Child Protection Center');
  // Bangladesh's line, in Bengali, under the name its source gives it, and still two pages at 9 pt.
  await openBrochure(page, extensionId, 'lang=bn&country=BD');
  await expect(page.locator('main')).toContainText('শিশুর সহায়তায় ফোন ১০৯৮');
  await expect(page.locator('main')).not.toContainText('Child Helpline');
  expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(2);
  expect(await printSize(page), 'text size in pt').toBeGreaterThanOrEqual(9);
});

test('writes web addresses in a Latin font in Urdu, the digits too', async ({ context, extensionId }) => {
  // Urdu's Nastaliq font has digits but no Latin letters: an address drew its digits in it, larger
  // and bolder than its letters. Chromium says which fonts it drew each element's text with.
  const page = await context.newPage();
  const fontsOf = async (selector: string) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const fonts = new Set<string>();
    for (const nodeId of nodeIds) {
      const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const f of used) fonts.add(f.familyName);
    }
    await cdp.detach();
    return { count: nodeIds.length, fonts: [...fonts] };
  };
  await page.goto(`chrome-extension://${extensionId}/handout.html?platform=instagram&lang=ur`);
  await expect(page.locator('.url').first()).toBeVisible();
  const handout = await fontsOf('.url');
  expect(handout.count).toBeGreaterThan(0);
  expect(handout.fonts.filter((f) => /nastaliq|naskh|arabic/i.test(f))).toEqual([]);
  await openBrochure(page, extensionId, 'lang=ur&country=GB');
  const brochure = await fontsOf('.url');
  expect(brochure.count).toBeGreaterThan(0);
  expect(brochure.fonts.filter((f) => /nastaliq|naskh|arabic/i.test(f))).toEqual([]);
});

test('a printed brochure or handout is saved under the plain name, in Arabic and Urdu too', async ({
  context,
  extensionId,
}) => {
  // The title names the PDF: no isolates (Chromium writes "_" for them), no word joiners.
  const page = await context.newPage();
  await openBrochure(page, extensionId, 'lang=ar&country=AE');
  await expect(page).toHaveTitle(/Make-IT-Safe/);
  expect(await page.title()).not.toMatch(/[\u2060\u2066-\u2069]/);
  await page.goto(`chrome-extension://${extensionId}/handout.html?platform=instagram&lang=ur`);
  await expect(page).toHaveTitle(/Make-IT-Safe/);
  expect(await page.title()).not.toMatch(/[\u2060\u2066-\u2069]/);
});

test('a language passed over with the arrow keys does not end up shown: the brochure is in the one the picker shows', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openBrochure(page, extensionId, 'lang=en&country=GB');
  const picker = page.getByTestId('language');
  await picker.focus();
  // French's words are not loaded yet, English's are: English comes back first, French after it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(picker).toHaveValue('en');
  // Long enough for French's words to have come, had they still been waited for.
  await page.waitForTimeout(1500);
  await expect(page.locator('main[data-fitted="true"]')).toBeAttached();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(picker).toHaveValue('en');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  await expect(page.locator('.sheet [lang]').first()).toHaveAttribute('lang', 'en');
});
