import type { Page } from '@playwright/test';
import { test, expect, getStorage, clickClosingTab } from './fixtures';
import { ALL_STEPS, guideFor } from '../../../lib/workshop/scenarios';
import { instagram } from '../../../lib/platforms/instagram';
import { pdfPages } from '../pdf';
import { WORDS_LEFT_OUT } from '../words-left-out';
import { PLATFORMS } from '../../../lib/platforms/registry';
import { shownWords } from '../shown-words';
import { openWorkshop } from './workshop-page';

const words = (lang: string, file: string) => shownWords(lang, file);
const EN = words('en', 'workshop.json');

const helper = (page: Page) => page.locator('make-it-safe-helper');

test.describe('workshop mode', () => {
  test("steps through every scenario with the keyboard alone, the real helper showing each step's part", async ({
    context,
    extensionId,
    background,
  }) => {
    test.setTimeout(120_000);
    const before = await getStorage(background);
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    await expect(page.locator('h1')).toHaveText(EN.scenarios.private.steps.public.caption);
    for (let i = 0; i < ALL_STEPS.length; i++) {
      const { scenario, step } = ALL_STEPS[i]!;
      if (i > 0) await page.keyboard.press('ArrowRight');
      const caption = EN.scenarios[scenario.id].steps[step.id];
      await expect(page.locator('h1'), `${scenario.id}/${step.id}`).toHaveText(caption.caption);
      await expect(page.getByTestId('script')).toContainText(caption.script);
      await expect(page.getByTestId('position')).toHaveText(
        `Step ${scenario.steps.indexOf(step) + 1} of ${scenario.steps.length}`,
      );
      await expect(page.locator('.demo-site')).toHaveAttribute('data-screen', step.screen);
      const panel = helper(page).locator('#mis-panel');
      if (step.helper.kind === 'closed' || step.helper.kind === 'prompt') {
        await expect(panel).toHaveCount(0);
        await expect(helper(page).locator('.mis-prompt')).toHaveCount(step.helper.kind === 'prompt' ? 1 : 0);
      } else if (step.helper.kind === 'topic') {
        const id = guideFor(instagram.guides, step.helper)!;
        await expect(panel.locator(`#mis-guide-${id}`)).toBeInViewport();
      } else {
        // With a situation, the panel scrolls to it (its title in view), past the help's heading.
        const situation = step.helper.situation;
        if (situation) {
          await expect(panel.locator(`[data-situation="${situation}"]`)).toHaveAttribute('open', '');
          await expect(panel.locator(`[data-situation="${situation}"] > summary`)).toBeInViewport();
        } else await expect(panel.locator('#mis-help-title')).toBeInViewport();
      }
    }
    // The end, then back with the other arrow, and "start again" with the keyboard.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-action="next"]')).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('h1')).toHaveText(EN.scenarios.sharedPhoto.steps.report.caption);
    await page.locator('[data-action="restart"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText(EN.scenarios.sharedPhoto.steps.post.caption);
    // The scenario list jumps to a scenario's first step.
    await page.getByTestId('scenario').selectOption('meanComment');
    await expect(page.locator('h1')).toHaveText(EN.scenarios.meanComment.steps.comment.caption);

    // Nothing the workshop did is stored: the family's data is as it was.
    await page.close();
    expect(await getStorage(background)).toEqual(before);
  });

  test('switches the demo and the helper to another language at once, mirrored for Arabic', async ({
    context,
    extensionId,
    background,
  }) => {
    const before = await getStorage(background);
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    // The stranger scenario's "block" step.
    await page.getByTestId('scenario').selectOption('stranger');
    await page.locator('body').press('ArrowRight');
    await page.locator('body').press('ArrowRight');
    await expect(helper(page).locator('#mis-guide-blockAccount')).toBeInViewport();

    for (const lang of ['ar', 'nl'] as const) {
      const site = words(lang, 'workshop.json');
      await page.getByTestId('language').selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      await expect(page.locator('h1')).toHaveText(site.scenarios.stranger.steps.block.caption);
      await expect(page.locator('.demo-site')).toContainText(site.site.chat.photo);
      await expect(helper(page).locator('#mis-guide-blockAccount')).toHaveText(
        words(lang, 'platforms/instagram.json').guides.blockAccount.title,
      );
      await expect(helper(page).locator('#mis-guide-blockAccount')).toBeInViewport();
    }
    // In Arabic the helper sits on the left edge; in Dutch on the right.
    const box = await helper(page).locator('.mis-launcher').boundingBox();
    expect(box!.x).toBeGreaterThan(1000);
    await page.getByTestId('language').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect.poll(async () => (await helper(page).locator('.mis-launcher').boundingBox())!.x).toBeLessThan(100);
    // In Arabic the left arrow goes forward.
    await page.locator('body').press('ArrowLeft');
    await expect(page.locator('h1')).toHaveText(words('ar', 'workshop.json').scenarios.stranger.steps.report.caption);
    expect(await getStorage(background)).toEqual(before);
  });

  test('steps with a clicker or the arrows after a scenario is picked from its list or large text is ticked', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    const caption = page.locator('h1');
    const scenario = page.getByTestId('scenario');
    await scenario.selectOption('stranger');
    await scenario.focus();
    // Between the scenario's first two steps, where the helper stays closed and takes no focus.
    const steps = EN.scenarios.stranger.steps;
    for (const [key, to] of [
      ['PageDown', 'photo'],
      ['PageUp', 'hello'],
      ['ArrowRight', 'photo'],
      ['ArrowLeft', 'hello'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(caption, key).toHaveText(steps[to].caption);
    }
    // The list kept its choice and its focus: the keys went to the steps, not to the list.
    await expect(scenario).toHaveValue('stranger');
    await expect(scenario).toBeFocused();

    const projector = page.getByTestId('projector');
    await projector.check();
    await expect(projector).toBeFocused();
    for (const [key, to] of [
      ['PageDown', 'photo'],
      ['ArrowLeft', 'hello'],
      ['ArrowRight', 'photo'],
      ['PageUp', 'hello'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(caption, `${key} on the checkbox`).toHaveText(steps[to].caption);
    }
    await expect(projector).toBeFocused();
    await expect(projector).toBeChecked();
  });

  test('keeps the focus on Next or Previous when it turns off at either end, and a second press there does nothing', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    const next = page.locator('[data-action="next"]');
    const previous = page.locator('[data-action="previous"]');
    // Enter on Next to the last step: Next says it is off and keeps the focus, so a second Enter
    // (pressed twice, or held) does nothing, rather than press the button after it.
    await next.focus();
    for (let i = 1; i < ALL_STEPS.length; i++) await page.keyboard.press('Enter');
    const last = ALL_STEPS.at(-1)!;
    const lastCaption = EN.scenarios[last.scenario.id].steps[last.step.id].caption;
    await expect(page.locator('h1')).toHaveText(lastCaption);
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText(lastCaption);
    await expect(next).toBeFocused();
    // And Enter on Previous back to the first: the same there.
    await previous.focus();
    for (let i = 1; i < ALL_STEPS.length; i++) await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText(EN.scenarios.private.steps.public.caption);
    await expect(next).not.toHaveAttribute('aria-disabled');
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    await expect(previous).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText(EN.scenarios.private.steps.public.caption);
    await expect(page.getByTestId('position')).toHaveText(`Step 1 of ${ALL_STEPS[0]!.scenario.steps.length}`);
    // A clicker's Page Down (or an arrow) with the focus on Next goes to the end and stays there.
    await next.focus();
    for (let i = 0; i < ALL_STEPS.length + 1; i++) await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
    await expect(page.locator('h1')).toHaveText(lastCaption);
    await expect(next).toBeFocused();
    await previous.focus();
    for (let i = 0; i < ALL_STEPS.length + 1; i++) await page.keyboard.press('PageUp');
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    await expect(previous).toBeFocused();
  });

  test('"Start this scenario again" goes back to step 1 of the scenario on screen', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    await page.getByTestId('scenario').selectOption('meanComment');
    await page.locator('body').press('PageDown');
    await page.locator('body').press('PageDown');
    await expect(page.getByTestId('position')).toHaveText('Step 3 of 3');
    const restart = page.locator('[data-action="restart"]');
    await expect(restart).toHaveText(EN.controls.restart);
    await restart.click();
    await expect(page.locator('h1')).toHaveText(EN.scenarios.meanComment.steps.comment.caption);
    await expect(page.getByTestId('position')).toHaveText('Step 1 of 3');
    await expect(page.getByTestId('scenario')).toHaveValue('meanComment');
  });

  test('offers each site only the scenarios it has the guides for, the helper showing what the caption says', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    const scenarios = () =>
      page
        .getByTestId('scenario')
        .locator('option')
        .evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
    await page.getByTestId('scenario').selectOption('meanComment');
    // Messenger has no comments: its only scenario is the stranger's messages.
    await page.getByTestId('platform').selectOption('messenger');
    expect(await scenarios()).toEqual(['stranger']);
    await expect(page.locator('h1')).toHaveText(EN.scenarios.stranger.steps.hello.caption);
    for (let i = 0; i < 3; i++) await page.locator('body').press('PageDown');
    await expect(page.locator('h1')).toHaveText(EN.scenarios.stranger.steps.report.caption);
    await expect(helper(page).locator('#mis-guide-reportMessage')).toBeInViewport();
    // A site that shows the scenario on screen keeps its step.
    await page.getByTestId('platform').selectOption('instagram');
    await expect(page.locator('h1')).toHaveText(EN.scenarios.stranger.steps.report.caption);
    await page.getByTestId('platform').selectOption('facebook');
    expect(await scenarios()).not.toContain('meanComment');
  });

  test("prints the handouts in the workshop's language and for its country, until the presenter picks others", async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    const handouts = page.getByTestId('handouts');
    const brochure = handouts.locator('[data-action="brochure"]');
    // Each language list is named for its handout: two named alike could not be told apart by ear.
    await expect(handouts.getByTestId('brochure-language')).toHaveAccessibleName('Language of the brochure');
    await expect(handouts.getByTestId('checklist-language')).toHaveAccessibleName('Language of the checklist');
    await page.getByTestId('country').selectOption('GB');
    await expect(brochure).toHaveAttribute(
      'href',
      `chrome-extension://${extensionId}/brochure.html?lang=en&country=GB`,
    );
    await page.getByTestId('language').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(handouts.getByTestId('brochure-language')).toHaveValue('ar');
    await expect(handouts.getByTestId('checklist-language')).toHaveValue('ar');
    await expect(brochure).toHaveAttribute(
      'href',
      `chrome-extension://${extensionId}/brochure.html?lang=ar&country=GB`,
    );
    await expect(handouts.locator('[data-action="checklist"]')).toHaveAttribute('href', /&lang=ar$/);
    // The brochure opens for that country: the United Kingdom's helplines, not the browser's country's.
    const [opened] = await Promise.all([context.waitForEvent('page'), brochure.click()]);
    await expect(opened.getByTestId('country')).toHaveValue('GB');
    await opened.close();
    // A language picked for a handout stays when the workshop changes language; the other follows.
    await handouts.getByTestId('brochure-language').selectOption('tr');
    await page.getByTestId('language').selectOption('nl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(handouts.getByTestId('brochure-language')).toHaveValue('tr');
    await expect(handouts.getByTestId('checklist-language')).toHaveValue('nl');
  });

  test("offers handouts: the brochure in one or two languages, and any site's kids' checklist", async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    const handouts = page.getByTestId('handouts');
    await handouts.getByTestId('brochure-language').selectOption('tr');
    await handouts.getByTestId('brochure-second').selectOption('ar');
    await expect(handouts.locator('[data-action="brochure"]')).toHaveAttribute(
      'href',
      `chrome-extension://${extensionId}/brochure.html?lang=tr&second=ar&layout=side&country=${await page.getByTestId('country').inputValue()}`,
    );
    await handouts.getByTestId('checklist-platform').selectOption('roblox');
    await handouts.getByTestId('checklist-language').selectOption('ur');
    const link = handouts.locator('[data-action="checklist"]');
    await expect(link).toHaveAttribute(
      'href',
      `chrome-extension://${extensionId}/handout.html?platform=roblox&lang=ur`,
    );
    const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await expect(opened.locator('main[data-fitted="true"]')).toBeAttached({ timeout: 20_000 });
    await expect(opened.locator('.sheet').first()).toHaveAttribute('dir', 'rtl');
    await expect(opened.locator('.items > li')).toHaveCount(
      PLATFORMS.find((p) => p.id === 'roblox')!.checklist.filter((i) => i.audience === 'kids').length,
    );
  });

  test("prints each site's kids' checklist on one page, or two where one would be too small to read, with nothing cut", async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(180_000);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/handout.html?platform=instagram&lang=en`);
    await page.locator('main[data-fitted="true"]').waitFor();
    // Every state of the sheet, also the ones between a choice and its words: never a key as text.
    await page.evaluate((source) => {
      const leftOut = new RegExp(source);
      const seen: string[] = [];
      (window as unknown as { keysSeen: string[] }).keysSeen = seen;
      new MutationObserver(() => {
        // Without the sources' addresses: parents.snapchat.com is not a key.
        const text = (document.querySelector('.sheets')?.textContent ?? '').replace(/https?:\/\/[^\s·]+/g, '');
        if (leftOut.test(text)) seen.push(text.slice(0, 120));
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, WORDS_LEFT_OUT.source);
    // The sheets hide what runs past them, so a sheet's content must end inside its padding: a
    // cut-off last item or footer would still print as one page.
    const overflows = () =>
      page.locator('.sheet').evaluateAll((sheets) =>
        sheets.map((sheet) => {
          const inner = sheet.querySelector('.sheet-inner')!.getBoundingClientRect();
          const bottom = sheet.getBoundingClientRect().bottom - parseFloat(getComputedStyle(sheet).paddingBottom);
          return Math.round(inner.bottom - bottom);
        }),
      );
    // Urdu last: its Nastaliq needs the tallest lines, and takes two pages where one would be too small.
    for (const lang of ['en', 'de', 'ar', 'bn', 'ur'] as const) {
      await page.getByTestId('handout-language').selectOption(lang);
      const hints = words(lang, 'workshop.json').handouts as Record<'printHint' | 'printHintTwo', string>;
      for (const platform of PLATFORMS) {
        await page.getByTestId('handout-platform').selectOption(platform.id);
        await expect(page.locator('main[data-fitted="true"]')).toBeAttached({ timeout: 20_000 });
        await expect(page.locator('.sheet').first()).toHaveAttribute('lang', new RegExp(`^${lang}`));
        const kids = platform.checklist.filter((i) => i.audience === 'kids');
        await expect(page.locator('.items > li')).toHaveCount(kids.length);
        // Every item's source (its own where it has its own steps, else its guide's), printed once for
        // the sheet where all the items share one page and date; a second guide's (how to report)
        // under its steps, unless it is that same one.
        const json = (s: object) => JSON.stringify(s);
        const main = kids.map((i) => {
          const guide = platform.guides.find((g) => g.id === i.guide);
          return json(i.steps || !guide ? i.source : guide.source);
        });
        const also = kids.flatMap((i) =>
          platform.guides.filter((g) => g.id === i.alsoGuide).map((g) => json(g.source)),
        );
        const shared = new Set(main).size === 1;
        await expect(page.locator('.source')).toHaveCount(
          shared ? 1 + also.filter((s) => s !== main[0]).length : main.length + also.length,
        );
        const name = `${platform.id} in ${lang}`;
        for (const over of await overflows()) expect(over, `${name}: px past the sheet`).toBeLessThanOrEqual(0);
        await expect(page.locator('.footer')).toHaveCount(1);
        const pages = Number(await page.locator('main').getAttribute('data-pages'));
        // One page or two; in English, one for every site.
        expect(pages, name).toBe(lang === 'en' ? 1 : pages);
        expect([1, 2], name).toContain(pages);
        expect(pdfPages(await page.pdf({ format: 'A4' })), name).toBe(pages);
        expect(pdfPages(await page.pdf({ format: 'Letter' })), name).toBe(pages);
        await expect(page.locator('.hint')).toHaveText(hints[pages === 1 ? 'printHint' : 'printHintTwo']);
        // Not by shrinking past reading: the fitted text stays at 8 pt or more.
        expect(Number(await page.locator('main').getAttribute('data-size')), name).toBeGreaterThanOrEqual(8);
      }
    }
    expect(await page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen)).toEqual([]);
    // Opened by its link, as the workshop's handouts open it: fitted with the language's own line height.
    for (const [platform, lang, pages] of [
      ['instagram', 'hi', 1],
      ['telegram', 'ur', 2],
    ] as const) {
      await page.goto(`chrome-extension://${extensionId}/handout.html?platform=${platform}&lang=${lang}`);
      await page.locator('main[data-fitted="true"]').waitFor();
      await expect(page.locator('main')).toHaveAttribute('data-pages', String(pages));
      for (const over of await overflows()) expect(over, `${platform} in ${lang}, opened`).toBeLessThanOrEqual(0);
    }
  });

  test('lays its controls out in evenly spaced rows, wide and narrow', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    // The space between one row of controls and the next: the flex gap, 8 px, whatever wraps where.
    const gaps = () =>
      page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.controls > *')]
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.height > 0)
          .sort((a, b) => a.top - b.top);
        const rows: { top: number; bottom: number }[] = [];
        for (const box of boxes) {
          const last = rows.at(-1);
          if (last && box.top < last.bottom) last.bottom = Math.max(last.bottom, box.bottom);
          else rows.push({ top: box.top, bottom: box.bottom });
        }
        return rows.slice(1).map((row, i) => Math.round(row.top - rows[i]!.bottom));
      });
    for (const width of [1280, 700]) {
      await page.setViewportSize({ width, height: 800 });
      const between = await gaps();
      expect(between.length, `rows at ${width} px`).toBeGreaterThanOrEqual(1);
      for (const gap of between) expect(gap, `gaps at ${width} px: ${between.join(', ')}`).toBeLessThanOrEqual(10);
    }
  });

  // What each screen of the demo is about: what the audience must see beside the helper's panel.
  const KEY_ELEMENT = {
    settings: '.setting',
    chat: '.bubble:last-child',
    comments: '[data-comment="mean"]',
    feed: '[data-post="shared"]',
  } as const;

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`shows each step's key element and every control clear of the helper at ${width}x${height}, large text or not, left to right and right to left`, async ({
      context,
      extensionId,
    }) => {
      test.setTimeout(180_000);
      const page = await context.newPage();
      await openWorkshop(page, extensionId);
      await page.setViewportSize({ width, height });
      for (const lang of ['en', 'ar', 'tr'] as const) {
        await page.getByTestId('language').selectOption(lang);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        for (const projector of [false, true]) {
          await page.getByTestId('projector').setChecked(projector);
          await page.getByTestId('scenario').selectOption('private');
          // As the presenter sees it: the top of the page, where ticking the box left it.
          await page.evaluate(() => window.scrollTo(0, 0));
          for (let i = 0; i < ALL_STEPS.length; i++) {
            const { scenario, step } = ALL_STEPS[i]!;
            if (i > 0) await page.keyboard.press('PageDown');
            const name = `${lang}${projector ? ', large text' : ''}, ${scenario.id}/${step.id}`;
            await expect(page.locator('h1')).toHaveText(
              words(lang, 'workshop.json').scenarios[scenario.id].steps[step.id].caption,
            );
            await expect(page.locator('.demo-site')).toHaveAttribute('data-screen', step.screen);
            if (step.helper.kind === 'topic' || step.helper.kind === 'help')
              await expect(helper(page).locator('#mis-panel')).toBeVisible();
            const found = await page.evaluate((selector) => {
              const box = (e: Element | null | undefined) => {
                const r = e?.getBoundingClientRect();
                return r && r.width > 0 ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : undefined;
              };
              const root = document.querySelector('make-it-safe-helper')!.shadowRoot!;
              const panel = box(root.querySelector('#mis-panel')) ?? box(root.querySelector('.mis-prompt'));
              const controls = [...document.querySelectorAll('.controls > *')].map((e) => ({
                name: e.textContent!.slice(0, 30),
                box: box(e)!,
              }));
              return {
                key: box(document.querySelector(selector)),
                panel,
                launcher: box(root.querySelector('.mis-launcher')),
                controls,
                scrolled: scrollY,
              };
            }, KEY_ELEMENT[step.screen]);
            type Box = { left: number; right: number; top: number; bottom: number };
            const meets = (a: Box, b: Box) =>
              a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            expect(found.key, name).toBeDefined();
            const key = found.key!;
            expect(found.scrolled, name).toBe(0);
            // Large text is what a projector shows: there the key element is also above the fold.
            if (projector)
              expect(
                key.top >= 0 && key.left >= 0 && key.bottom <= height && key.right <= width,
                `${name}: key element in the window, ${JSON.stringify(key)}`,
              ).toBe(true);
            for (const covering of [found.panel, found.launcher])
              if (covering) expect(meets(key, covering), `${name}: key element clear of the helper`).toBe(false);
            if (found.panel)
              for (const control of found.controls)
                expect(meets(control.box, found.panel), `${name}: "${control.name}" clear of the panel`).toBe(false);
          }
        }
      }
    });
  }

  test('keeps room beside the demo for the panel or the prompt only while one is shown', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openWorkshop(page, extensionId, { height: 720 });
    const demoRight = () => page.locator('.demo-site').evaluate((e) => e.getBoundingClientRect().right);
    const launcherLeft = () =>
      helper(page)
        .locator('.mis-launcher')
        .evaluate((e) => e.getBoundingClientRect().left);
    const panel = helper(page).locator('#mis-panel');
    for (const projector of [false, true]) {
      await page.getByTestId('projector').setChecked(projector);
      await page.getByTestId('scenario').selectOption('private');
      await page.locator('body').press('PageDown');
      await page.locator('body').press('PageDown');
      // The panel is open: the demo keeps clear of it.
      await expect(panel).toBeVisible();
      const panelLeft = await panel.evaluate((e) => e.getBoundingClientRect().left);
      expect(await demoRight()).toBeLessThan(panelLeft);
      // Closed, the room was left empty (a third of a projector's screen): the demo takes it, up
      // to the launcher.
      await panel.locator('.mis-close').click();
      await expect(panel).toHaveCount(0);
      await expect.poll(demoRight).toBeGreaterThan(panelLeft + 100);
      expect(await demoRight()).toBeLessThan(await launcherLeft());
    }
  });

  test('has a large-text projector view and full screen, both reversible', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    const size = () =>
      page
        .locator('.script p')
        .first()
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const launcher = () =>
      helper(page)
        .locator('.mis-launcher')
        .evaluate((e) => e.getBoundingClientRect().height);
    // The demo site's own words too (its menu, names and headings), not only the script.
    const demoSizes = () =>
      page
        .locator('.demo-site')
        .evaluate((site) =>
          ['.demo-name', '.demo-nav li', '.screen h3', '.setting'].map((s) =>
            parseFloat(getComputedStyle(site.querySelector(s)!).fontSize),
          ),
        );
    const small = await launcher();
    const normal = await size();
    const demoNormal = await demoSizes();
    await page.getByTestId('projector').check();
    await expect.poll(size).toBeGreaterThan(normal * 1.3);
    const demoLarge = await demoSizes();
    demoLarge.forEach((px, i) => expect(px, `demo text ${i}`).toBeGreaterThan(demoNormal[i]! * 1.3));
    // The helper too, though its root keeps the page's styles out.
    await expect.poll(launcher).toBeGreaterThan(small * 1.3);
    await page.getByTestId('projector').uncheck();
    await expect.poll(size).toBe(normal);
    await expect.poll(launcher).toBe(small);
    await page.locator('[data-action="fullscreen"]').click();
    await expect(page.locator('[data-action="fullscreen"]')).toHaveText('Leave full screen');
    expect(await page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
    await page.locator('[data-action="fullscreen"]').click();
    await expect(page.locator('[data-action="fullscreen"]')).toHaveText('Full screen');
    // A person's double-click: its second click comes once the button already says "Leave full
    // screen" (a browser counts it as the second, detail 2), and does not end it again.
    const button = page.locator('[data-action="fullscreen"]');
    const centre = async () => {
      const box = (await button.boundingBox())!;
      return [box.x + box.width / 2, box.y + box.height / 2] as const;
    };
    await page.mouse.click(...(await centre()));
    await expect(button).toHaveText('Leave full screen');
    await page.mouse.move(...(await centre()));
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.up({ clickCount: 2 });
    await page.waitForTimeout(300);
    await expect(button).toHaveText('Leave full screen');
    expect(await page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
  });

  test("a reload (a clicker's F5) keeps the step, the site, the language, the country and large text", async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    await page.getByTestId('platform').selectOption('tiktok');
    await page.getByTestId('country').selectOption('FR');
    await page.getByTestId('projector').check();
    await page.locator('body').press('PageDown');
    await page.locator('body').press('PageDown');
    await page.getByTestId('language').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const caption = await page.locator('h1').textContent();
    const position = await page.getByTestId('position').textContent();
    await page.reload();
    await page.locator('main:not([aria-busy])').waitFor();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1')).toHaveText(caption!);
    await expect(page.getByTestId('position')).toHaveText(position!);
    await expect(page.getByTestId('platform')).toHaveValue('tiktok');
    await expect(page.getByTestId('country')).toHaveValue('FR');
    await expect(page.getByTestId('projector')).toBeChecked();
    // A country not offered in a hand-typed address is not taken.
    await page.goto(page.url().replace(/country=[A-Z]+/, 'country=ZZ'));
    await page.locator('main:not([aria-busy])').waitFor();
    await expect(page.getByTestId('country')).not.toHaveValue('ZZ');
    await expect(page.getByTestId('country').locator('option[value="ZZ"]')).toHaveCount(0);
    // A step past the end in a hand-typed address is the last step, and Previous goes back from it.
    await page.goto(page.url().replace(/step=\d+/, 'step=999'));
    await page.locator('main:not([aria-busy])').waitFor();
    await expect(page.locator('[data-action="next"]')).toHaveAttribute('aria-disabled', 'true');
    const last = await page.locator('h1').textContent();
    await page.locator('[data-action="previous"]').click();
    await expect(page.locator('h1')).not.toHaveText(last!);
  });

  test('the demo site says each thing once to a screen reader: no picture repeats the words beside it', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    const times = (text: string, within: string) => within.split(text).length - 1;
    // The settings screen: the switch and the line under it.
    const settings = await page.locator('.screen.settings').ariaSnapshot();
    expect(times(EN.site.settings.privateOff, settings)).toBe(1);
    // The comments screen: the post and its drawing.
    await page.getByTestId('scenario').selectOption('meanComment');
    const comments = await page.locator('.screen.comments').ariaSnapshot();
    expect(times(EN.site.comments.post, comments)).toBe(1);
    // The feed: your own post and its drawing.
    await page.getByTestId('scenario').selectOption('sharedPhoto');
    const feed = await page.locator('.screen.feed').ariaSnapshot();
    expect(times(EN.site.feed.post, feed)).toBe(1);
  });

  test('"Leave workshop mode" closes its tab and leaves the family\'s data as it was', async ({
    context,
    extensionId,
    background,
  }) => {
    const before = await getStorage(background);
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    // Everything in the helper that saves something on a real site: "not now", the privacy
    // check's Done and Skip, the launcher's size. Here they change nothing stored.
    await page.keyboard.press('ArrowRight');
    await helper(page).locator('.mis-prompt-later').click();
    await expect(helper(page).locator('.mis-prompt')).toHaveCount(0);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await helper(page).locator('.mis-prompt-start').click();
    await helper(page).locator('.mis-check-done').click();
    await helper(page).locator('.mis-check-skip').click();
    await helper(page).locator('.mis-size').click();
    await expect(helper(page).locator('.mis-launcher')).toHaveClass(/mis-min/);
    // Time for a message to the background and its write, had there been one.
    await page.waitForTimeout(500);
    await expect(page.locator('[data-action="leave"]')).toHaveText(EN.controls.leave);
    await clickClosingTab(page, '[data-action="leave"]');
    expect(context.pages().some((p) => p.url().includes('/workshop.html'))).toBe(false);
    expect(await getStorage(background)).toEqual(before);
  });
});
