import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';
import { hashPin } from '@/lib/pin';
import { DEFAULT_SETTINGS, NO_PIN, pinItem, settingsItem, type PinState } from '@/lib/storage';
import { Welcome, load as loadWelcome } from '@/entrypoints/welcome/Welcome';
import { Dashboard, load as loadDashboard } from '@/entrypoints/options/Dashboard';

/**
 * The first run and the dashboard say whether a parent PIN is set. Until the stored PIN has been
 * read they cannot know: they once said "A parent PIN is set" (and offered to change it) on an
 * install that had none, for as long as the read took, and for good when it failed.
 */
const PAGES = [
  {
    name: 'the first run',
    open: (root: HTMLElement) => render(h(Welcome, { loading: loadWelcome() }), root),
    isSet: 'A parent PIN is already set',
    /** What the page shows when no PIN is set. */
    showsNone: (root: HTMLElement) => root.querySelector('[data-testid="welcome-pin"]') !== null,
  },
  {
    name: 'the dashboard',
    open: (root: HTMLElement) => render(h(Dashboard, { loading: loadDashboard() }), root),
    isSet: 'A parent PIN is set.',
    showsNone: (root: HTMLElement) =>
      root.querySelector('[data-testid="pin-state"]')?.textContent === 'No parent PIN is set.',
  },
];

let root: HTMLElement;
beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.set({ ...DEFAULT_SETTINGS, setupDone: true });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

/** Holds the first read of the stored PIN (the page's) until the returned function lets it go. */
function holdPinRead(): () => void {
  const read = pinItem.get.bind(pinItem);
  let release: () => void = () => undefined;
  vi.spyOn(pinItem, 'get').mockImplementationOnce(
    () => new Promise<PinState>((resolve, reject) => (release = () => void read().then(resolve, reject))),
  );
  return () => release();
}

/** Lets everything the page loads besides the PIN (its words, the settings) arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe.each(PAGES)('$name', ({ open, isSet, showsNone }) => {
  it('waits for the stored PIN: an install without one is never told one is set', async () => {
    const release = holdPinRead();
    open(root);
    await settle();
    expect(root.querySelector('main[aria-busy="true"]')).not.toBeNull();
    expect(root.textContent).not.toContain(isSet);
    release();
    await vi.waitFor(() => expect(showsNone(root)).toBe(true), { timeout: 5000 });
    expect(root.textContent).not.toContain(isSet);
  });

  it('says a PIN is set once it has read one', async () => {
    await pinItem.set({ record: await hashPin('1357'), lock: NO_PIN.lock });
    const release = holdPinRead();
    open(root);
    await settle();
    expect(root.textContent).not.toContain(isSet);
    release();
    await vi.waitFor(() => expect(root.textContent).toContain(isSet), { timeout: 5000 });
    expect(showsNone(root)).toBe(false);
  });

  it('says it could not load when the stored PIN cannot be read, rather than guess', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) =>
      name === 'loadError' ? 'Make-IT-Safe could not load. Close this window and try again.' : '',
    );
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
    vi.spyOn(pinItem, 'get').mockRejectedValueOnce(new Error('storage cannot be read'));
    open(root);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="load-failed"]')).not.toBeNull(), {
      timeout: 5000,
    });
    expect(root.textContent).toBe('Make-IT-Safe could not load. Close this window and try again.');
  });
});
