import { browser } from 'wxt/browser';

/**
 * Keeps the family's stored data (settings, progress, the PIN's hash) away from content scripts.
 * Chromium lets a content script read and write `storage.local` unless told otherwise, and the
 * helper never needs to: it asks the background. So a social site's page process, even one an
 * attacker took over, cannot reach the data. The setting is kept by the browser; setting it on
 * each start is harmless. Firefox offers it for `storage.session` only, where it is not needed.
 */
export async function keepStorageFromContentScripts(): Promise<boolean> {
  const local = browser.storage.local;
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}
