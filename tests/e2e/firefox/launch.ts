import puppeteer, { type Browser } from 'puppeteer-core';
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
