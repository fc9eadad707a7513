import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, setStorage } from './fixtures';
import { hashPin } from '../../../lib/pin';
import { PLATFORMS } from '../../../lib/platforms/registry';
import { LANGUAGE_CODES } from '../../../lib/languages';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol, so the extension page's CSP does not block it.
  await page.evaluate(AXE);
  const result = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: tags } });
  }, TAGS);
  return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

for (const lang of ['en', 'ar', 'hi'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`popup has no axe violations in ${lang} (${scheme})`, async ({ openPopup }) => {
      const popup = await openPopup('https://www.instagram.com/');
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByTestId('language').selectOption(lang);
      await expect(popup.locator('html')).toHaveAttribute('lang', lang);
      // Both checklists with every item's steps and sources showing.
      await popup.locator('.checklist details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      expect(await violations(popup)).toEqual([]);
      await popup.locator('[data-action="report"]').click();
      expect(await violations(popup)).toEqual([]);
      await popup.locator('.back').click();
      await popup.getByTestId('country').selectOption('FR');
      await popup.locator('[data-action="help"]').click();
      // Every situation open, so axe checks what is inside them too.
      await popup.locator('details.mis-situation').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      expect(await violations(popup)).toEqual([]);
    });

    test(`the helper panel has no axe violations in ${lang} (${scheme})`, async ({ context, extensionId }) => {
      // axe cannot look into a closed shadow root; the preview page renders the same panel in an open one.
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      // Great Britain: the image situation lists two services there.
      await page.goto(`chrome-extension://${extensionId}/helper-preview.html?lang=${lang}&country=GB&prompt=1`);
      await page.locator('#app').waitFor({ state: 'attached' });
      await expect
        .poll(() =>
          page.evaluate(() => document.getElementById('app')!.shadowRoot?.querySelector('#mis-panel') != null),
        )
        .toBe(true);
      await page.evaluate(() =>
        document
          .getElementById('app')!
          .shadowRoot!.querySelectorAll('details')
          .forEach((d) => d.setAttribute('open', '')),
      );
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // The privacy prompt is checked too.
      expect(
        await page.evaluate(() => document.getElementById('app')!.shadowRoot!.querySelector('.mis-prompt') != null),
      ).toBe(true);
      expect(await violations(page)).toEqual([]);
      // The step-by-step privacy check, at its first step.
      await page.evaluate(() =>
        document.getElementById('app')!.shadowRoot!.querySelector<HTMLButtonElement>('.mis-check-start')!.click(),
      );
      await expect
        .poll(() =>
          page.evaluate(() => document.getElementById('app')!.shadowRoot!.querySelector('.mis-check-done') != null),
        )
        .toBe(true);
      expect(await violations(page)).toEqual([]);
    });
  }
}

test("every platform's checklists have no axe violations, in Arabic", async ({ openPopup }) => {
  test.setTimeout(180_000);
  for (const platform of PLATFORMS) {
    const popup = await openPopup(`https://${platform.hostnames[0]}/`);
    await popup.getByTestId('language').selectOption('ar');
    await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
    await popup.locator('.checklist details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    expect(await violations(popup), platform.id).toEqual([]);
    await popup.close();
  }
});

test('the brochure has no axe violations in any language, nor printed in two', async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  const page = await context.newPage();
  for (const query of [
    ...LANGUAGE_CODES.map((code) => `lang=${code}&country=FR`),
    'lang=en&second=ar&layout=side',
    'lang=fr&second=ur&layout=sections',
  ]) {
    await page.goto(`chrome-extension://${extensionId}/brochure.html?${query}`);
    await expect(page.locator('main[data-fitted="true"]')).toBeAttached({ timeout: 20_000 });
    expect(await violations(page), query).toEqual([]);
  }
});

for (const lang of LANGUAGE_CODES) {
  test(`the first run and the dashboard have no axe violations in ${lang}`, async ({
    context,
    extensionId,
    background,
  }) => {
    await setStorage(background, {
      settings: {
        language: lang,
        country: 'auto',
        role: 'parent',
        platforms: ['instagram'],
        helper: { minimized: false, offSites: [] },
        setupDone: false,
      },
      settings$: { v: 3 },
    });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/welcome.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
    // With a problem showing, as a parent who mistypes the PIN sees it.
    await page.getByTestId('welcome-pin').fill('12');
    await page.locator('[data-action="finish"]').click();
    await expect(page.locator('#welcome-pin-problem')).not.toBeEmpty();
    expect(await violations(page), `welcome ${lang}`).toEqual([]);

    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.locator('main:not([aria-busy])').waitFor();
    // Every site's checklist, every item's steps, the other sites, all open.
    await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    expect(await violations(page), `dashboard ${lang}`).toEqual([]);
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`the PIN dialog has no axe violations in ${lang}`, async ({ context, extensionId, background }) => {
    await setStorage(background, {
      settings: {
        language: lang,
        country: 'auto',
        role: 'parent',
        platforms: [],
        helper: { minimized: false, offSites: [] },
        setupDone: true,
      },
      settings$: { v: 3 },
      pin: { record: await hashPin('4821'), lock: { failures: 0 } },
    });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.locator('[data-action="change-pin"]').click();
    await expect(page.getByTestId('pin-dialog')).toBeVisible();
    await page.getByTestId('pin-entry').fill('0000');
    await page.getByTestId('pin-entry').press('Enter');
    await expect(page.locator('#pin-dialog-message')).not.toBeEmpty();
    expect(await violations(page), lang).toEqual([]);
  });
}
