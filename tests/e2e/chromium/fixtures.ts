import {
  test as base,
  chromium,
  expect,
  type BrowserContext,
  type Page,
  type Worker,
  type CDPSession,
} from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROME_BUILD, CHROME_EXTENSION_ID, findBrowser } from '../paths';
import { SITE_FIXTURES } from '../sites';
import { readFixture } from '../fixture-server';
import { appendNetworkRecord } from '../network-record';
import { loadExtensionArgs, QUIET_CHROMIUM_ARGS } from '../chromium-args.mjs';

// Hosts whose pages are served from tests/fixtures, so the real hostname is in the address bar.
async function serveFixture(url: URL): Promise<{ body: Buffer; contentType: string }> {
  const name = url.pathname.endsWith('.js') ? path.basename(url.pathname) : 'index.html';
  const body = await readFixture(SITE_FIXTURES[url.hostname]!, name);
  return { body, contentType: name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' };
}

export interface Options {
  /** The browser's language, as a person would set it. */
  browserLocale: string;
  /**
   * Keep the first-run tab the extension opens on install. Tests of other things close it, so
   * every test's new profile does not also load and render that page.
   */
  keepWelcome: boolean;
  /**
   * Start a browser of its own for this test instead of the worker's shared one: for tests that
   * change the whole browser for good (a script added to every page, a fake clock), and for those
   * that need the extension's install (`keepWelcome` asks for one too).
   */
  freshBrowser: boolean;
}

export interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  /** Every http(s) address requested other than the fixture sites: the extension makes none. */
  outsideRequests: string[];
  /** Opens a fixture site, www.instagram.com unless `host` names another supported hostname. */
  openSite: (pathname?: string, options?: { hostile?: boolean; host?: string }) => Promise<Page>;
  openPopup: (tabUrl?: string) => Promise<Page>;
}

/**
 * Requests that reached Chromium's network stack, from its net log: what Playwright's route
 * cannot see (WebSockets; anything a route let through). Only requests a web page or extension
 * started count (the browser's own, such as its update checks, have no origin) and only those
 * to hosts other than the fixture sites. The log is read line by line, so a log cut short by a
 * crash still counts. Each call returns the requests logged since the last one: a browser that
 * several tests share is read at the end of each.
 */
export class NetLogReader {
  private offset = 0;
  private startJob: number | undefined;

  constructor(private readonly file: string) {}

  newRequests(): string[] {
    let text: string;
    try {
      const bytes = readFileSync(this.file);
      // Only whole lines: the browser may be writing the next one.
      const end = bytes.lastIndexOf(0x0a) + 1;
      if (end <= this.offset) return [];
      text = bytes.subarray(this.offset, end).toString('utf8');
      this.offset = end;
    } catch {
      return [];
    }
    const lines = text.split('\n');
    if (this.startJob === undefined) {
      const constants = (
        JSON.parse(`${lines.shift()!.replace(/,\s*$/, '')}}`) as {
          constants: { logEventTypes: Record<string, number> };
        }
      ).constants;
      this.startJob = constants.logEventTypes['URL_REQUEST_START_JOB'];
    }
    const found: string[] = [];
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      let event: { type?: number; params?: { url?: string; initiator?: string } };
      try {
        event = JSON.parse(line.replace(/,\s*$/, '')) as typeof event;
      } catch {
        continue;
      }
      const { url, initiator } = event.params ?? {};
      if (event.type !== this.startJob || !url || !initiator || initiator === 'not an origin') continue;
      const { protocol, hostname } = new URL(url);
      if (/^(https?|wss?):$/.test(protocol) && !SITE_FIXTURES[hostname]) found.push(url);
    }
    return found;
  }
}

/** Writes one test's (or browser's) requests into the network record, each with its recorder. */
function recordRequests(test: string, requests: string[], fromLog: string[]): void {
  appendNetworkRecord(
    'chromium',
    requests.map((url) => ({ test, url, seenBy: fromLog.includes(url) ? 'net log' : 'route' })),
  );
}

/** The test running now, for the network record; a profile launched outside a test has none. */
function currentTest(): string {
  try {
    const info = base.info();
    return [path.relative(process.cwd(), info.file), ...info.titlePath.slice(1)].join(' › ');
  } catch {
    return '(outside a test)';
  }
}

