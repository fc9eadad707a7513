import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInThisContext } from 'node:vm';
import { buildHelperView } from '@/lib/helper-view';
import { instagram } from '@/lib/platforms/instagram';
import { LANGUAGES } from '@/lib/languages';

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

function fakeChrome(reply: unknown) {
  const runtime = {
    id: 'abcdefghijklmnopabcdefghijklmnop',
    // A promise, as chrome.runtime.sendMessage returns in Manifest V3 from Chrome 99 on.
    sendMessage: vi.fn(() => Promise.resolve(reply)),
    onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
  };
  return { runtime };
}

function runShippedScript(): void {
  if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run the build first (scripts/test does)`);
  runInThisContext(readFileSync(SCRIPT, 'utf8'), { filename: SCRIPT });
}

const helperShown = () => document.getElementsByTagName(HOST).length === 1;

beforeEach(() => {
  saved = { browser: globals.browser, chrome: globals.chrome };
  delete globals.browser;
  for (const old of [...document.getElementsByTagName(HOST)]) old.remove();
});

afterEach(() => {
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
    expect(chrome.runtime.sendMessage).toHaveBeenCalledWith({ type: 'helper:init', payload: { path: '/' } });
    // It listens for "settings changed" from the background through the same object.
    expect(chrome.runtime.onMessage.addListener).toHaveBeenCalledTimes(1);
  });

  it('shows nothing where the helper is turned off', async () => {
    const chrome = fakeChrome({ off: true });
    globals.chrome = chrome;
    runShippedScript();
    await vi.waitFor(() => expect(chrome.runtime.sendMessage).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(helperShown()).toBe(false);
  });
});
