import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD, findBrowser } from '../paths';
import { FIXTURE_HOSTS } from '../fixture-server';
import { FIREFOX_ID } from '../../../lib/policy-examples';

/** Fixed through Firefox's own preference, so the tests know the extension pages' addresses. */
export const FIREFOX_UUID = '4d1c7f0e-5b7a-4c1e-9a31-6f2d8b0c9e11';
export const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

/** Firefox ESR with a new profile, the fixture sites resolved locally, and the extension installed. */
export async function launchFirefox(options: { downloadDir?: string } = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser(['firefox-esr', 'firefox']),
    headless: true,
    // Lets WebDriver BiDi open and see the extension's own pages (moz-extension:), which it
    // otherwise refuses as privileged.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': FIXTURE_HOSTS.join(','),
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      // instagram.com is HSTS-preloaded; the fixture is served over http.
      'network.stricttransportsecurity.preloadlist': false,
      'intl.locale.requested': 'en-US',
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      ...(options.downloadDir
        ? {
            'browser.download.folderList': 2,
            'browser.download.dir': options.downloadDir,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.helperApps.neverAsk.saveToDisk': 'application/json',
          }
        : {}),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

/** Everything in the extension's storage, read from one of its own pages. */
export function storageOf(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() =>
    (
      globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).browser.storage.local.get(null),
  );
}

export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * WebDriver BiDi loads an extension page but never reports its navigation as finished, nor its
 * address (it stays about:blank to the driver): so the tests wait for the page's own content, and
 * ask the page where it is.
 */
export async function openExtensionPage(b: Browser, file: string): Promise<Page> {
  const page = await b.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  void page.goto(`${EXTENSION_ORIGIN}/${file}`, { timeout: 60_000 }).catch(() => undefined);
  // Asked again and again: a query made while the page is still switching documents fails.
  await until(() => page.$('main:not([aria-busy])').then(Boolean, () => false), `${file} to load`, 20_000);
  return page;
}

export function addressOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => '');
}
