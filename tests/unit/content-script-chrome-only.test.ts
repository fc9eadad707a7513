import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInThisContext } from 'node:vm';
import { buildHelperView, launcherPart } from '@/lib/helper-view';
import { instagram } from '@/lib/platforms/instagram';
import { LANGUAGES } from '@/lib/languages';
import { SETTINGS_CHANGED } from '@/lib/helper-events';

/**
 * Chrome and Edge 99 to 147 have no `browser` global, only `chrome`; the browsers the end-to-end
 * tests run (Chromium 156, Firefox) have `browser`. The built content script carries no polyfill
 * (tooling/content-script-browser.ts), so this runs the shipped file with only a `chrome` global,
 * as those versions give it, and checks that the helper still asks and appears.
 */
const SCRIPT = path.resolve(__dirname, '../../.output/chrome-mv3/content-scripts/social.js');
const HOST = 'make-it-safe-helper';

const VIEW = buildHelperView({
  platform: instagram,
  language: LANGUAGES.en,
  t: (key) => `text for ${key}`,
  helplines: [],
  minimized: false,
});

type Globals = { browser?: unknown; chrome?: unknown };
const globals = globalThis as unknown as Globals;
let saved: Globals;

type Listener = (message: unknown, sender: { id?: string }) => void;

function makeFakeChrome(reply: unknown) {
  const runtime = {
    id: 'abcdefghijklmnopabcdefghijklmnop' as string | undefined,
    // A promise, as chrome.runtime.sendMessage returns in Manifest V3 from Chrome 99 on.
    sendMessage: vi.fn((_message: unknown) => Promise.resolve(reply)),
    onMessage: { addListener: vi.fn((_listener: Listener) => undefined), removeListener: vi.fn() },
  };
  return { runtime };
}
type FakeChrome = ReturnType<typeof makeFakeChrome>;
const running: FakeChrome[] = [];

function fakeChrome(reply: unknown): FakeChrome {
  const chrome = makeFakeChrome(reply);
  running.push(chrome);
  return chrome;
}

