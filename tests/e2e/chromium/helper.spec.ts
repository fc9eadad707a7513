import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  test,
  expect,
  ClosedHelper,
  countHelperRequests,
  getStorage,
  recordHelperRequests,
  setStorage,
} from './fixtures';
import { ROOT } from '../paths';
import { instagram } from '../../../lib/platforms/instagram';
import { pageKindFor } from '../../../lib/platforms/registry';
import { orderGuides } from '../../../lib/helper-view';
import { LANGUAGE_CODES } from '../../../lib/languages';
import { ALL_STEPS } from '../../../lib/workshop/scenarios';
import { callButtonProblems, panelFit } from './helper-checks';
import { shownWords } from '../shown-words';
import { openWorkshop } from './workshop-page';

const ui = (lang: string) => shownWords<{ helper: { open: string } }>(lang, 'ui.json');

const OPEN = 'Open Make-IT-Safe help';

test.describe('the in-page helper on instagram.com', () => {
  test('mounts one launcher in a closed shadow root and opens the panel', async ({ openSite }) => {
    const page = await openSite('/');
    const helper = await ClosedHelper.on(page);
    await expect.poll(() => helper.hostCount()).toBe(1);
    // Closed: the page sees the host but not its shadow root.
    expect(await page.evaluate(() => document.querySelector('make-it-safe-helper')!.shadowRoot)).toBeNull();
    await expect.poll(() => helper.has('button', OPEN)).toBe(true);
    expect(await helper.panelOpen()).toBe(false);
    await helper.click('button', OPEN);
    await expect.poll(() => helper.panelOpen()).toBe(true);
    const text = await helper.text();
    for (const title of [
      'Block an account',
      'Report an account',
      'Report a post',
      'Report a message',
      'Make your account private',
      'Get help now',
      'Tell a trusted adult',
      'Never forward sexual images',
    ]) {
      expect(text).toContain(title);
    }
    // Block comes first, then report, then privacy, then help.
    expect(text.indexOf('Block an account')).toBeLessThan(text.indexOf('Report an account'));
    expect(text.indexOf('Report a message')).toBeLessThan(text.indexOf('Make your account private'));
    const links = await helper.attributes('a', 'href');
    expect(links).toContain('https://www.instagram.com/accounts/who_can_see_your_content/');
    // Every guide links the official page its steps rest on.
    for (const guide of instagram.guides) expect(links).toContain(guide.source.url);
    expect(links.every((l) => /^(https:|tel:)/.test(l))).toBe(true);
    // The panel's words never enter the page's own text.
    expect(await page.evaluate(() => document.documentElement.innerText)).not.toContain('Block an account');
    // After <body>, not in it: the page's own `body > :last-child` keeps matching its own element.
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.localName)).toBe('make-it-safe-helper');
    expect(await page.evaluate(() => document.body.querySelector('make-it-safe-helper'))).toBeNull();
  });

  test('works with the keyboard alone, and Escape closes the panel', async ({ openSite }) => {
    const page = await openSite('/');
    const helper = await ClosedHelper.on(page);
    await expect.poll(() => helper.hostCount()).toBe(1);
    // Tab through the page until focus enters the helper: it comes after all of the site's own
    // controls (its Messages button is the page's last), never before them.
    let inHelper = false;
    let passedLast = false;
    for (let i = 0; i < 80 && !inHelper; i++) {
      await page.keyboard.press('Tab');
      passedLast ||= await page.evaluate(() => document.activeElement?.id === 'messages');
      inHelper = await page.evaluate(() => document.activeElement?.localName === 'make-it-safe-helper');
    }
    expect(inHelper).toBe(true);
    expect(passedLast).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => helper.panelOpen()).toBe(true);
    // Focus moved into the panel, at its title, and the next Tab is "get help now" (then ×).
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('make-it-safe-helper');
    await expect.poll(() => helper.focused()).toBe('heading Stay safe on Instagram');
    await page.keyboard.press('Tab');
    await expect.poll(() => helper.focused()).toBe('button Get help now');
    await page.keyboard.press('Tab');
    await expect.poll(() => helper.focused()).toBe('button Close');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('make-it-safe-helper');
    await page.keyboard.press('Escape');
    await expect.poll(() => helper.panelOpen()).toBe(false);
    // Focus is back on the launcher, so Enter opens the panel again.
    await page.keyboard.press('Enter');
    await expect.poll(() => helper.panelOpen()).toBe(true);
    // The site's own keyboard shortcuts do not see keys pressed inside the helper.
    await page.evaluate(() => {
      (window as unknown as { keys: string[] }).keys = [];
      document.addEventListener('keydown', (e) => (window as unknown as { keys: string[] }).keys.push(e.key));
    });
    await page.keyboard.press('j');
    expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual([]);
  });

  test('"get help now" is one click from the panel, and its situations open with the keyboard', async ({
    openSite,
    background,
  }) => {
    await setStorage(background, {
      settings: { language: 'en', country: 'GB', helper: { minimized: false } },
      settings$: { v: 2 },
    });
    const page = await openSite('/');
    const helper = await ClosedHelper.on(page);
    await helper.click('button', OPEN);
    await expect.poll(() => helper.panelOpen()).toBe(true);
    await helper.click('button', 'Get help now');
    // Focus is on the help section's heading: the next Tab reaches the first situation.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // Three situations further down: "A sexual image of me is being shared".
    expect(await helper.has('link', 'Open Take It Down')).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => helper.has('link', 'Open Take It Down')).toBe(true);
    expect(await helper.has('link', 'Childline: Call 0800 1111')).toBe(true);
    expect(await helper.attributes('a', 'href')).toContain('https://takeitdown.ncmec.org/');
  });

  test('follows single-page navigation without a reload or a second mount', async ({ openSite }) => {
    const page = await openSite('/');
    const helper = await ClosedHelper.on(page);
    await expect.poll(() => helper.hostCount()).toBe(1);
    await page.evaluate(() => {
      (window as unknown as { mounts: number }).mounts = 0;
      (window as unknown as { loaded: boolean }).loaded = true;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if ((n as Element).localName === 'make-it-safe-helper') (window as unknown as { mounts: number }).mounts++;
      }).observe(document, { childList: true, subtree: true });
    });
    await helper.click('button', OPEN);
    await expect.poll(() => helper.panelOpen()).toBe(true);
    await page.click('#profile-link');
    await expect(page).toHaveURL(/\/someone\.else\/$/);
    await page.click('#settings-link');
    await expect(page).toHaveURL(/\/accounts\/who_can_see_your_content\/$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/someone\.else\/$/);
    // It followed the way back, too: the profile's guides first again, not the settings page's.
    const order = (href: string) => orderGuides(instagram.guides, pageKindFor(instagram, href)).map((g) => g.id);
    expect(order(page.url())).not.toEqual(order('https://www.instagram.com/accounts/who_can_see_your_content/'));
    await expect.poll(() => helper.attributes('section', 'data-guide')).toEqual(order(page.url()));
    expect(await page.evaluate(() => (window as unknown as { loaded?: boolean }).loaded)).toBe(true);
    expect(await helper.hostCount()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { mounts: number }).mounts)).toBe(0);
    expect(await helper.panelOpen()).toBe(true);
  });

  test('shows the steps for the page it is on, and follows the page without a reload', async ({ openSite }) => {
    const page = await openSite('/accounts/who_can_see_your_content/');
    const helper = await ClosedHelper.on(page);
    await helper.click('button', OPEN);
    const order = () => helper.attributes('section', 'data-guide');
    // A settings page: its own steps come first.
    await expect.poll(async () => (await order())[0]).toBe('makePrivate');
    // A profile, reached the way the site does it: block and report first.
    await page.click('#profile-link');
    await expect
      .poll(async () => (await order()).slice(0, 2), { timeout: 5000 })
      .toEqual(['blockAccount', 'reportAccount']);
    expect((await order()).sort()).toEqual(instagram.guides.map((g) => g.id).sort());
    expect(await helper.panelOpen()).toBe(true);
    expect(await helper.hostCount()).toBe(1);
  });

  test("a page load asks for the launcher only; the panel's words come as the pointer reaches it", async ({
    openSite,
    background,
  }) => {
    // What each helper:init asked for, seen by a second listener in the background.
    const asked = await recordHelperRequests(background);
    const page = await openSite('/someone/');
    const helper = await ClosedHelper.on(page);
    await expect.poll(() => helper.has('button', OPEN)).toBe(true);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(await asked()).toEqual([{}]);
    const launcher = await helper.box('button', OPEN);
    await page.mouse.move(launcher.x + launcher.width / 2, launcher.y + launcher.height / 2);
    await expect.poll(asked).toEqual([{}, { path: '/someone/', panel: true }]);
    await helper.click('button', OPEN);
    await expect.poll(() => helper.panelOpen()).toBe(true);
    // This page's steps first: a profile's, blocking and reporting the account.
    await expect
      .poll(async () => (await helper.attributes('section', 'data-guide')).slice(0, 2))
      .toEqual(['blockAccount', 'reportAccount']);
    expect((await asked()).length).toBe(2);
  });

  test("a click alone, as a screen reader's, opens the panel once its words come", async ({ openSite }) => {
    const page = await openSite('/someone/');
    const helper = await ClosedHelper.on(page);
    await expect.poll(() => helper.has('button', OPEN)).toBe(true);
    expect(await helper.panelOpen()).toBe(false);
    await helper.activate('button', OPEN);
    await expect.poll(() => helper.panelOpen()).toBe(true);
    await expect
      .poll(async () => (await helper.attributes('section', 'data-guide')).slice(0, 2))
      .toEqual(['blockAccount', 'reportAccount']);
  });

  test('pressed while the background is slow to answer: marked busy, dimmed, then opened with the words', async ({
    openSite,
    background,
  }) => {
    const page = await openSite('/');
    // The cue without motion: a steady dim after 0.3 s, where the pulse would be caught at any point.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const helper = await ClosedHelper.on(page);
    await expect.poll(() => helper.has('button', OPEN)).toBe(true);
    expect(await helper.opacity('button', OPEN)).toBe('1');
    // A background held up for 2.5 s (as one the browser has to start again can be): the panel's
    // words, asked for as the focus reaches the launcher, wait for it.
    const held = background.evaluate(() => {
      const end = Date.now() + 2500;
      while (Date.now() < end);
    });
    await page.waitForTimeout(200);
    await helper.focus('button', OPEN);
    await page.keyboard.press('Enter');
    await expect.poll(() => helper.attributes('button', 'aria-busy')).toEqual(['true']);
    await expect.poll(() => helper.opacity('button', OPEN)).toBe('0.85');
    expect(await helper.panelOpen()).toBe(false);
    await held;
    await expect.poll(() => helper.panelOpen()).toBe(true);
    expect(await helper.attributes('button', 'aria-busy')).toEqual([]);
    // The person did not move on meanwhile, so the panel takes the focus, as an opening at once does.
    await expect.poll(() => helper.focused()).toBe('heading Stay safe on Instagram');
  });

  test("with the panel closed, asks nothing on a page change; opened, it shows the new page's steps", async ({
    openSite,
    background,
  }) => {
    const page = await openSite('/accounts/who_can_see_your_content/');
    const helper = await ClosedHelper.on(page);
    await expect.poll(() => helper.has('button', OPEN)).toBe(true);
    // Opened and closed first: the open panel followed the address, and stops when it closes.
    await helper.click('button', OPEN);
    await expect.poll(() => helper.panelOpen()).toBe(true);
    await helper.click('button', 'Close');
    await expect.poll(() => helper.panelOpen()).toBe(false);
    await page.mouse.move(10, 10);
    const inits = await countHelperRequests(background);
    await page.click('#profile-link');
    await expect(page).toHaveURL(/\/someone\.else\/$/);
    await page.click('#post-link');
    await page.click('#profile-link');
    await expect(page).toHaveURL(/\/someone\.else\/$/);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(await inits(), 'requests while the panel was closed').toBe(0);
    // Opened: the profile's steps first (asked for as the pointer reached the launcher).
    await helper.click('button', OPEN);
    await expect.poll(() => helper.panelOpen()).toBe(true);
    await expect
      .poll(async () => (await helper.attributes('section', 'data-guide')).slice(0, 2))
      .toEqual(['blockAccount', 'reportAccount']);
    expect(await inits()).toBe(1);
  });

  test('offers a privacy check at most once a period, and not once the checklist is done', async ({
    openSite,
    background,
  }) => {
    type Stored = { prompts?: { log?: Record<string, { lastShown?: string; snoozedUntil?: string }> } };
    const first = await openSite('/');
    let helper = await ClosedHelper.on(first);
    // First visit: offered beside the launcher, without opening anything.
    await expect.poll(() => helper.has('region', 'Privacy check')).toBe(true);
    expect(await helper.panelOpen()).toBe(false);
    await helper.click('button', 'Not now');
    await expect.poll(() => helper.has('region', 'Privacy check')).toBe(false);
    // The card goes at once; the helper tells the background after, so the stored day is waited for.
    const log = async () => ((await getStorage(background)) as Stored).prompts?.log?.instagram;
    await expect.poll(async () => (await log())?.snoozedUntil).toBeTruthy();
    expect((await log())?.lastShown).toBeTruthy();
    expect(Date.parse((await log())!.snoozedUntil!) - Date.now()).toBeGreaterThan(23 * 3600 * 1000);
    await first.close();

    // Shown already this week: not again. Without the "not now", so that the week is what holds it.
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();
    await setStorage(background, {
      prompts: { everyDays: 7, offSites: [], log: { instagram: { lastShown: twoDaysAgo } } },
    });
    const again = await openSite('/');
    helper = await ClosedHelper.on(again);
    await expect.poll(() => helper.has('button', OPEN)).toBe(true);
    await again.waitForTimeout(500);
    expect(await helper.has('region', 'Privacy check')).toBe(false);
    await again.close();

    // Eight days later (as the stored log says): asked again, and "check now" goes through the
    // kids' items not yet done, one at a time: "done" remembers one, "skip" only moves on.
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString();
    const kids = instagram.checklist.filter((i) => i.audience === 'kids').map((i) => i.id);
    const doneAt = new Date().toISOString();
    await setStorage(background, {
      prompts: { everyDays: 7, offSites: [], log: { instagram: { lastShown: eightDaysAgo } } },
      progress: { instagram: { [kids[0]!]: { doneAt } } },
    });
    const later = await openSite('/');
    helper = await ClosedHelper.on(later);
    await helper.click('button', 'Check now');
    await expect.poll(() => helper.panelOpen()).toBe(true);
    expect(await helper.has('region', 'Privacy check')).toBe(false);
    const current = async () => (await helper.attributes('h4', 'data-item'))[0];
    await expect.poll(() => helper.text()).toContain(`Step 1 of ${kids.length - 1}`);
    expect(await current()).toBe(kids[1]);
    await helper.click('button', 'Done');
    await expect.poll(current).toBe(kids[2]);
    await expect
      .poll(async () =>
        Object.keys(
          ((await getStorage(background)) as { progress?: Record<string, object> }).progress?.instagram ?? {},
        ).sort(),
      )
      .toEqual([kids[0], kids[1]].sort());
    await helper.click('button', 'Skip for now');
    await expect.poll(current).toBe(kids[3]);
    // The next item done, then stored: a skipped item wrongly marked would have been stored before it
    // (the helper's messages are handled in order).
    await helper.click('button', 'Done');
    await expect
      .poll(async () =>
        Object.keys(
          ((await getStorage(background)) as { progress?: Record<string, object> }).progress?.instagram ?? {},
        ).sort(),
      )
      .toEqual([kids[0], kids[1], kids[3]].sort());
    await later.close();

    // Everything on the kids' checklist done: never asked, whatever the date.
    await setStorage(background, {
      prompts: { everyDays: 7, offSites: [], log: { instagram: { lastShown: eightDaysAgo } } },
      progress: { instagram: Object.fromEntries(kids.map((id) => [id, { doneAt }])) },
    });
    const done = await openSite('/');
    helper = await ClosedHelper.on(done);
    await expect.poll(() => helper.has('button', OPEN)).toBe(true);
    await done.waitForTimeout(500);
    expect(await helper.has('region', 'Privacy check')).toBe(false);
  });

  test("the panel's privacy check starts at the first step not done by then, ticked elsewhere while it was open", async ({
    openSite,
    background,
  }) => {
    const kids = instagram.checklist.filter((i) => i.audience === 'kids').map((i) => i.id);
    const page = await openSite('/');
    const helper = await ClosedHelper.on(page);
    await helper.click('button', OPEN);
    await expect.poll(() => helper.has('button', 'Start the privacy check')).toBe(true);
    // Ticked in the popup (or the dashboard) while the panel shows the check's introduction.
    await setStorage(background, { progress: { instagram: { [kids[0]!]: { doneAt: new Date().toISOString() } } } });
    await page.waitForTimeout(500);
    await helper.click('button', 'Start the privacy check');
    await expect.poll(async () => (await helper.attributes('h4', 'data-item'))[0]).toBe(kids[1]);
    expect(await helper.text()).toContain(`Step 1 of ${kids.length - 1}`);
  });

  test('the privacy check\'s "block and report" step shows how to block and how to report', async ({
    openSite,
    background,
  }) => {
    const words = JSON.parse(readFileSync(path.join(ROOT, 'locales/en/platforms/instagram.json'), 'utf8')) as {
      guides: Record<string, { title: string; steps: Record<string, string> }>;
    };
    const kids = instagram.checklist.filter((i) => i.audience === 'kids').map((i) => i.id);
    const doneAt = new Date().toISOString();
    // Every kids' item done but this one: the check opens at it.
    await setStorage(background, {
      prompts: { everyDays: 7, offSites: [], log: {} },
      progress: {
        instagram: Object.fromEntries(kids.filter((id) => id !== 'knowBlockReport').map((id) => [id, { doneAt }])),
      },
    });
    const page = await openSite('/');
    const helper = await ClosedHelper.on(page);
    await helper.click('button', 'Check now');
    await expect.poll(async () => (await helper.attributes('h4', 'data-item'))[0]).toBe('knowBlockReport');
    expect(await helper.has('heading', 'I know how to block and report')).toBe(true);
    expect(await helper.has('heading', words.guides.blockAccount!.title)).toBe(true);
    expect(await helper.has('heading', words.guides.reportAccount!.title)).toBe(true);
    const text = await helper.text();
    for (const step of [
      ...Object.values(words.guides.blockAccount!.steps),
      ...Object.values(words.guides.reportAccount!.steps),
    ]) {
      expect(text).toContain(step);
    }
    // Block first, then report.
    expect(text.indexOf(words.guides.blockAccount!.title)).toBeLessThan(
      text.indexOf(words.guides.reportAccount!.title),
    );
  });

  test("never covers the site's own controls", async ({ openSite }) => {
    const page = await openSite('/');
    await page.setViewportSize({ width: 1280, height: 800 });
    const helper = await ClosedHelper.on(page);
    await expect.poll(() => helper.has('button', OPEN)).toBe(true);
    const covered = () =>
      page.evaluate(() => {
        const controls = [
          ...document.querySelectorAll<HTMLElement>('nav a, nav button, #search, #messages, .post-menu'),
        ];
        return controls
          .filter((c) => {
            const r = c.getBoundingClientRect();
            if (r.bottom < 0 || r.top > innerHeight) return false;
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return hit?.localName === 'make-it-safe-helper';
          })
          .map((c) => c.id || c.textContent);
      });
    expect(await covered()).toEqual([]);
    await helper.click('button', OPEN);
    await expect.poll(() => helper.panelOpen()).toBe(true);
    // With the panel open, the feed's ⋯ menus that the steps point to are still there to click.
    expect(await covered()).toEqual([]);
  });

  test('remembers a minimised launcher across pages', async ({ openSite }) => {
    const page = await openSite('/');
    const helper = await ClosedHelper.on(page);
    await expect.poll(() => helper.has('button', 'Make the Make-IT-Safe button smaller')).toBe(true);
    const before = await helper.box('button', OPEN);
    await helper.click('button', 'Make the Make-IT-Safe button smaller');
    await expect.poll(() => helper.has('button', 'Make the Make-IT-Safe button bigger')).toBe(true);
    expect((await helper.box('button', OPEN)).width).toBeLessThan(before.width);
    await page.reload();
    const again = await ClosedHelper.on(page);
    await expect.poll(() => again.has('button', 'Make the Make-IT-Safe button bigger')).toBe(true);
    expect((await again.box('button', OPEN)).width).toBeLessThan(before.width);
    // Minimised, it still opens the panel.
    await again.click('button', OPEN);
    await expect.poll(() => again.panelOpen()).toBe(true);
  });

  test('switches language and direction at once when the setting changes', async ({ openSite, background }) => {
    const page = await openSite('/');
    const helper = await ClosedHelper.on(page);
    await helper.click('button', OPEN);
    await expect.poll(() => helper.text()).toContain('Block an account');
    await setStorage(background, {
      settings: { language: 'ar', country: 'auto', helper: { minimized: false } },
      settings$: { v: 2 },
    });
    await expect.poll(() => helper.text()).not.toContain('Block an account');
    expect(await helper.attributes('div', 'dir')).toContain('rtl');
    expect(await helper.attributes('div', 'lang')).toContain('ar');
    // Mirrored: the launcher moves to the left edge, the panel opens to its right.
    const launcher = await helper.box('button', ui('ar').helper.open);
    expect(launcher.x).toBeLessThan(100);
    const panel = await helper.box('region', /.+/);
    expect(panel.x).toBeGreaterThan(launcher.x);
  });

  test('does nothing on a site that is not supported', async ({ context }) => {
    const page = await context.newPage();
    // An icon of its own, or Chromium may ask example.org for /favicon.ico: a request from the
    // browser, which the network check would count against the extension.
    await page.route('https://example.org/**', (route) =>
      route.fulfill({
        body: '<!doctype html><title>x</title><link rel="icon" href="data:,"><p>hi</p>',
        contentType: 'text/html',
      }),
    );
    await page.goto('https://example.org/');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => document.querySelectorAll('make-it-safe-helper').length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(
      '<html><head><title>x</title><link rel="icon" href="data:,"></head><body><p>hi</p></body></html>',
    );
  });
});