/** A browser with the test build loaded, and what its recorders have seen. */
interface ExtensionBrowser {
  context: BrowserContext;
  /** Where the route puts the requests it refuses: the running test's list. */
  refused: string[];
  /** Requests in Chromium's net log since the last call, other than those the route refused. */
  loggedRequests(): string[];
  /** Closes the browser and deletes its net log. */
  close(): Promise<void>;
}

/**
 * A new browser profile with the test build loaded and the fixture sites served; every other
 * http(s) request is refused and put in `refused`. Chromium's net log covers what a route cannot
 * see (WebSockets).
 */
async function startBrowser(browserLocale: string): Promise<ExtensionBrowser> {
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'mis-netlog-'));
  const netLog = new NetLogReader(path.join(logDir, 'net-log.json'));
  const routed = new Set<string>();
  const context = await chromium.launchPersistentContext('', {
    executablePath: findBrowser(['chromium', 'chromium-browser']),
    headless: true,
    locale: browserLocale,
    acceptDownloads: true,
    args: [
      ...loadExtensionArgs(CHROME_BUILD),
      `--lang=${browserLocale}`,
      // The browser's own language list (navigator.languages in every context), so a test's
      // locale never depends on per-page emulation reaching a new extension page in time.
      `--accept-lang=${browserLocale}`,
      ...QUIET_CHROMIUM_ARGS,
      `--log-net-log=${path.join(logDir, 'net-log.json')}`,
    ],
  });
  const browser: ExtensionBrowser = {
    context,
    refused: [],
    // A request the route refused never starts a job in the log; counted once should that change.
    loggedRequests: () => netLog.newRequests().filter((url) => !routed.has(url)),
    close: async () => {
      await context.close();
      rmSync(logDir, { recursive: true, force: true });
    },
  };
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    if (SITE_FIXTURES[url.hostname]) {
      const { body, contentType } = await serveFixture(url);
      const hostile = url.searchParams.get('hostile') === '1';
      const text =
        hostile && contentType.startsWith('text/html')
          ? body.toString('utf8').replace('<head>', '<head><script src="/hostile.js"></script>')
          : body;
      await route.fulfill({ status: 200, body: text, contentType });
      return;
    }
    browser.refused.push(url.href);
    routed.add(url.href);
    await route.abort();
  });
  return browser;
}

/**
 * A new browser profile of its own (see `startBrowser`), every other request recorded in
 * `outsideRequests`. Its net log's requests are added when the context closes, and then all of the
 * profile's requests go into test-results/network-chromium.json, unless `record` is false (a test
 * that makes requests on purpose to prove the recorders see them). Tests that need a second, fresh
 * profile (an import on "another computer") call it themselves.
 */
export async function launchWithExtension(
  browserLocale: string,
  outsideRequests: string[],
  options: { record?: boolean } = {},
): Promise<BrowserContext> {
  const test = currentTest();
  const browser = await startBrowser(browserLocale);
  browser.refused = outsideRequests;
  const { context } = browser;
  const close = context.close.bind(context);
  let closed = false;
  context.close = async (closeOptions) => {
    await close(closeOptions);
    if (closed) return;
    closed = true;
    const fromLog = browser.loggedRequests();
    outsideRequests.push(...fromLog);
    await browser.close();
    if (options.record !== false) recordRequests(test, outsideRequests, fromLog);
  };
  return context;
}

/** The extension's service worker in a context, once it runs. */
export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const [worker] = context.serviceWorkers();
  return worker ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Closes the first-run tab the extension opens on install, so a test of something else does not
 * also load and render that page, and resolves once it is gone (or after 10 s, should it not come).
 * Only the tab the extension opened itself: pages a test opens (and may point at the first run)
 * are marked as they are made.
 */
