import { browser } from 'wxt/browser';

/**
 * Closes the extension page's own tab (the first run's "skip", leaving workshop mode); where the
 * browser keeps it open, goes to `fallback` instead.
 */
export async function closeThisTab(fallback: string): Promise<void> {
  try {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id !== undefined) {
      await browser.tabs.remove(tab.id);
      return;
    }
  } catch {
    // fall through
  }
  location.assign(fallback);
}