/** The preview page: the helper as a site shows it, open, in an open shadow root (`#app`). */
async function openPreview(page: Page, extensionId: string, lang: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/helper-preview.html?lang=${lang}&platform=instagram`);
  await page.waitForFunction(() => document.querySelector('#app')?.shadowRoot?.querySelector('.mis-panel'));
}

test.describe('the panel in every language and window size', () => {
  test('its header, "get help now" and × stay inside the panel and the window at 320 and 360 px', async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(120_000);
    const page = await context.newPage();
    const found: string[] = [];
    for (const width of [320, 360]) {
      await page.setViewportSize({ width, height: 640 });
      for (const lang of LANGUAGE_CODES) {
        await openPreview(page, extensionId, lang);
        const problems = await page.evaluate(() => {
          const root = document.querySelector('#app')!.shadowRoot!;
          const panel = root.querySelector('.mis-panel')!.getBoundingClientRect();
          const out: string[] = [];
          for (const selector of ['.mis-title', '.mis-get-help', '.mis-close']) {
            const el = root.querySelector<HTMLElement>(selector)!;
            const box = el.getBoundingClientRect();
            if (box.left < panel.left || box.right > panel.right) out.push(`${selector} outside the panel`);
            if (box.left < 0 || box.right > innerWidth) out.push(`${selector} outside the window`);
            // Reachable: nothing else is on top of its middle.
            const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            if (selector !== '.mis-title' && !el.contains(hit)) out.push(`${selector} covered`);
          }
          return out;
        });
        for (const problem of problems) found.push(`${lang} ${width}px: ${problem}`);
      }
    }
    expect(found).toEqual([]);
  });

  test('a call button keeps the space between its words and the number, in every language', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    const found: string[] = [];
    for (const lang of LANGUAGE_CODES) {
      await openPreview(page, extensionId, lang);
      found.push(...(await page.evaluate(callButtonProblems, '#app')).map((p) => `${lang}: ${p}`));
    }
    expect(found).toEqual([]);
  });

  test('fits a small window, its last line reachable by scrolling the panel', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 256 });
    await openPreview(page, extensionId, 'ur');
    expect(await page.evaluate(panelFit, '#app')).toEqual([]);
  });
});

test.describe('the helper in workshop mode', () => {
  const helpStep = ALL_STEPS.findIndex(({ step }) => step.helper.kind === 'help' && step.helper.situation);

  const captionOf = (page: Page) => page.locator('h1').textContent();

  test('Enter on "next" steps through every step: showing a part of the helper leaves the focus there', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openWorkshop(page, extensionId);
    const next = page.locator('[data-action="next"]');
    await next.focus();
    const captions = new Set([await captionOf(page)]);
    for (let i = 1; i < ALL_STEPS.length; i++) {
      await page.keyboard.press('Enter');
      await expect.poll(async () => captions.has((await captionOf(page)) ?? ''), `step ${i + 1}`).toBe(false);
      captions.add(await captionOf(page));
      await expect(next, `step ${i + 1}`).toBeFocused();
    }
    await expect(next).toHaveAttribute('aria-disabled', 'true');
  });

  test("a step's situation fills the panel's view, from its title down, with no smooth scrolling", async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openWorkshop(page, extensionId);
    for (let i = 0; i < helpStep; i++) await page.keyboard.press('ArrowRight');
    const { situation } = ALL_STEPS[helpStep]!.step.helper as { situation: string };
    const details = page.locator('make-it-safe-helper').locator(`details[data-situation="${situation}"]`);
    await expect(details).toHaveAttribute('open', '');
    // Read at once, in the same task as nothing else: a smooth scroll would still be under way.
    const shown = await details.evaluate((d) => {
      const body = d.closest('.mis-body')!.getBoundingClientRect();
      const part = d.getBoundingClientRect();
      const title = d.querySelector('summary')!.getBoundingClientRect();
      return {
        titleShown: title.top >= body.top - 1 && title.bottom <= body.bottom + 1,
        // As much of it as the panel has room for (it is often taller than the panel).
        filled:
          Math.min(part.bottom, body.bottom) - Math.max(part.top, body.top) >= Math.min(part.height, body.height) - 2,
      };
    });
    expect(shown).toEqual({ titleShown: true, filled: true });
  });

  test('in projector mode the panel still fits the window, and its last line can be seen', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openWorkshop(page, extensionId, { height: 720 });
    await page.getByTestId('projector').check();
    for (let i = 0; i < helpStep; i++) await page.locator('[data-action="next"]').click();
    await expect(page.locator('make-it-safe-helper').locator('#mis-panel')).toBeAttached();
    const host = await page.locator('make-it-safe-helper').evaluate((h) => {
      h.id = 'workshop-helper';
      return `#${h.id}`;
    });
    expect(await page.evaluate(panelFit, host)).toEqual([]);
  });
});

