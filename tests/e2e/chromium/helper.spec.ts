import { test, expect, ClosedHelper } from './fixtures';

test.describe('the in-page helper on instagram.com', () => {
  test('mounts one launcher in a closed shadow root and opens the panel', async ({ openSite, outsideRequests }) => {
    const page = await openSite('/');
    const helper = await ClosedHelper.on(page);
    await expect.poll(() => helper.hostCount()).toBe(1);
    // Closed: the page sees the host but not its shadow root.
    expect(await page.evaluate(() => document.querySelector('make-it-safe-helper')!.shadowRoot)).toBeNull();
    await expect.poll(() => helper.has('button', 'Open Make-IT-Safe help')).toBe(true);
    await helper.click('button', 'Open Make-IT-Safe help');
    await expect.poll(() => helper.panelOpen()).toBe(true);
    const text = await helper.text();
    for (const title of ['Block an account', 'Report an account', 'Report a post', 'Report a message', 'Make your account private', 'Get help now', 'Tell a trusted adult', 'Never forward sexual images']) {
      expect(text).toContain(title);
    }
    const links = await helper.attributes('a', 'href');
    expect(links).toContain('https://www.instagram.com/accounts/who_can_see_your_content/');
    expect(links.some((l) => l.startsWith('https://help.instagram.com/'))).toBe(true);
    expect(outsideRequests).toEqual([]);
  });
});
