import type { Page } from '@playwright/test';
import { test, expect, getStorage } from './fixtures';
import { walkFocus } from '../focus-walk';

/**
 * Every page with the keyboard alone: Tab from the top reaches every control once, in the order of
 * the page, each with a focus ring that can be seen and is not covered; Tab leaves the page or
 * comes back to the start (no trap); and each page's main task is done with keys only.
 */

/** The shared walk (focus-walk.ts) on a Playwright page. */
async function walk(page: Page): Promise<void> {
  const result = await walkFocus({
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    pressTab: () => page.keyboard.press('Tab'),
    clickTopLeft: () => page.mouse.click(1, 1),
  });
  expect(result.expected.length, 'controls on the page').toBeGreaterThan(0);
  expect(result.cycled, 'Tab leaves the page or comes back to the start').toBe(true);
  expect(result.visited).toEqual(result.expected);
  expect(result.problems).toEqual([]);
}

/** Tabs forward (at most 200 times) until the focused element matches. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const match = await page.evaluate((s) => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.matches(s) ?? false;
    }, selector);
    if (match) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

for (const lang of ['en', 'ar'] as const) {
  test.describe(`keyboard only, ${lang}`, () => {
    test('popup: every control in order; open a guide and come back; tick a checklist item with Space', async ({
      openPopup,
      background,
    }) => {
      let popup = await openPopup('https://www.instagram.com/');
      if (lang !== 'en') {
        await popup.getByTestId('language').selectOption(lang);
        await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
        await popup.close();
        popup = await openPopup('https://www.instagram.com/');
        await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
      }
      await walk(popup);

      await popup.reload();
      await popup.locator('main:not([aria-busy])').waitFor();
      await tabTo(popup, '[data-action="block"]');
      await popup.keyboard.press('Enter');
      // The new screen's heading takes focus, so the next Tab starts there.
      await expect(popup.locator('[data-screen-heading]')).toBeFocused();
      await expect(popup.locator('.back')).toBeVisible();
      await walk(popup);
      await popup.locator('.back').focus();
      await popup.keyboard.press('Enter');
      await expect(popup.locator('[data-action="block"]')).toBeVisible();

      await popup.reload();
      await popup.locator('main:not([aria-busy])').waitFor();
      await tabTo(popup, '.checklist input[type="checkbox"]');
      await popup.keyboard.press('Space');
      await expect(popup.locator('.checklist input[type="checkbox"]').first()).toBeChecked();
      await expect
        .poll(async () => JSON.stringify((await getStorage(background))['progress'] ?? {}))
        .toContain('instagram');
    });

    test('helper panel: every control in order; Escape closes it and focus goes back to the launcher', async ({
      context,
      extensionId,
    }) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/helper-preview.html?lang=${lang}&prompt=1`);
      const root = page.locator('#app');
      await expect(root.locator('#mis-panel')).toBeVisible();
      await walk(page);
      await root.locator('.mis-close').focus();
      await page.keyboard.press('Escape');
      await expect(root.locator('#mis-panel')).toHaveCount(0);
      await expect(root.locator('.mis-open')).toBeFocused();
      // The privacy prompt, which waits while the panel is open: its answers are reached too.
      await expect(root.locator('.mis-prompt')).toBeVisible();
      await walk(page);
      await root.locator('.mis-open').focus();
      await page.keyboard.press('Enter');
      await expect(root.locator('#mis-panel')).toBeVisible();
    });

    test('first run: every control in order, then through to the end with keys', async ({
      context,
      extensionId,
      background,
    }) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/welcome.html`);
      await page.locator('main:not([aria-busy])').waitFor();
      if (lang !== 'en') {
        await page.getByTestId('language').selectOption(lang);
        // Saved before the page loads again.
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
        await page.reload();
        await page.locator('main:not([aria-busy])').waitFor();
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      }
      await walk(page);

      await page.reload();
      await page.locator('main:not([aria-busy])').waitFor();
      // The role with the arrow keys, a site with Space, and Enter on the last button.
      await tabTo(page, 'input[type="radio"]');
      await page.keyboard.press('ArrowDown');
      await tabTo(page, 'input[type="checkbox"]');
      await page.keyboard.press('Space');
      await tabTo(page, '[data-action="finish"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/options\.html/);
      const settings = (await getStorage(background))['settings'] as {
        setupDone: boolean;
        platforms: string[];
        role: string;
      };
      expect(settings.setupDone).toBe(true);
      expect(settings.platforms.length).toBeGreaterThan(0);
      // The arrow moved the role from the first (parent) to the next, in either direction of text.
      expect(settings.role).toBe('child');
    });

    test('dashboard: every control in order; the language changed with the keyboard', async ({
      context,
      extensionId,
    }) => {
      test.setTimeout(120_000);
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.locator('main:not([aria-busy])').waitFor();
      if (lang !== 'en') {
        await page.getByTestId('language').first().selectOption(lang);
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
        await page.reload();
        await page.locator('main:not([aria-busy])').waitFor();
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      }
      await walk(page);

      await page.reload();
      await page.locator('main:not([aria-busy])').waitFor();
      const before = await page.locator('html').getAttribute('lang');
      await tabTo(page, '[data-testid="language"]');
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('html')).not.toHaveAttribute('lang', before!);
    });

    test('workshop: every control in order; the next step with the button and with the arrow key', async ({
      context,
      extensionId,
    }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`chrome-extension://${extensionId}/workshop.html?lang=${lang}`);
      await page.locator('main:not([aria-busy])').waitFor();
      await page.locator('make-it-safe-helper').waitFor({ state: 'attached' });
      await walk(page);

      await page.reload();
      await page.locator('main:not([aria-busy])').waitFor();
      const caption = page.locator('#step-caption');
      const first = await caption.textContent();
      await tabTo(page, '[data-action="next"]');
      await page.keyboard.press('Enter');
      await expect(caption).not.toHaveText(first!);
      const second = await caption.textContent();
      // Forward is the arrow pointing the way the language reads.
      await page.locator('#step-caption').evaluate((h) => (h as HTMLElement).blur());
      await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await expect(caption).not.toHaveText(second!);
    });

    for (const which of ['brochure', 'handout'] as const) {
      test(`${which}: every control in order; another choice made with the keyboard`, async ({
        context,
        extensionId,
      }) => {
        const page = await context.newPage();
        const path =
          which === 'brochure' ? `brochure.html?lang=${lang}` : `handout.html?platform=instagram&lang=${lang}`;
        await page.goto(`chrome-extension://${extensionId}/${path}`);
        await expect(page.locator('main[data-fitted="true"]')).toBeAttached({ timeout: 20_000 });
        await walk(page);

        await page.reload();
        await expect(page.locator('main[data-fitted="true"]')).toBeAttached({ timeout: 20_000 });
        const heading = page.locator('.sheet h1').first();
        const before = await heading.textContent();
        await tabTo(page, 'select');
        await page.keyboard.press('ArrowDown');
        await expect(heading).not.toHaveText(before!);
      });
    }
  });
}

/**
 * Picks the next language in a list with ArrowDown and returns what the list showed in every frame
 * from then on until the page is in that language: a list drawn from the words on screen jumped
 * back to the old language while the new one's words loaded.
 */