async function closeFirstRunTab(context: BrowserContext): Promise<void> {
  const ours = new WeakSet<Page>();
  const newPage = context.newPage.bind(context);
  context.newPage = async () => {
    const page = await newPage();
    ours.add(page);
    return page;
  };
  let welcomeGone: () => void = () => undefined;
  const gone = new Promise<void>((resolve) => (welcomeGone = resolve));
  const closeWelcome = (page: Page) => {
    if (ours.has(page) || !page.url().endsWith('/welcome.html')) return;
    // Never the browser's last tab: a test once found its browser closed before its first step
    // (2026-11-25, "Target page, context or browser has been closed"), and closing the last tab
    // is one way a browser ends. A blank tab first keeps one open whatever the start-up order.
    const last = context.pages().every((other) => other === page);
    void (last ? newPage() : Promise.resolve())
      .then(() => page.close())
      .catch(() => undefined)
      .then(welcomeGone);
  };
  context.pages().forEach(closeWelcome);
  context.on('page', (page) => {
    closeWelcome(page);
    page.once('domcontentloaded', () => closeWelcome(page));
  });
  // The test starts once that tab has come and gone. A test's own first page, opened in the
  // moment the extension opened its tab, was found closed at its first step twice more (the
  // same error, 2026-11-25, clock.install right after newPage), with the blank tab in place.
  await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

/**
 * The worker's browser, shared by the tests that run in it one after another: starting a browser
 * with the extension costs about 3 s of CPU, most of a short test's, and the suite runs on two
 * cores. It is started again for a test in another browser language. After a failed test
 * Playwright ends the worker, and the worker's teardown closes the browser: a failure cannot
 * spread to the tests after it.
 */
let shared: { browser: ExtensionBrowser; locale: string; lastTest: string } | undefined;

async function closeShared(): Promise<void> {
  const ending = shared;
  shared = undefined;
  if (!ending) return;
  await ending.browser.context.close().catch(() => undefined);
  // Requests made after the last test ended (refused by the route, or in the net log) are that test's.
  const fromLog = ending.browser.loggedRequests();
  const late = [...ending.browser.refused, ...fromLog];
  await ending.browser.close();
  if (late.length > 0) {
    recordRequests(ending.lastTest, late, fromLog);
    throw new Error(`network requests from the extension, logged after "${ending.lastTest}": ${late.join(', ')}`);
  }
}

/** Closes every tab but one blank one, as a new profile starts (nothing if that is all there is). */
async function oneBlankTab(context: BrowserContext): Promise<void> {
  const pages = context.pages();
  if (pages.length === 1 && pages[0]!.url() === 'about:blank') return;
  await context.newPage();
  await Promise.all(pages.map((page) => page.close()));
}

/**
 * The shared browser as a new profile would be for the next test: one blank tab, the extension's
 * storage empty, no cookies or permissions. The extension keeps running, as it does in a browser
 * that stays open: what its service worker holds in memory is dropped on every storage change
 * (the views and values it keeps for the helpers) or depends on nothing stored (translations).
 */
async function resetShared(context: BrowserContext): Promise<void> {
  await oneBlankTab(context);
  const worker = await serviceWorkerOf(context);
  // The service worker keeps running: a listener a test added there (recordHelperRequests) goes.
  await worker.evaluate(() => {
    const g = globalThis as unknown as TestGlobals;
    if (g.testListener) g.chrome.runtime.onMessage.removeListener(g.testListener);
    g.testListener = undefined;
  });
  // Again while anything is left: a write the last test set off may land just after a clear.
  await expect
    .poll(
      () =>
        worker.evaluate(async () => {
          type Area = { clear(): Promise<void>; get(keys: null): Promise<Record<string, unknown>> };
          const { storage } = (globalThis as unknown as { chrome: { storage: { local: Area; session: Area } } }).chrome;
          await Promise.all([storage.local.clear(), storage.session.clear()]);
          await new Promise((resolve) => setTimeout(resolve, 50));
          const left = [await storage.local.get(null), await storage.session.get(null)];
          return left.flatMap((items) => Object.keys(items));
        }),
      { message: 'storage left by the test before' },
    )
    .toEqual([]);
  await context.clearCookies();
  await context.clearPermissions();
}

/**
 * What a test cannot undo in a browser the next test gets: such a test asks for a browser of its
 * own, and is told so here rather than leaving the next test a changed browser.
 */
function refuseLastingChanges(context: BrowserContext): void {
  const refuse = (what: string) => (): never => {
    throw new Error(`${what} would change the browser the next test gets: use test.use({ freshBrowser: true })`);
  };
  context.addInitScript = refuse('context.addInitScript');
  context.route = refuse('context.route');
  // The fixture's own route, which serves the sites and refuses every other request.
  context.unroute = refuse('context.unroute');
  context.unrouteAll = refuse('context.unrouteAll');
  context.routeWebSocket = refuse('context.routeWebSocket');
  context.exposeBinding = refuse('context.exposeBinding');
  context.exposeFunction = refuse('context.exposeFunction');
  context.setExtraHTTPHeaders = refuse('context.setExtraHTTPHeaders');
  context.setOffline = refuse('context.setOffline');
  context.setGeolocation = refuse('context.setGeolocation');
  // page.clock is the context's: every one of these installs a fake clock in every page after this test.
  for (const name of [
    'install',
    'fastForward',
    'runFor',
    'pauseAt',
    'resume',
    'setFixedTime',
    'setSystemTime',
  ] as const)
    context.clock[name] = refuse(`page.clock.${name}`);
}

async function sharedBrowser(locale: string, outsideRequests: string[]): Promise<ExtensionBrowser> {
  if (shared && (shared.locale !== locale || shared.browser.context.pages().length === 0)) await closeShared();
  if (shared) {
    await resetShared(shared.browser.context);
  } else {
    const browser = await startBrowser(locale);
    shared = { browser, locale, lastTest: currentTest() };
    browser.context.once('close', () => {
      if (shared?.browser === browser) shared = undefined;
    });
    await closeFirstRunTab(browser.context);
    refuseLastingChanges(browser.context);
  }
  // What the route refused between two tests is counted in this one: nothing may be lost.
  outsideRequests.push(...shared.browser.refused);
  shared.browser.refused = outsideRequests;
  shared.lastTest = currentTest();
  return shared.browser;
}

export const test = base.extend<Fixtures & Options, { sharedBrowserCloses: void }>({
  browserLocale: ['en-US', { option: true }],
  keepWelcome: [false, { option: true }],
  freshBrowser: [false, { option: true }],
  sharedBrowserCloses: [
    async ({}, use) => {
      await use();
      await closeShared();
    },
    { scope: 'worker', auto: true },
  ],
  outsideRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ browserLocale, outsideRequests, keepWelcome, freshBrowser }, use) => {
    if (keepWelcome || freshBrowser) {
      const context = await launchWithExtension(browserLocale, outsideRequests);
      if (!keepWelcome) await closeFirstRunTab(context);
      await use(context);
      await context.close();
    } else {
      const browser = await sharedBrowser(browserLocale, outsideRequests);
      await use(browser.context);
      // Still this worker's browser, unless it crashed or the test closed it.
      const kept = shared?.browser === browser;
      // The test's pages go now, so nothing they request later is counted in the next test.
      if (kept) await oneBlankTab(browser.context).catch(() => undefined);
      const fromLog = browser.loggedRequests();
      outsideRequests.push(...fromLog);
      recordRequests(currentTest(), outsideRequests, fromLog);
      if (kept) browser.refused = [];
      else await browser.close().catch(() => undefined);
    }
    // Bar: the extension makes no network request of its own, in any test.
    expect(outsideRequests, 'network requests from the extension').toEqual([]);
  },
  background: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ background }, use) => {
    // The id is fixed by the test build's manifest key; check it rather than assume it.
    const id = new URL(background.url()).host;
    expect(id).toBe(CHROME_EXTENSION_ID);
    await use(id);
  },
  openSite: async ({ context, background }, use) => {
    void background; // the extension must be running before the site loads
    await use(async (pathname = '/', options = {}) => {
      const page = await context.newPage();
      const url = new URL(`https://${options.host ?? 'www.instagram.com'}${pathname}`);
      if (options.hostile) url.searchParams.set('hostile', '1');
      await page.goto(url.href);
      await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady);
      return page;
    });
  },
  openPopup: async ({ context, extensionId, browserLocale }, use) => {
    await use(async (tabUrl) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 380, height: 600 });
      const query = tabUrl ? `?tabUrl=${encodeURIComponent(tabUrl)}` : '';
      const language = browserLocale.split('-')[0]!;
      // Debian's Chromium ships only its English interface, so a test's browser language is
      // Playwright's emulation, which now and then reaches a new extension page's process only
      // after its script has asked; such a page is loaded again, as if in that browser.
      for (let attempt = 0; attempt < 3; attempt++) {
        await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
        const ui = await page.evaluate(() =>
          (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
        );
        if (ui.toLowerCase().startsWith(language)) break;
      }
      await page.locator('main:not([aria-busy])').waitFor();
      // The popup draws its foot (the checklist, the links, the settings) a frame after the rest;
      // a popup that could not load shows only its message.
      await page.locator('footer.settings, main > [role="alert"]').first().waitFor({ state: 'attached' });
      return page;
    });
  },
});

