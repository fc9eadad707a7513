import { storedSettings } from '../stored-settings';
import type { LanguageCode } from '../../../lib/languages';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { FIREFOX_BUILD, ROOT, findBrowser } from '../paths';
import { FIXTURE_HOSTS } from '../fixture-server';
import { appendNetworkRecord } from '../network-record';
import { FIREFOX_ID } from '../../../lib/policy-examples';

const outside = new WeakMap<Browser, string[]>();

/**
 * Every http(s) and WebSocket request the browser made to anything but a fixture site, from any
 * of its contexts (the extension's background, its pages, its content scripts): Firefox sends
 * them all to a local recorder set as its proxy, which refuses them. Tests that make one on
 * purpose empty the list.
 */
export function outsideRequestsOf(browser: Browser): string[] {
  const list = outside.get(browser);
  if (!list) throw new Error('not a browser from launchFirefox');
  return list;
}

/** Every open browser's record, and how much of it was checked. */
const counted = new Map<string[], number>();

/**
 * What the open browsers asked of the recorder since the last call: checked after each test
 * (firefox-setup.ts), so a request fails the test it was made in (or, made between tests, the
 * next one), and is not blamed again on every test after it.
 */
export function newOutsideRequests(): string[] {
  const found: string[] = [];
  for (const [list, checked] of counted) {
    found.push(...list.slice(checked));
    counted.set(list, list.length);
  }
  return found;
}

/** A proxy that answers nothing and writes down what was asked of it. */
async function startRecorder(): Promise<{ port: number; requests: string[]; close: () => void }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(502).end();
  });
  // https and wss arrive as a tunnel request naming only the host: refused before any TLS.
  server.on('connect', (req: { url?: string }, socket: { destroy(): void }) => {
    requests.push(`https://${req.url ?? ''}/`);
    socket.destroy();
  });
  server.on('upgrade', (req: { url?: string }, socket: { destroy(): void }) => {
    requests.push(req.url ?? '');
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** The test file (and test, when launched inside one) that a browser belongs to. */
function currentTest(): string {
  const state = expect.getState();
  const file = state.testPath ? path.relative(ROOT, state.testPath) : '(unknown file)';
  return state.currentTestName ? `${file} › ${state.currentTestName}` : file;
}

/** Fixed through Firefox's own preference, so the tests know the extension pages' addresses. */
export const FIREFOX_UUID = '4d1c7f0e-5b7a-4c1e-9a31-6f2d8b0c9e11';
export const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

/**
 * Firefox ESR with a new profile, the fixture sites resolved locally, and the extension installed.
 * Every other request goes to a recorder (`outsideRequestsOf`); when the browser closes, what it
 * recorded is added to test-results/network-firefox.json, unless `record` is false (a test that
 * makes requests on purpose to prove the recorder sees them).
 */
export async function launchFirefox(
  options: {
    downloadDir?: string;
    record?: boolean;
    colorScheme?: 'light' | 'dark';
    reducedMotion?: boolean;
    forcedColors?: boolean;
  } = {},
): Promise<Browser> {
  const recorder = await startRecorder();
  const test = currentTest();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser(['firefox-esr', 'firefox']),
    headless: true,
    // Lets WebDriver BiDi open and see the extension's own pages (moz-extension:), which it
    // otherwise refuses as privileged.
    args: ['--remote-allow-system-access'],
    // Release builds ignore the Remote Settings server that puppeteer sets (a data: address)
    // unless told otherwise, and then poll Mozilla's: the browser's own traffic, which would
    // bury the extension's in the record.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.dns.localDomains': FIXTURE_HOSTS.join(','),
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      // instagram.com is HSTS-preloaded; the fixture is served over http.
      'network.stricttransportsecurity.preloadlist': false,
      'intl.locale.requested': 'en-US',
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      // Everything but the fixture sites (and the loopback address, which Firefox never proxies)
      // goes to the recorder, whichever context asks.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': recorder.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': recorder.port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': FIXTURE_HOSTS.join(','),
      ...(options.downloadDir
        ? {
            'browser.download.folderList': 2,
            'browser.download.dir': options.downloadDir,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.helperApps.neverAsk.saveToDisk': 'application/json',
          }
        : {}),
      // What pages (the extension's included) see as prefers-color-scheme: 0 dark, 1 light. Puppeteer
      // cannot emulate it in Firefox; the browser's own setting can.
      ...(options.colorScheme
        ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 }
        : {}),
      // prefers-reduced-motion: reduce, as a person who asked their system for less motion has it.
      ...(options.reducedMotion !== undefined ? { 'ui.prefersReducedMotion': options.reducedMotion ? 1 : 0 } : {}),
      // forced-colors: active. "Override the colours specified by the page" set to always.
      ...(options.forcedColors ? { 'browser.display.document_color_use': 2 } : {}),
    },
  });
  outside.set(browser, recorder.requests);
  counted.set(recorder.requests, 0);
  browser.once('disconnected', () => {
    recorder.close();
    counted.delete(recorder.requests);
    if (options.record !== false) {
      appendNetworkRecord(
        'firefox',
        recorder.requests.map((url) => ({ test, url, seenBy: 'proxy' })),
      );
    }
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
 * Brings the page's tab to the front and waits until its document has focus. A tab opened in a
 * browser that has only just started can stay behind the first one: then its document is hidden,
 * and no element in it matches `:focus` or `:focus-visible`, whatever `focus()` does.
 */
export async function inFront(page: Page): Promise<void> {
  await page.bringToFront();
  await until(
    () => page.evaluate(() => document.hasFocus() && document.visibilityState === 'visible').catch(() => false),
    'the tab to come to the front with focus',
  );
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
  await inFront(page);
  return page;
}

/**
 * Opens an extension page at 1280 by 800 and waits until `ready` matches in it or in the open
 * shadow root of its app or helper host.
 */
export async function openUntil(b: Browser, file: string, ready: string): Promise<Page> {
  const page = await b.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  void page.goto(`${EXTENSION_ORIGIN}/${file}`, { timeout: 60_000 }).catch(() => undefined);
  await until(
    () =>
      page
        .evaluate((s) => {
          const hosts = [...document.querySelectorAll('#app, make-it-safe-helper')];
          return document.querySelector(s) !== null || hosts.some((h) => h.shadowRoot?.querySelector(s));
        }, ready)
        .catch(() => false),
    `${file}: ${ready}`,
    20_000,
  );
  await inFront(page);
  return page;
}

/** Stores what a parent in France who keeps Instagram has (stored-settings.ts), in `lang`, from the dashboard. */
export async function storeSettings(b: Browser, lang: LanguageCode, setupDone: boolean): Promise<void> {
  const page = await openUntil(b, 'options.html', 'main:not([aria-busy])');
  await page.evaluate(
    (values) =>
      (
        globalThis as unknown as { browser: { storage: { local: { set(v: unknown): Promise<void> } } } }
      ).browser.storage.local.set(values),
    storedSettings(lang, setupDone),
  );
  await page.close();
}

/** Waits until the page's `<html lang>` is in `lang` (pages apply the stored language after loading). */
export async function untilInLanguage(page: Page, lang: string): Promise<void> {
  await until(
    () =>
      page
        .evaluate(() => document.documentElement.lang)
        .then(
          (l) => l.startsWith(lang),
          () => false,
        ),
    `${page.url()} in ${lang}`,
  );
}

export function addressOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => '');
}
