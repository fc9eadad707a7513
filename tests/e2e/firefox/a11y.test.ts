import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import {
  EXTENSION_ORIGIN,
  launchFirefox,
  outsideRequestsOf,
  inFront,
  storeSettings,
  until,
  untilInLanguage,
} from './launch';
import { walkFocus } from '../focus-walk';
import { axeViolations, dashboardSitesOpen, openDashboardInPage, type Scheme } from '../axe-audit';
import { LANGUAGE_CODES, type LanguageCode } from '../../../lib/languages';

/**
 * Accessibility in Firefox: axe-core on every extension page and on the helper's panel, in all
 * fourteen languages, and the keyboard walk of the Chromium suite (focus-walk.ts) on the popup, the
 * dashboard and the panel, left to right and right to left. Firefox draws its own focus rings, form
 * controls and text, so what Chromium passes is not taken on trust here. The audit runs in the
 * light and the dark colour scheme (a browser of each, set by Firefox's own preference, which
 * puppeteer cannot emulate), side by side: each has its own profile, and the audit is most of this
 * suite's time. The dark browser runs the rules that measure colour, as Chromium's dark audit does
 * (axe-audit.ts says why); the light one runs them all.
 */

const INSTAGRAM = encodeURIComponent('https://www.instagram.com/');

let browser: Browser;
let dark: Browser;

/** Waits for every one of `tasks`, then fails with the first failure: none is left running. */
async function all<T>(tasks: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(tasks);
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}

beforeAll(async () => {
  const launched = await Promise.allSettled([
    launchFirefox({ colorScheme: 'light' }),
    launchFirefox({ colorScheme: 'dark' }),
  ]);
  // Both kept, so the one that did start is closed after all.
  [browser, dark] = launched.map((r) => (r.status === 'fulfilled' ? r.value : undefined)) as [Browser, Browser];
  const failed = launched.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
});

afterAll(async () => {
  await Promise.all([browser?.close(), dark?.close()]);
});

/** Opens an extension page and waits until `ready` holds in it (BiDi never says it loaded). */
async function open(file: string, ready: () => boolean, lang?: LanguageCode): Promise<Page> {
  return openIn(browser, file, ready, lang);
}

async function openIn(browser: Browser, file: string, ready: () => boolean, lang?: LanguageCode): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({
    width: file.startsWith('popup') ? 380 : 1000,
    height: file.startsWith('popup') ? 600 : 900,
  });
  void page.goto(`${EXTENSION_ORIGIN}/${file}`, { timeout: 60_000 }).catch(() => undefined);
  await until(() => page.evaluate(ready).catch(() => false), `${file} to be ready`, 20_000);
  if (lang) await untilInLanguage(page, lang);
  await inFront(page);
  return page;
}

const loaded = () => document.querySelector('main:not([aria-busy])') !== null;
/** The popup draws its foot (checklist, links, settings) a frame after the rest. */
const popupLoaded = () => document.querySelector('footer.settings') !== null;
const fitted = () => document.querySelector('main[data-fitted="true"]') !== null;
const panelOpen = () => document.getElementById('app')?.shadowRoot?.getElementById('mis-panel') != null;

const violations = (page: Page, scheme: Scheme) =>
  axeViolations({ evaluate: (fn, arg) => page.evaluate(fn as never, arg) }, scheme);

const openAll = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelectorAll(s).forEach((d) => d.setAttribute('open', '')), selector);

