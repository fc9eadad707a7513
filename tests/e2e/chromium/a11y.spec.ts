import os from 'node:os';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { test, expect, setStorage } from './fixtures';
import { hashPin } from '../../../lib/pin';
import { PLATFORMS } from '../../../lib/platforms/registry';
import { LANGUAGE_CODES, type LanguageCode } from '../../../lib/languages';
import { ALL_STEPS } from '../../../lib/workshop/scenarios';
import { storedSettings } from '../stored-settings';
import { shownWords } from '../shown-words';
import { axeViolations, dashboardSitesOpen, openDashboardInPage, type Scheme } from '../axe-audit';

const SCHEMES: readonly Scheme[] = ['light', 'dark'];
const workshopWords = (lang: string) =>
  shownWords<{ scenarios: Record<string, { steps: Record<string, { caption: string }> }> }>(lang, 'workshop.json');

const violations = (page: Page, scheme: Scheme) =>
  axeViolations({ evaluate: (fn, arg) => page.evaluate(fn as never, arg) }, scheme);

/**
 * Runs axe and keeps what it finds under a name, so one run of a many-language test reports every
 * language's violations instead of stopping at the first.
 */
async function audit(page: Page, name: string, found: string[], scheme: Scheme = 'light'): Promise<void> {
  for (const v of await violations(page, scheme)) found.push(`${name}: ${v}`);
}

/**
 * The same screen in both colour schemes: every rule in the light one, then the colour rules in the
 * dark one (the page switches scheme without a reload, as it does when the system's changes).
 */
async function auditBoth(page: Page, name: string, found: string[]): Promise<void> {
  await audit(page, `${name} (light)`, found, 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await audit(page, `${name} (dark)`, found, 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
}

const openAll = (page: Page, selector = 'details') =>
  page.locator(selector).evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));

/** A page in the light scheme; auditBoth switches it to dark and back. */
async function newLightPage(context: { newPage(): Promise<Page> }): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  return page;
}

/** The helper's parts are in an open shadow root on the preview and workshop pages. */
const inHelper = (page: Page, selector: string) =>
  page.evaluate(
    (s) =>
      [...document.querySelectorAll('#app, make-it-safe-helper')].some((h) => h.shadowRoot?.querySelector(s) != null),
    selector,
  );