export { expect };

/** What tests put in the background's global scope. */
interface TestGlobals {
  testListener?: (message: unknown) => undefined;
  askedByHelpers: unknown[];
  chrome: {
    runtime: {
      onMessage: {
        addListener(f: (message: unknown) => undefined): void;
        removeListener(f: (message: unknown) => undefined): void;
      };
    };
  };
}

/**
 * Records what each helper asks the background for its view (the payload of every helper:init)
 * from now on, with a second listener there that answers nothing; the returned function reads the
 * list. One such listener at a time: a browser the tests share keeps its service worker, so it
 * replaces one left by an earlier test, and the reset before each test removes it.
 */
export async function recordHelperRequests(background: Worker): Promise<() => Promise<unknown[]>> {
  await background.evaluate(() => {
    const g = globalThis as unknown as TestGlobals;
    if (g.testListener) g.chrome.runtime.onMessage.removeListener(g.testListener);
    g.askedByHelpers = [];
    g.testListener = (m) => {
      const message = m as { type?: unknown; payload?: unknown } | null;
      if (message?.type === 'helper:init') g.askedByHelpers.push(message.payload);
      return undefined;
    };
    g.chrome.runtime.onMessage.addListener(g.testListener);
  });
  return () => background.evaluate(() => (globalThis as unknown as TestGlobals).askedByHelpers);
}

