import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleMessages } from '@/lib/messages';
import { ALL_MATCHES } from '@/lib/platforms/registry';
import { settingsItem } from '@/lib/storage';
import { PolicyCache } from '@/lib/managed';
import { helperHandlers, storedForHelpers } from '@/lib/helper-handlers';
import { SETTINGS_CHANGED, type SettingsChanged } from '@/lib/helper-events';
import { keepStorageFromContentScripts } from '@/lib/storage-access';

/**
 * Tells the helper on every open supported page that the settings or the progress changed (a
 * language chosen in the popup, the launcher made smaller on another tab, a step ticked), so each
 * asks for its view again at once. The
 * background listens to storage instead of every page doing it: a storage listener in the content
 * script would cost each page load the storage API's setup.
 */
async function notifyHelpers(): Promise<void> {
  const tabs = await browser.tabs.query({ url: ALL_MATCHES });
  const message: SettingsChanged = { type: SETTINGS_CHANGED };
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : // A tab whose helper is not running (still loading, or opened before install) has no listener.
          browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}

export default defineBackground(() => {
  void keepStorageFromContentScripts();
  const policy = new PolicyCache(() => void notifyHelpers());
  void policy.load();
  // What every helper:init reads, kept between requests: a page waits for the answer to draw its
  // launcher, and three storage reads cost up to 10 ms while the site loads beside them. Dropped on
  // every change to local storage, and by the handlers below as soon as they have written.
  const stored = storedForHelpers();
  handleMessages(helperHandlers({ stored, policy }));
  browser.storage.onChanged.addListener((changes, area) => {
    // First: the helpers told below ask again at once, and must not get the old values.
    if (area === 'local') stored.drop();
    // An administrator's policy can change while pages are open, too. Progress as well: an open
    // panel's privacy check starts at the first step not done by then (ticked in the popup, say).
    if (area === 'local' && (Object.hasOwn(changes, 'settings') || Object.hasOwn(changes, 'progress')))
      void notifyHelpers();
    // The cache tells the helpers itself when the policy it reads is different.
    if (area === 'managed') void policy.load();
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Repairs (and keeps aside) a stored value of the wrong shape as soon as the extension starts.
    // (A read that fails is tried again by the next page that reads it.)
    settingsItem.get().catch(() => undefined);
    // The first run, once: language, who is setting up, the family's sites, the country, a PIN.
    // Caught: with no window to open it in (an install forced at the browser's start), the
    // dashboard's reminder offers it instead of an error on the extension's card.
    if (reason === 'install')
      browser.tabs
        .create({ url: browser.runtime.getURL('/welcome.html') })
        .catch((error: unknown) => console.warn('[Make-IT-Safe] first run not opened', error));
  });
});
