import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { startFixtureServer } from '../fixture-server';
import { launchFirefox, newOutsideRequests, openExtensionPage, outsideRequestsOf, until } from './launch';

let browser: Browser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  // Not recorded: this browser makes requests on purpose.
  browser = await launchFirefox({ record: false });
});

afterAll(async () => {
  // The test closes it itself; a failed one may not have.
  if (browser?.connected) await browser.close();
  await server?.close();
});

describe('Firefox network recorder', () => {
  it('sees requests from the background and an extension page, and lets the fixture sites through', async () => {
    const outside = outsideRequestsOf(browser);
    const site = await browser.newPage();
    await site.goto(`http://www.instagram.com:${server.port}/`);
    await site.waitForFunction(() => document.querySelectorAll('make-it-safe-helper').length === 1, {
      timeout: 20_000,
    });
    expect(outside).toEqual([]);

    const page = await openExtensionPage(browser, 'popup.html');
    await page.evaluate(() => {
      void fetch('https://example.org/from-page').catch(() => undefined);
      void fetch('http://example.net/from-page-http').catch(() => undefined);
      void new WebSocket('wss://example.com/from-page-ws');
      // The background page (Manifest V2) runs the request itself.
      const background = (
        globalThis as unknown as { browser: { extension: { getBackgroundPage(): typeof globalThis } } }
      ).browser.extension.getBackgroundPage();
      void background.fetch('http://example.edu/from-background').catch(() => undefined);
    });
    const expected = [
      'http://example.edu/from-background',
      'http://example.net/from-page-http',
      'https://example.com:443/',
      'https://example.org:443/',
    ];
    await until(async () => expected.every((url) => outside.includes(url)), 'the recorder to see every request');
    expect([...new Set(outside)].sort()).toEqual(expected);
    expect(server.others).toEqual([]);
    // The check after every test (firefox-setup.ts) sees them too: taken here, as made on purpose,
    // and the browser closed so that nothing it still sends counts against the next test.
    expect([...new Set(newOutsideRequests())].sort()).toEqual(expected);
    await browser.close();
  });
});
