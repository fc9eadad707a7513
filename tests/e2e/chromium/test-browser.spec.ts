import { test, expect, ClosedHelper, countHelperRequests, getStorage, setStorage } from './fixtures';
import { PLAYWRIGHT_DISABLED_FEATURES, UNUSED_UI_FEATURES } from '../chromium-args.mjs';
import { axeViolations, type AxeDriver } from '../axe-audit';

/**
 * The browser the tests run in. Its `--disable-features` replaces Playwright's (Chromium reads the
 * last one only), so it must keep every feature Playwright turns off: some of them make requests
 * at start-up that the network bar would count, others change how pages load.
 */
test('the test browser keeps every feature Playwright turns off, and the unused address-bar pages off', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('chrome://version');
  const args = (await page.locator('#command_line').innerText()).split(/\s+/);
  const lists = args.filter((a) => a.startsWith('--disable-features=')).map((a) => a.split('=')[1]!.split(','));
  expect(lists.length, 'Playwright’s list and ours').toBeGreaterThanOrEqual(2);
  const [playwrights, ...rest] = lists;
  const used = rest.at(-1)!;
  expect(
    playwrights!.filter((f) => !used.includes(f)),
    'Playwright’s features missing from ours',
  ).toEqual([]);
  expect(used).toEqual([...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_UI_FEATURES]);

  // And the pages are indeed not loaded.
  const session = await context.newCDPSession(page);
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { url: string }[] };
  expect(targetInfos.map((t) => t.url).filter((u) => u.includes('omnibox-popup'))).toEqual([]);
});

/** The audit every accessibility test relies on: it must find what it is there to find. */
test('the axe audit finds a missing text alternative, and in the colour rules a low contrast', async ({ context }) => {
  const page = await context.newPage();
  await page.setContent(
    '<html lang="en"><title>t</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb;background:#fff">Faint</p></main></html>',
  );
  const driver: AxeDriver = { evaluate: (fn, arg) => page.evaluate(fn as never, arg) };
  const all = await axeViolations(driver);
  expect(all.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  const colour = await axeViolations(driver, 'dark');
  expect(colour.map((v) => v.split(':')[0])).toEqual(['color-contrast']);
});

/**
 * Tests share their worker's browser (fixtures.ts): each must find it as a new profile would be,
 * whatever the test before it left. The first test leaves what a test can; the second, in the same
 * browser (its service worker still holds the first one's mark), must find none of it.
 */
test.describe.serial('a browser the tests share', () => {
  test('a test leaves storage, tabs, a cookie and a permission behind', async ({
    context,
    background,
    extensionId,
    openSite,
    openPopup,
  }) => {
    await background.evaluate(() => {
      (globalThis as unknown as { sharedMark: string }).sharedMark = 'set by the test before';
    });
    await setStorage(background, { settings: { language: 'ar' } });
    await countHelperRequests(background);
    await openSite('/');
    await openPopup();
    await (await context.newPage()).goto(`chrome-extension://${extensionId}/options.html`);
    await context.addCookies([{ name: 'left', value: '1', domain: 'www.instagram.com', path: '/' }]);
    await context.grantPermissions(['clipboard-read'], { origin: 'https://www.instagram.com' });
    expect(context.pages().length).toBeGreaterThan(3);
  });

  test('the next test finds one blank tab, empty storage and no cookie or permission', async ({
    context,
    background,
    openSite,
  }) => {
    expect(await background.evaluate(() => (globalThis as unknown as { sharedMark?: string }).sharedMark)).toBe(
      'set by the test before',
    );
    expect(context.pages().map((page) => page.url())).toEqual(['about:blank']);
    // No listener of the test before's left in the service worker, to count this test's requests twice.
    expect(await background.evaluate(() => typeof (globalThis as { testListener?: unknown }).testListener)).toBe(
      'undefined',
    );
    expect(await getStorage(background)).toEqual({});
    expect(await context.cookies()).toEqual([]);
    const page = await openSite('/');
    expect(
      await page.evaluate(
        async () => (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state,
      ),
    ).not.toBe('granted');
    // The helper is in English again: the language stored before is gone.
    await expect
      .poll(() => ClosedHelper.on(page).then((helper) => helper.has('button', 'Open Make-IT-Safe help')))
      .toBe(true);
  });
});

test('a test in a shared browser cannot change it for the tests after it, and is told how to get its own', async ({
  context,
}) => {
  expect(() => context.addInitScript('window.changed = true')).toThrow(/freshBrowser: true/);
  expect(() => context.route('**/*', (route) => route.continue())).toThrow(/freshBrowser: true/);
  const page = await context.newPage();
  expect(() => page.clock.install()).toThrow(/page\.clock\.install .*freshBrowser: true/);
});

test.describe('a test with a browser of its own', () => {
  test.use({ freshBrowser: true });

  test('may change it for good', async ({ context }) => {
    await context.addInitScript('window.changed = true');
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/');
    expect(await page.evaluate(() => (window as unknown as { changed?: boolean }).changed)).toBe(true);
  });
});