test.describe('a hostile page', () => {
  test('cannot reach, read, hide or shrink the panel', async ({ openSite }) => {
    const page = await openSite('/', { hostile: true });
    const helper = await ClosedHelper.on(page);
    await expect.poll(() => helper.hostCount()).toBe(1);
    await helper.click('button', OPEN);
    await expect.poll(() => helper.panelOpen()).toBe(true);
    // The patched attachShadow never saw our root: content scripts run in their own world.
    const leaked = await page.evaluate(() =>
      (window as unknown as { __captured: ShadowRoot[] }).__captured.some(
        (r) => r.host.localName === 'make-it-safe-helper',
      ),
    );
    expect(leaked).toBe(false);
    expect(await page.evaluate(() => document.querySelector('make-it-safe-helper')!.shadowRoot)).toBeNull();
    expect(await page.evaluate(() => document.documentElement.innerText)).not.toContain('Block an account');
    // `display: none !important` on the host does not hide it, and html { font-size: 6px } does not shrink it.
    const heading = await helper.box('heading', 'Block an account');
    expect(heading.height).toBeGreaterThanOrEqual(18);
    const spot = await page.evaluate(
      () => document.elementFromPoint(innerWidth - 64 - 150, innerHeight * 0.3)?.localName,
    );
    expect(spot).toBe('make-it-safe-helper');
    // Nothing is posted to the page's window, so no page script learns of the extension that way.
    expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([]);
  });

  test('that takes the helper out once gets it back as the person left it, the panel open, the focus where it was', async ({
    openSite,
  }) => {
    const page = await openSite('/');
    const helper = await ClosedHelper.on(page);
    await expect.poll(() => helper.has('button', OPEN)).toBe(true);
    await helper.click('button', OPEN);
    await expect.poll(() => helper.panelOpen()).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => helper.focused()).toBe('button Get help now');
    await page.evaluate(() => document.querySelector('make-it-safe-helper')!.remove());
    await expect.poll(() => helper.hostCount()).toBe(1);
    expect(await helper.panelOpen()).toBe(true);
    expect(await helper.text()).toContain('Block an account');
    // A keyboard user is where they were, not on the page's <body>: the next Tab goes on from there.
    await expect.poll(() => helper.focused()).toBe('button Get help now');
    await page.keyboard.press('Tab');
    await expect.poll(() => helper.focused()).toBe('button Close');
  });

  test('that keeps removing the helper does not start a remount loop', async ({ openSite }) => {
    const page = await openSite('/', { hostile: true });
    const helper = await ClosedHelper.on(page);
    await expect.poll(() => helper.hostCount()).toBe(1);
    await page.evaluate(() => (window as unknown as { __keepRemoving: () => void }).__keepRemoving());
    await page.evaluate(() => document.querySelector('make-it-safe-helper')?.remove());
    for (let i = 0; i < 8; i++) {
      await page.click(i % 2 ? '#profile-link' : '#home-link');
      await page.waitForTimeout(1100);
    }
    const removals = await page.evaluate(() => (window as unknown as { __removals: number }).__removals);
    // Put back at most three times (MAX_REMOUNTS), then left alone.
    expect(removals).toBeLessThanOrEqual(3);
    expect(removals).toBeGreaterThanOrEqual(1);
    expect(await helper.hostCount()).toBe(0);
  });
});

test('the network check catches a request from the extension', async ({ background, outsideRequests }) => {
  // Proves the recorder used by every test is not blind: a fetch from the service worker is seen.
  await background.evaluate(() => fetch('https://example.net/probe').catch(() => undefined));
  await expect.poll(() => outsideRequests.length).toBe(1);
  outsideRequests.length = 0;
});