/** What axe finds on every page in `lang`, in the scheme `browser` is set to. */
async function auditEverything(browser: Browser, lang: LanguageCode, scheme: Scheme): Promise<string[]> {
  const open = (file: string, ready: () => boolean, lang?: LanguageCode) => openIn(browser, file, ready, lang);
  const found: string[] = [];
  const audit = async (page: Page, name: string) => {
    // The scheme the page sees, or the audit would check the other one without a word.
    const isDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    if (isDark !== (scheme === 'dark')) found.push(`${lang} ${name}: the page is not in the ${scheme} scheme`);
    for (const v of await violations(page, scheme)) found.push(`${lang} ${scheme} ${name}: ${v}`);
    await page.close();
  };

  await storeSettings(browser, lang, false);
  const welcome = await open('welcome.html', loaded, lang);
  await audit(welcome, 'first run');

  await storeSettings(browser, lang, true);
  const popup = await open(`popup.html?tabUrl=${INSTAGRAM}`, popupLoaded, lang);
  await openAll(popup, '.checklist details');
  await audit(popup, 'popup');

  const dashboard = await open('options.html', loaded, lang);
  await dashboard.evaluate(openDashboardInPage, dashboardSitesOpen(lang));
  await audit(dashboard, 'dashboard');

  await audit(await open(`brochure.html?lang=${lang}&country=FR`, fitted, lang), 'brochure');
  await audit(await open(`handout.html?platform=instagram&lang=${lang}`, fitted, lang), 'handout');
  await audit(await open(`workshop.html?lang=${lang}`, loaded, lang), 'workshop');

  const panel = await open(`helper-preview.html?lang=${lang}&country=GB&prompt=1`, panelOpen, lang);
  await panel.evaluate(() =>
    document
      .getElementById('app')!
      .shadowRoot!.querySelectorAll('details')
      .forEach((d) => d.setAttribute('open', '')),
  );
  await audit(panel, 'helper panel');
  return found;
}

describe('Firefox ESR: axe-core finds nothing', () => {
  it.each(LANGUAGE_CODES)('on every extension page and the helper panel, in %s, light and dark', async (lang) => {
    // Both finish before the test ends, even when one fails: a side left running would write its
    // language into the next test's browser.
    const [inLight = [], inDark = []] = await all([
      auditEverything(browser, lang, 'light'),
      auditEverything(dark, lang, 'dark'),
    ]);
    expect([...inLight, ...inDark]).toEqual([]);
  });
});

describe('Firefox ESR: keyboard only', () => {
  async function walk(page: Page) {
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

  it.each(['en', 'ar'] as const)(
    'reaches every control in order with a visible focus ring: popup, dashboard, helper panel (%s)',
    async (lang) => {
      await storeSettings(browser, lang, true);
      const popup = await open(`popup.html?tabUrl=${INSTAGRAM}`, popupLoaded, lang);
      expect(await popup.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await walk(popup);
      await popup.close();

      const dashboard = await open('options.html', loaded, lang);
      await walk(dashboard);
      await dashboard.close();

      const panel = await open(`helper-preview.html?lang=${lang}&prompt=1`, panelOpen, lang);
      await walk(panel);
      // Escape closes the panel and gives focus back to the launcher.
      await panel.evaluate(() =>
        document.getElementById('app')!.shadowRoot!.querySelector<HTMLElement>('.mis-close')!.focus(),
      );
      await panel.keyboard.press('Escape');
      await until(() => panel.evaluate(panelOpen).then((o) => !o), 'the panel to close');
      expect(
        await panel.evaluate(() => document.getElementById('app')!.shadowRoot!.activeElement?.className ?? ''),
      ).toContain('mis-open');
      await panel.close();
    },
  );

  it('opens a guide from the popup with Enter, its heading focused, and comes back', async () => {
    await storeSettings(browser, 'en', true);
    const popup = await open(`popup.html?tabUrl=${INSTAGRAM}`, popupLoaded, 'en');
    await popup.mouse.click(1, 1);
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await popup.keyboard.press('Tab');
      reached = await popup.evaluate(() => document.activeElement?.matches('[data-action="block"]') ?? false);
    }
    expect(reached, 'Tab reaches "block someone"').toBe(true);
    await popup.keyboard.press('Enter');
    await until(
      () => popup.evaluate(() => document.activeElement?.matches('[data-screen-heading]') ?? false),
      "the guide's heading to take focus",
    );
    await popup.focus('.back');
    await popup.keyboard.press('Enter');
    await until(
      () => popup.evaluate(() => document.querySelector('[data-action="block"]') !== null),
      'the home screen',
    );
    await popup.close();
  });

  it('made no request to anything but the fixture sites', () => {
    expect(outsideRequestsOf(browser)).toEqual([]);
    expect(outsideRequestsOf(dark)).toEqual([]);
  });
});