async function listWhileLoading(page: Page, list: string, lang: string): Promise<string[]> {
  await page.locator(list).evaluate((select: HTMLSelectElement, lang) => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    select.addEventListener(
      'change',
      () => {
        const frame = () => {
          seen.push(select.value);
          if (document.documentElement.lang !== lang || seen.length < 5) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      },
      { once: true },
    );
  }, lang);
  await page.locator(list).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen.length))
    .toBeGreaterThan(4);
  return page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

test.describe('a language list shows the language chosen from the moment it is chosen', () => {
  test('dashboard', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.locator('main:not([aria-busy])').waitFor();
    const seen = await listWhileLoading(page, '[data-testid="language"] >> nth=0', 'fr');
    expect(new Set(seen)).toEqual(new Set(['fr']));
    await expect(page.getByTestId('language').first()).toHaveValue('fr');
  });

  // The popup's list jumped back only when something redrew the popup while the words loaded (a
  // tick), which a real popup does not do by itself: tests/unit/popup-language.test.ts ticks an
  // item at that moment.

  test('handout', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/handout.html?platform=instagram&lang=en`);
    await page.locator('main:not([aria-busy])').waitFor();
    const seen = await listWhileLoading(page, '[data-testid="handout-language"]', 'fr');
    expect(new Set(seen)).toEqual(new Set(['fr']));
  });
});
