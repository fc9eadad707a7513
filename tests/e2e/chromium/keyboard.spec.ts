import type { Page } from '@playwright/test';
import { test, expect, getStorage } from './fixtures';

/**
 * Every page with the keyboard alone: Tab from the top reaches every control once, in the order of
 * the page, each with a focus ring that can be seen and is not covered; Tab leaves the page or
 * comes back to the start (no trap); and each page's main task is done with keys only.
 */

const FOCUSABLE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

interface Stop {
  /** Index in the page's own order of focusable elements, -1 for anything else. */
  index: number;
  name: string;
  problems: string[];
  /** Top and bottom in the page's own coordinates (scrolling undone), to compare with later stops. */
  top: number;
  bottom: number;
  /** The fixed layer it is on (the helper's launcher or panel), '' for the page itself. */
  layer: string;
}

/**
 * Numbers the controls a Tab should reach, in the page's order (open shadow roots included, as
 * the browser walks them): shown, enabled, not inert; of a group of radio buttons only the checked
 * one (or the first), which is where Tab lands.
 */
async function markFocusable(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: HTMLElement[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        el.removeAttribute('data-kbd');
        if (el.matches(selector)) found.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    // Chromium keeps boxes for what a closed <details> hides, so it is ruled out by hand.
    const folded = (el: Element) => {
      for (let a: Element | null = el; a?.parentElement; a = a.parentElement) {
        const d: HTMLElement | null = a.parentElement;
        if (
          d instanceof HTMLDetailsElement &&
          !d.open &&
          !(a.localName === 'summary' && a === d.querySelector(':scope > summary'))
        )
          return true;
      }
      return false;
    };
    const shown = (el: HTMLElement) => {
      const s = getComputedStyle(el);
      return s.visibility !== 'hidden' && el.getClientRects().length > 0 && !folded(el);
    };
    const groups = new Set<string>();
    const order = found.filter((el) => {
      if (!shown(el) || (el as HTMLButtonElement).disabled || el.closest('[inert]') || el.tabIndex < 0) return false;
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const all = [
          ...(el.form ?? (el.getRootNode() as Document | ShadowRoot)).querySelectorAll<HTMLInputElement>(
            'input[type="radio"]',
          ),
        ].filter((r) => r.name === el.name && !r.disabled);
        const lands = all.find((r) => r.checked) ?? all[0];
        if (lands !== el || groups.has(el.name)) return false;
        groups.add(el.name);
      }
      return true;
    });
    return order.map((el, i) => {
      el.setAttribute('data-kbd', String(i));
      return `${el.localName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30) || el.getAttribute('aria-label') || (el as HTMLInputElement).value || ''}"`;
    });
  }, FOCUSABLE);
}

/** Where focus is now, and whether it can be seen there. */
async function stop(page: Page): Promise<Stop | undefined> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return undefined;
    const problems: string[] = [];
    const s = getComputedStyle(el);
    const ring =
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor) ||
      (s.boxShadow !== 'none' && s.boxShadow);
    if (!ring) problems.push('no focus ring');
    // The ring against what is behind it: at least 3:1 (WCAG 1.4.11 and 2.4.13).
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    let behind: Element | null = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;
    let background = 'rgb(255, 255, 255)';
    while (behind) {
      const c = getComputedStyle(behind).backgroundColor;
      if (rgb(c).length === 3 || (rgb(c).length === 4 && rgb(c)[3]! > 0.5)) {
        background = c;
        break;
      }
      behind = behind.parentElement ?? ((behind.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    }
    if (ring && s.outlineStyle !== 'none') {
      const [a, b] = [luminance(rgb(s.outlineColor)), luminance(rgb(background))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 3) problems.push(`focus ring contrast ${ratio.toFixed(2)} (${s.outlineColor} on ${background})`);
    }
    // Not hidden: in the window, and not covered by something else (WCAG 2.4.11).
    const r = el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) problems.push('out of view');
    else {
      let hit: Element | null = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      const label = el.closest('label');
      if (hit && !el.contains(hit) && !(label && label.contains(hit)))
        problems.push(`covered by ${hit.localName}.${String(hit.className)}`);
    }
    const index = Number(el.getAttribute('data-kbd') ?? -1);
    let scrolled = window.scrollY;
    let layer = '';
    for (let a: Element | null = el; a; a = a.parentElement ?? ((a.getRootNode() as ShadowRoot).host || null)) {
      scrolled += a === el ? 0 : a.scrollTop;
      if (!layer && getComputedStyle(a).position === 'fixed') layer = `${a.localName}.${String(a.className)}`;
    }
    return {
      index,
      name: `${el.localName}.${String(el.className)}`,
      problems,
      top: r.top + scrolled,
      bottom: r.bottom + scrolled,
      layer,
    };
  });
}

/**
 * Presses Tab from the top of a freshly loaded page until focus comes back to the first control or
 * leaves the page, and checks every stop.
 */
async function walk(page: Page): Promise<void> {
  const expected = await markFocusable(page);
  expect(expected.length, 'controls on the page').toBeGreaterThan(0);
  // From the top: a click on the page's first pixel (no control there) moves where Tab starts.
  await page.mouse.click(1, 1);
  const visited: number[] = [];
  const problems: string[] = [];
  let left = false;
  let previous: Stop | undefined;
  for (let presses = 0; presses < expected.length + 5; presses++) {
    await page.keyboard.press('Tab');
    const now = await stop(page);
    if (!now) {
      left = true;
      break;
    }
    if (now.index === 0 && visited.length > 0) break;
    if (now.index < 0) problems.push(`Tab stops on ${now.name}, which is not a control`);
    for (const p of now.problems) problems.push(`${expected[now.index] ?? now.name}: ${p}`);
    // Visual order: on the same layer, no stop lies wholly above the one before it.
    if (previous && previous.layer === now.layer && now.bottom <= previous.top - 1)
      problems.push(`${expected[now.index] ?? now.name}: above the control before it`);
    previous = now;
    visited.push(now.index);
  }
  const cycled = left || visited.length < expected.length + 5;
  expect(cycled, 'Tab leaves the page or comes back to the start').toBe(true);
  expect(visited.map((i) => expected[i] ?? `not a control (${i})`)).toEqual(expected);
  expect(problems).toEqual([]);
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
      const settings = (await getStorage(background))['settings'] as { setupDone: boolean; platforms: string[] };
      expect(settings.setupDone).toBe(true);
      expect(settings.platforms.length).toBeGreaterThan(0);
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
