import { test, expect } from './fixtures';
import { PLAYWRIGHT_DISABLED_FEATURES, UNUSED_UI_FEATURES } from '../chromium-args.mjs';

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