function runShippedScript(): void {
  if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run the build first (scripts/test does)`);
  runInThisContext(readFileSync(SCRIPT, 'utf8'), { filename: SCRIPT });
}

const helperShown = () => document.getElementsByTagName(HOST).length === 1;

/**
 * Runs the shipped script with `chrome`, waits for the helper, and returns its closed root, caught
 * as the script makes it (a test can look in where a page cannot), and the launcher's open button.
 */
async function shownHelper(chrome: FakeChrome): Promise<{ root: ShadowRoot; open: HTMLButtonElement }> {
  globals.chrome = chrome;
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  runShippedScript();
  await vi.waitFor(() => expect(helperShown()).toBe(true));
  const root = attach.mock.results.at(-1)!.value as ShadowRoot;
  attach.mockRestore();
  return { root, open: root.querySelector<HTMLButtonElement>('.mis-open')! };
}

/** A click alone, with no pointer or focus before it, as a screen reader's virtual cursor can make. */
const clickAlone = (button: HTMLElement) => button.dispatchEvent(new Event('click', { bubbles: true, composed: true }));

beforeEach(() => {
  saved = { browser: globals.browser, chrome: globals.chrome };
  delete globals.browser;
  for (const old of [...document.getElementsByTagName(HOST)]) old.remove();
});

afterEach(() => {
  // Each copy of the script is stopped as a disabled extension stops it: the API loses its id, and
  // the script finds out on the next focus. It takes its listeners and timers away then.
  for (const chrome of running.splice(0)) {
    chrome.runtime.id = undefined;
    window.dispatchEvent(new Event('focus'));
    expect(chrome.runtime.onMessage.removeListener).toHaveBeenCalledTimes(1);
  }
  globals.browser = saved.browser;
  globals.chrome = saved.chrome;
  for (const old of [...document.getElementsByTagName(HOST)]) old.remove();
});

describe('the built content script in a browser with only `chrome` (Chrome and Edge 99 to 147)', () => {
  it('asks the background through chrome.runtime and shows the helper', async () => {
    const chrome = fakeChrome(VIEW);
    globals.chrome = chrome;
    runShippedScript();
    await vi.waitFor(() => expect(helperShown()).toBe(true));
    // A page load asks for the launcher only, for the page the browser reports.
    expect(chrome.runtime.sendMessage).toHaveBeenCalledWith({ type: 'helper:init', payload: {} });
    // It listens for "settings changed" from the background through the same object.
    expect(chrome.runtime.onMessage.addListener).toHaveBeenCalledTimes(1);
  });

  it('in a page loaded ahead (prerendering), asks nothing and shows nothing until the page is shown', async () => {
    const chrome = fakeChrome(launcherPart({ ...VIEW, prompt: VIEW.offer }));
    globals.chrome = chrome;
    let prerendering = true;
    Object.defineProperty(document, 'prerendering', { configurable: true, get: () => prerendering });
    try {
      runShippedScript();
      await new Promise((resolve) => setTimeout(resolve, 20));
      // Nothing asked: a page that is never shown does not use up the privacy offer.
      expect(chrome.runtime.sendMessage).not.toHaveBeenCalled();
      expect(helperShown()).toBe(false);
      prerendering = false;
      document.dispatchEvent(new Event('prerenderingchange'));
      await vi.waitFor(() => expect(helperShown()).toBe(true));
      expect(chrome.runtime.sendMessage).toHaveBeenCalledTimes(1);
    } finally {
      delete (document as { prerendering?: boolean }).prerendering;
    }
  });

  it("asks for the panel's words when someone comes to the launcher, and a click before they come opens the panel with them", async () => {
    const chrome = fakeChrome(undefined);
    chrome.runtime.sendMessage.mockImplementation((message: unknown) => {
      const { payload } = message as { payload: { panel?: boolean } };
      return Promise.resolve(payload.panel ? VIEW : launcherPart(VIEW));
    });
    const { root, open } = await shownHelper(chrome);
    expect(chrome.runtime.sendMessage).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.mis-panel')).toBeNull();

    // A click alone: the words are asked for, and the panel opens with them.
    clickAlone(open);
    expect(root.querySelector('.mis-panel')).toBeNull();
    await vi.waitFor(() => expect(root.querySelector('.mis-panel')).not.toBeNull());
    expect(chrome.runtime.sendMessage).toHaveBeenLastCalledWith({
      type: 'helper:init',
      payload: { path: '/', panel: true },
    });
    expect(root.querySelector('.mis-panel')!.textContent).toContain(VIEW.guides[0]!.title);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    // Coming back to it on the same page asks nothing more.
    open.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(chrome.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });

  it("asks again at the next click when the panel's words did not come (a background restarting), and the button is no longer busy", async () => {
    const chrome = fakeChrome(undefined);
    let refuse = true;
    chrome.runtime.sendMessage.mockImplementation((message: unknown) => {
      const { payload } = message as { payload: { panel?: boolean } };
      if (!payload.panel) return Promise.resolve(launcherPart(VIEW));
      if (refuse) {
        refuse = false;
        return Promise.reject(new Error('The message port closed before a response was received.'));
      }
      return Promise.resolve(VIEW);
    });
    const { root, open } = await shownHelper(chrome);
    clickAlone(open);
    expect(open.getAttribute('aria-busy')).toBe('true');
    await vi.waitFor(() => expect(chrome.runtime.sendMessage).toHaveBeenCalledTimes(2));
    // The press that waited is dropped: its button is no longer marked busy, nothing opens.
    await vi.waitFor(() => expect(open.hasAttribute('aria-busy')).toBe(false));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(root.querySelector('.mis-panel')).toBeNull();
    // The next press asks again, and opens the panel with the words.
    clickAlone(open);
    await vi.waitFor(() => expect(root.querySelector('.mis-panel')).not.toBeNull());
    expect(chrome.runtime.sendMessage).toHaveBeenCalledTimes(3);
    expect(open.hasAttribute('aria-busy')).toBe(false);
  });

  it('keeps a press waiting when a request for the words fails while another is already on its way', async () => {
    const chrome = fakeChrome(undefined);
    let failFirst!: (error: Error) => void;
    let panelRequests = 0;
    chrome.runtime.sendMessage.mockImplementation((message: unknown) => {
      const { payload } = message as { payload: { panel?: boolean } };
      if (!payload.panel) return Promise.resolve(launcherPart(VIEW));
      panelRequests += 1;
      if (panelRequests === 1) return new Promise((_resolve, reject) => (failFirst = reject));
      return Promise.resolve(VIEW);
    });
    const { root, open } = await shownHelper(chrome);
    clickAlone(open);
    await vi.waitFor(() => expect(panelRequests).toBe(1));
    // A settings change comes while the first request is out: it asks again after it.
    const listener = chrome.runtime.onMessage.addListener.mock.calls[0]![0];
    listener({ type: SETTINGS_CHANGED }, { id: chrome.runtime.id });
    failFirst(new Error('The message port closed before a response was received.'));
    // The second request brings the words, and the press that waited opens the panel.
    await vi.waitFor(() => expect(root.querySelector('.mis-panel')).not.toBeNull());
    expect(panelRequests).toBe(2);
    expect(open.hasAttribute('aria-busy')).toBe(false);
  });

  it('shows nothing where the helper is turned off, and appears when the background says it is on again', async () => {
    const chrome = fakeChrome({ off: true });
    globals.chrome = chrome;
    runShippedScript();
    await vi.waitFor(() => expect(chrome.runtime.sendMessage).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(chrome.runtime.onMessage.addListener).toHaveBeenCalledTimes(1));
    expect(helperShown()).toBe(false);

    chrome.runtime.sendMessage.mockImplementation(() => Promise.resolve(VIEW));
    const listener = chrome.runtime.onMessage.addListener.mock.calls[0]![0];
    // Only this extension's background is believed.
    listener({ type: SETTINGS_CHANGED }, { id: 'another-extension' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(chrome.runtime.sendMessage).toHaveBeenCalledTimes(1);
    listener({ type: SETTINGS_CHANGED }, { id: chrome.runtime.id });
    await vi.waitFor(() => expect(helperShown()).toBe(true));
    expect(chrome.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });
});