// One test per page, each going through the fourteen languages and both colour schemes in one browser:
// a browser per language would cost more than the checks themselves.
test.describe('every language, light and dark colour schemes', () => {
  test.describe.configure({ timeout: 300_000 });

  test('popup: home with both checklists, a guide, get help, the settings', async ({ openPopup }) => {
    const popup = await openPopup('https://www.instagram.com/');
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.getByTestId('country').selectOption('FR');
    const found: string[] = [];
    const topics = ['block', 'report', 'privacy'] as const;
    for (const [i, lang] of LANGUAGE_CODES.entries()) {
      await popup.getByTestId('language').selectOption(lang);
      await expect(popup.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
      // Both checklists with every item's steps and sources showing; the settings are below them.
      await openAll(popup, '.checklist details');
      await auditBoth(popup, `${lang} home`, found);
      // Each language one guide screen, so the three are all checked in several scripts.
      const topic = topics[i % topics.length]!;
      await popup.locator(`[data-action="${topic}"]`).click();
      await expect(popup.locator('[data-screen-heading]')).toBeFocused();
      await auditBoth(popup, `${lang} ${topic}`, found);
      await popup.locator('.back').click();
      await popup.locator('[data-action="help"]').click();
      // Every situation open, so axe checks what is inside them too.
      await openAll(popup, 'details.mis-situation');
      await auditBoth(popup, `${lang} help`, found);
      await popup.locator('.back').click();
    }
    expect(found).toEqual([]);
  });

  test('the helper panel, with the privacy prompt and the step-by-step check', async ({ context, extensionId }) => {
    // axe cannot look into a closed shadow root; the preview page renders the same panel in an open one.
    const page = await newLightPage(context);
    const found: string[] = [];
    for (const lang of LANGUAGE_CODES) {
      // Great Britain: the image situation lists two services there.
      await page.goto(`chrome-extension://${extensionId}/helper-preview.html?lang=${lang}&country=GB&prompt=1`);
      await expect.poll(() => inHelper(page, '#mis-panel')).toBe(true);
      expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
      expect(await inHelper(page, '.mis-prompt'), lang).toBe(true);
      await page.evaluate(() =>
        document
          .getElementById('app')!
          .shadowRoot!.querySelectorAll('details')
          .forEach((d) => d.setAttribute('open', '')),
      );
      await auditBoth(page, `${lang} panel`, found);
      // The step-by-step privacy check, at its first step.
      await page.evaluate(() =>
        document.getElementById('app')!.shadowRoot!.querySelector<HTMLButtonElement>('.mis-check-start')!.click(),
      );
      await expect.poll(() => inHelper(page, '.mis-check-done')).toBe(true);
      await auditBoth(page, `${lang} check`, found);
      // The prompt waits while the panel is open; closed, the launcher and the prompt show.
      await page.evaluate(() =>
        document.getElementById('app')!.shadowRoot!.querySelector<HTMLButtonElement>('.mis-close')!.click(),
      );
      await expect.poll(() => inHelper(page, '#mis-panel')).toBe(false);
      await auditBoth(page, `${lang} prompt`, found);
    }
    expect(found).toEqual([]);
  });

  test('the first run, with a PIN problem showing', async ({ context, extensionId, background }) => {
    const page = await newLightPage(context);
    const found: string[] = [];
    for (const lang of LANGUAGE_CODES) {
      await setStorage(background, storedSettings(lang, false));
      await page.goto(`chrome-extension://${extensionId}/welcome.html`);
      await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
      // As a parent who mistypes the PIN sees it.
      await page.getByTestId('welcome-pin').fill('12');
      await page.locator('[data-action="finish"]').click();
      await expect(page.locator('#welcome-pin-problem')).not.toBeEmpty();
      await auditBoth(page, lang, found);
    }
    expect(found).toEqual([]);
  });

  // The longest page: in two halves, so two workers share it. Which sections are open:
  // dashboardSitesOpen in axe-audit.ts.
  for (const half of [0, 1]) {
    test(`the dashboard, every section open (languages ${half * 7 + 1} to ${half * 7 + 7})`, async ({
      context,
      extensionId,
      background,
    }) => {
      const page = await newLightPage(context);
      const found: string[] = [];
      for (const lang of LANGUAGE_CODES.slice(half * 7, half * 7 + 7)) {
        await setStorage(background, storedSettings(lang, true));
        await page.goto(`chrome-extension://${extensionId}/options.html`);
        await page.locator('main:not([aria-busy])').waitFor();
        await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
        await page.evaluate(openDashboardInPage, dashboardSitesOpen(lang));
        await auditBoth(page, lang, found);
      }
      expect(found).toEqual([]);
    });
  }

  test('the brochure, and printed in two languages', async ({ context, extensionId }) => {
    const page = await newLightPage(context);
    const found: string[] = [];
    for (const query of [
      ...LANGUAGE_CODES.map((code) => `lang=${code}&country=FR`),
      'lang=en&second=ar&layout=side',
      'lang=fr&second=ur&layout=sections',
    ]) {
      await page.goto(`chrome-extension://${extensionId}/brochure.html?${query}`);
      await expect(page.locator('main[data-fitted="true"]')).toBeAttached({ timeout: 20_000 });
      await auditBoth(page, query, found);
    }
    expect(found).toEqual([]);
  });

  test("a site's checklist handout", async ({ context, extensionId }) => {
    const page = await newLightPage(context);
    const found: string[] = [];
    for (const [i, lang] of LANGUAGE_CODES.entries()) {
      // Instagram in every language, and each language one other site as well.
      for (const platform of new Set(['instagram', PLATFORMS[i % PLATFORMS.length]!.id])) {
        await page.goto(`chrome-extension://${extensionId}/handout.html?platform=${platform}&lang=${lang}`);
        await expect(page.locator('main[data-fitted="true"]')).toBeAttached({ timeout: 20_000 });
        await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
        await auditBoth(page, `${lang} ${platform}`, found);
      }
    }
    expect(found).toEqual([]);
  });

  test('workshop mode, at its first step and two more per language', async ({ context, extensionId }) => {
    const page = await newLightPage(context);
    await page.setViewportSize({ width: 1280, height: 800 });
    const found: string[] = [];
    for (const [i, lang] of LANGUAGE_CODES.entries()) {
      await page.goto(`chrome-extension://${extensionId}/workshop.html?lang=${lang}`);
      await page.locator('main:not([aria-busy])').waitFor();
      await page.locator('make-it-safe-helper').waitFor({ state: 'attached' });
      await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
      await auditBoth(page, `${lang} step 1`, found);
      // Between them, the fourteen languages visit every step: each screen of the made-up network
      // and each of the helper's parts (prompt, guide, get help).
      const steps = new Set(
        [i, i + LANGUAGE_CODES.length].map((n) => 1 + (n % (ALL_STEPS.length - 1))).sort((a, b) => a - b),
      );
      let at = 0;
      for (const step of steps) {
        const { scenario, step: s } = ALL_STEPS[step]!;
        // Page Down goes forward whatever the language's direction.
        for (; at < step; at++) await page.keyboard.press('PageDown');
        await expect(page.locator('#step-caption')).toHaveText(
          workshopWords(lang).scenarios[scenario.id]!.steps[s.id]!.caption,
        );
        await expect(page.locator('.demo-site')).toHaveAttribute('data-screen', s.screen);
        if (s.helper.kind === 'topic' || s.helper.kind === 'help')
          await expect.poll(() => inHelper(page, '#mis-panel')).toBe(true);
        await auditBoth(page, `${lang} step ${step + 1} (${scenario.id}/${s.id})`, found);
      }
    }
    expect(found).toEqual([]);
  });
});

async function withPin(background: Worker, lang: LanguageCode): Promise<void> {
  await setStorage(background, {
    ...storedSettings(lang, true),
    pin: { record: await hashPin('4821'), lock: { failures: 0 } },
  });
}

/** Every rule in both schemes, for a small part of a page (a dialog, a question). */
async function auditSmall(page: Page, lang: LanguageCode): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await audit(page, `${lang} (${scheme})`, found);
  }
  return found;
}

