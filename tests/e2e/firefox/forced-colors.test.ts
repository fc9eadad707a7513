import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, launchFirefox, until } from './launch';

/**
 * Forced colours in Firefox (the system's high-contrast colours, as Firefox's "override the page's
 * colours" setting gives them): every control keeps a visible edge and a focus ring, and the
 * helper's launcher stays a visible shape with its shield on it. The Chromium suite checks the same
 * on every page by emulation; Firefox draws its own controls and focus rings, so it is checked here.
 */

const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"]';
const INSTAGRAM = encodeURIComponent('https://www.instagram.com/');
const PAGES = [
  { name: 'popup', file: `popup.html?tabUrl=${INSTAGRAM}`, ready: 'main:not([aria-busy])' },
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

async function open(file: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  void page.goto(`${EXTENSION_ORIGIN}/${file}`, { timeout: 60_000 }).catch(() => undefined);
  await until(
    () =>
      page
        .evaluate((s) => {
          const hosts = [...document.querySelectorAll('#app, make-it-safe-helper')];
          return document.querySelector(s) !== null || hosts.some((h) => h.shadowRoot?.querySelector(s));
        }, ready)
        .catch(() => false),
    `${file}: ${ready}`,
    20_000,
  );
  return page;
}

describe('Firefox ESR: forced colours', () => {
  it.each(PAGES)('$name: every control keeps its border and focus ring', async ({ name, file, ready }) => {
    const page = await open(file, ready);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    // A key press first: focus moved by script then shows its ring, as after Tab.
    await page.keyboard.press('Shift');
    const { problems, focused } = await page.evaluate((selector) => {
      const all: Element[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      const label = (el: Element) =>
        `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
      const shown = (el: Element) => {
        const s = getComputedStyle(el);
        return s.display !== 'none' && s.visibility !== 'hidden' && el.getClientRects().length > 0;
      };
      const hasBorder = (s: CSSStyleDeclaration) =>
        ['top', 'right', 'bottom', 'left'].some(
          (side) =>
            !['none', 'hidden'].includes(s.getPropertyValue(`border-${side}-style`)) &&
            parseFloat(s.getPropertyValue(`border-${side}-width`)) >= 1 &&
            s.getPropertyValue(`border-${side}-color`) !== s.backgroundColor,
        );
      // Checkboxes, radio buttons and the file input's button are drawn by the browser in system colours.
      const boxed =
        'button, select, input:not([type="checkbox"]):not([type="radio"]):not([type="file"]), textarea, a.button-link, a.mis-button-link';
      const out: string[] = [];
      let focused = 0;
      for (const el of all) {
        if (!(el instanceof HTMLElement) || !shown(el) || !el.matches(selector) || el.closest('[inert]')) continue;
        if (el.matches(boxed) && !hasBorder(getComputedStyle(el))) out.push(`${label(el)} has no visible border`);
        if ((el as HTMLButtonElement).disabled) continue;
        el.focus();
        const root = el.getRootNode() as Document | ShadowRoot;
        if (root.activeElement !== el) continue;
        focused++;
        const s = getComputedStyle(el);
        if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2)
          out.push(`${label(el)} has no focus ring (${s.outlineStyle} ${s.outlineWidth})`);
      }
      return { problems: [...new Set(out)], focused };
    }, INTERACTIVE);
    expect(problems).toEqual([]);
    // The rings were looked at, not skipped: every page has several controls.
    expect(focused).toBeGreaterThan(3);
    if (name === 'helper panel' || name === 'workshop') {
      // The launcher stays a visible shape, and its shield stays visible on it.
      const launcher = await page.evaluate(() => {
        const root = [...document.querySelectorAll('#app, make-it-safe-helper')].find((h) => h.shadowRoot)!.shadowRoot!;
        const s = (sel: string) => getComputedStyle(root.querySelector(sel)!);
        return {
          border: s('.mis-launcher').borderTopWidth,
          borderColour: s('.mis-launcher').borderTopColor,
          background: s('.mis-launcher').backgroundColor,
          icon: s('.mis-icon').backgroundColor,
          button: s('.mis-open').backgroundColor,
        };
      });
      expect(parseFloat(launcher.border)).toBeGreaterThanOrEqual(1);
      expect(launcher.borderColour).not.toBe(launcher.background);
      expect(launcher.icon).not.toBe(launcher.button);
    }
    await page.close();
  });
});