/** Counts the helpers' requests for their view from now on (recordHelperRequests). */
export async function countHelperRequests(background: Worker): Promise<() => Promise<number>> {
  const asked = await recordHelperRequests(background);
  return async () => (await asked()).length;
}

/**
 * Clicks a control that closes its own tab, and waits for the tab to close. The tab may close before
 * Playwright hears that the click was done, and the click then fails with "page closed": that is
 * the click working, so it is let through only when the tab did close.
 */
export async function clickClosingTab(page: Page, selector: string): Promise<void> {
  await Promise.all([
    page.waitForEvent('close'),
    page
      .locator(selector)
      .click()
      .catch((error: unknown) => {
        if (!page.isClosed()) throw error;
      }),
  ]);
}

/** Writes straight into the extension's storage, as a damaged or older install would have it. */
export async function setStorage(background: Worker, items: Record<string, unknown>): Promise<void> {
  await background.evaluate(async (values) => {
    await (
      globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }
    ).chrome.storage.local.set(values);
  }, items);
}

export async function getStorage(background: Worker): Promise<Record<string, unknown>> {
  return background.evaluate(async () =>
    (
      globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local.get(null),
  );
}

/**
 * Reads the helper inside its closed shadow root the way assistive technology does: through the
 * browser's own DOM and accessibility domains (CDP), which the page itself cannot use.
 */
export class ClosedHelper {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async on(page: Page): Promise<ClosedHelper> {
    return new ClosedHelper(page, await page.context().newCDPSession(page));
  }

  /** How many helper hosts the page has. */
  hostCount(): Promise<number> {
    return this.page.evaluate(() => document.querySelectorAll('make-it-safe-helper').length);
  }

  private async hostNode(): Promise<CdpNode | undefined> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return findNode(root, (n) => n.localName === 'make-it-safe-helper');
  }

  /** All text inside the helper's shadow root. */
  async text(): Promise<string> {
    const host = await this.hostNode();
    if (!host) return '';
    const parts: string[] = [];
    walk(host, (n) => {
      if (n.nodeType === 3 && n.nodeValue && n.parentName !== 'style') parts.push(n.nodeValue);
    });
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  /** Attribute values of elements in the helper matching a local name, e.g. every link's href. */
  async attributes(localName: string, attribute: string): Promise<string[]> {
    const host = await this.hostNode();
    const values: string[] = [];
    if (host) {
      walk(host, (n) => {
        if (n.localName === localName && n.attributes) {
          const i = n.attributes.indexOf(attribute);
          if (i >= 0) values.push(n.attributes[i + 1]!);
        }
      });
    }
    return values;
  }

  /** Finds an element by its accessible name and role, from the browser's accessibility tree. */
  async box(role: string, name: string | RegExp): Promise<{ x: number; y: number; width: number; height: number }> {
    const backendNodeId = await this.find(role, name);
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId })) as {
      model: { content: number[]; width: number; height: number };
    };
    const [x, y] = model.content as [number, number];
    return { x, y, width: model.width, height: model.height };
  }

  /** Moves the focus to a control, as assistive technology can, with no key or pointer event. */
  async focus(role: string, name: string | RegExp): Promise<void> {
    await this.cdp.send('DOM.focus', { backendNodeId: await this.find(role, name) });
  }

  /**
   * Activates a control as a screen reader's virtual cursor can: a click event alone, with no
   * pointer movement or focus before it.
   */
  async activate(role: string, name: string | RegExp): Promise<void> {
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: await this.find(role, name) })) as {
      object: { objectId: string };
    };
    await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { this.click(); }',
    });
  }

  /** A control's computed opacity, as drawn: what a cue that dims it shows. */
  async opacity(role: string, name: string | RegExp): Promise<string> {
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: await this.find(role, name) })) as {
      object: { objectId: string };
    };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return getComputedStyle(this).opacity; }',
      returnByValue: true,
    })) as { result: { value: string } };
    return result.value;
  }

  /** The browser's id for the element with this role and accessible name, from the accessibility tree. */
  private async find(role: string, name: string | RegExp): Promise<number> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const match = nodes.find(
      (n) =>
        n.role?.value === role &&
        typeof n.name?.value === 'string' &&
        (typeof name === 'string' ? n.name.value === name : name.test(n.name.value)),
    );
    if (!match?.backendDOMNodeId) throw new Error(`no ${role} named ${String(name)} in the helper`);
    return match.backendDOMNodeId;
  }

  /** The role and accessible name of what has the keyboard focus, as assistive technology sees it. */
  async focused(): Promise<string | undefined> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    // The document itself counts as focused too: the element is the other one.
    const node = nodes.find(
      (n) =>
        n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true),
    );
    return node && `${node.role?.value ?? ''} ${String(node.name?.value ?? '')}`.trim();
  }

  /** Like Playwright's own clicks, waits for the control: the helper mounts after the page loads. */
  async click(role: string, name: string | RegExp, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let b: Awaited<ReturnType<ClosedHelper['box']>> | undefined;
    while (!b) {
      try {
        b = await this.box(role, name);
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await this.page.waitForTimeout(100);
      }
    }
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }

  async has(role: string, name: string | RegExp): Promise<boolean> {
    try {
      await this.box(role, name);
      return true;
    } catch {
      return false;
    }
  }

  async panelOpen(): Promise<boolean> {
    return (await this.attributes('section', 'id')).includes('mis-panel');
  }

  /** The browser's id for the open panel's element: another id means the panel was built again. */
  async panelNodeId(): Promise<number | undefined> {
    const host = await this.hostNode();
    const panel =
      host &&
      findNode(
        host,
        (n) => n.localName === 'section' && n.attributes?.[n.attributes.indexOf('id') + 1] === 'mis-panel',
      );
    return panel?.backendNodeId;
  }
}

interface CdpNode {
  nodeType: number;
  backendNodeId?: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  parentName?: string;
}
interface AxNode {
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
  properties?: { name: string; value: { value: unknown } }[];
}

function walk(node: CdpNode, visit: (n: CdpNode) => void): void {
  visit(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    child.parentName = node.localName;
    walk(child, visit);
  }
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}