for (const lang of ['en', 'ar'] as const) {
  test(`the PIN dialog has no axe violations in ${lang}, light and dark`, async ({
    context,
    extensionId,
    background,
  }) => {
    await withPin(background, lang);
    const page = await newLightPage(context);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.locator('[data-action="change-pin"]').click();
    await expect(page.getByTestId('pin-dialog')).toBeVisible();
    await page.getByTestId('pin-entry').fill('0000');
    await page.getByTestId('pin-entry').press('Enter');
    await expect(page.locator('#pin-dialog-message')).not.toBeEmpty();
    expect(await auditSmall(page, lang)).toEqual([]);
  });

  test(`the question before an import has no axe violations in ${lang}, light and dark`, async ({
    context,
    extensionId,
    background,
  }) => {
    await withPin(background, lang);
    const page = await newLightPage(context);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    // A file of the family's own, which holds the PIN: the question's longest form.
    await page.locator('[data-action="export"]').click();
    await page.getByTestId('pin-entry').fill('4821');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pin-entry').press('Enter')]);
    const file = path.join(os.tmpdir(), `mis-a11y-import-${lang}-${Date.now()}.json`);
    await download.saveAs(file);
    await page.getByTestId('import').setInputFiles(file);
    await expect(page.locator('[data-action="import-confirm"]')).toBeFocused();
    expect(await auditSmall(page, lang)).toEqual([]);
  });
}
