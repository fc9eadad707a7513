import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTRACT, dispatchMessage, type Handlers } from '@/lib/messages';
import { MAX_PAGE_PATH, pagePath } from '@/lib/page-path';
import { isSettingsChanged, SETTINGS_CHANGED } from '@/lib/helper-events';
import type { HelperView } from '@/lib/helper-view';
import { buildHelperView, launcherPart } from '@/lib/helper-view';
import { instagram } from '@/lib/platforms/instagram';
import { LANGUAGES } from '@/lib/languages';

const OWN = 'own-extension-id';
const fromSite = { id: OWN, url: 'https://www.instagram.com/', tab: { id: 1 } } as never;

function validView(): HelperView {
  return buildHelperView({
    platform: instagram,
    language: LANGUAGES.en,
    t: (key) => `text for ${key}`,
    helplines: [],
    minimized: false,
  });
}

function makeHandlers() {
  return {
    'helper:init': vi.fn(async () => validView()),
    'helper:setMinimized': vi.fn(async () => ({ ok: true })),
    'helper:snoozePrompt': vi.fn(async () => ({ ok: true })),
    'helper:markDone': vi.fn(async () => ({ ok: true })),
  } satisfies Handlers;
}

describe('dispatchMessage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a well-formed message from this extension', async () => {
    const handlers = makeHandlers();
    const reply = await dispatchMessage(
      handlers,
      { type: 'helper:setMinimized', payload: { minimized: true } },
      fromSite,
      OWN,
    );
    expect(reply).toEqual({ ok: true });
    expect(handlers['helper:setMinimized']).toHaveBeenCalledWith({ minimized: true }, fromSite);
  });

  it('ignores messages from another extension', () => {
    const handlers = makeHandlers();
    const other = { ...(fromSite as object), id: 'someone-else' } as never;
    expect(dispatchMessage(handlers, { type: 'helper:init', payload: {} }, other, OWN)).toBeUndefined();
    expect(handlers['helper:init']).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown type', { type: 'helper:deleteEverything', payload: {} }],
    ['an inherited key as type', { type: '__proto__', payload: {} }],
    ['a bad payload', { type: 'helper:setMinimized', payload: { minimized: 'yes' } }],
    ['a path that is not a path', { type: 'helper:init', payload: { path: 'https://evil.example/' } }],
    ['a path with spaces', { type: 'helper:init', payload: { path: '/a b' } }],
    ['a path too long', { type: 'helper:init', payload: { path: `/${'a'.repeat(3000)}` } }],
    ['no payload', { type: 'helper:setMinimized' }],
    ['an item id that is not an id', { type: 'helper:markDone', payload: { itemId: '__proto__' } }],
    ['an item id far too long', { type: 'helper:markDone', payload: { itemId: `a${'b'.repeat(100)}` } }],
    ['not an object', 'helper:init'],
    ['null', null],
    ['a number type', { type: 7, payload: {} }],
  ])('ignores %s', (_label, message) => {
    const handlers = makeHandlers();
    expect(dispatchMessage(handlers, message, fromSite, OWN)).toBeUndefined();
    expect(handlers['helper:init']).not.toHaveBeenCalled();
    expect(handlers['helper:setMinimized']).not.toHaveBeenCalled();
    expect(handlers['helper:markDone']).not.toHaveBeenCalled();
  });

  it('never sends a reply that breaks the contract', async () => {
    const handlers = makeHandlers();
    handlers['helper:init'].mockResolvedValueOnce({ ...validView(), dir: 'sideways' } as never);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await dispatchMessage(handlers, { type: 'helper:init', payload: {} }, fromSite, OWN)).toBeUndefined();
    spy.mockRestore();
  });

  it("accepts a launcher's view and a view with all of the panel's words, but not a broken whole view", () => {
    const { response, request } = CONTRACT['helper:init'];
    const full = validView();
    expect(response.safeParse(full).success).toBe(true);
    expect(response.safeParse(launcherPart(full)).success).toBe(true);
    // Guides without the help they come with, or a whole view with one bad value, must fail: sent
    // as a launcher's view with the words stripped, the panel would wait for them for ever.
    const { help: _help, ...half } = full;
    expect(response.safeParse(half).success).toBe(false);
    expect(response.safeParse({ ...full, guides: [{ ...full.guides[0], sourceUrl: 'http://x' }] }).success).toBe(false);
    expect(request.safeParse({ panel: true }).success).toBe(true);
    expect(request.safeParse({ panel: 'yes' }).success).toBe(false);
  });

  it('sends nothing when the handler refuses', async () => {
    const handlers = makeHandlers();
    handlers['helper:init'].mockRejectedValueOnce(new Error('not a supported site'));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await dispatchMessage(handlers, { type: 'helper:init', payload: {} }, fromSite, OWN)).toBeUndefined();
    spy.mockRestore();
  });
});

describe('the settings-changed notice sent to helpers', () => {
  it('is recognised only in its exact shape', () => {
    expect(isSettingsChanged({ type: SETTINGS_CHANGED })).toBe(true);
    for (const bad of [
      null,
      undefined,
      'helper:settingsChanged',
      {},
      { type: 'helper:init' },
      { type: SETTINGS_CHANGED, payload: {} },
      [SETTINGS_CHANGED],
    ]) {
      expect(isSettingsChanged(bad)).toBe(false);
    }
  });
});

describe('the page path the helper sends', () => {
  it('is cut to what the contract accepts, so a very long address still gets the helper', () => {
    const path = pagePath(`/accounts/${'a%E2%80%AE'.repeat(1000)}`);
    expect(path.length).toBe(MAX_PAGE_PATH);
    expect(path.startsWith('/accounts/')).toBe(true);
    expect(CONTRACT['helper:init'].request.safeParse({ path }).success).toBe(true);
    expect(CONTRACT['helper:init'].request.safeParse({ path: `${path}a` }).success).toBe(false);
  });

  it('leaves an ordinary path as it is', () => {
    expect(pagePath('/direct/inbox/')).toBe('/direct/inbox/');
  });
});
