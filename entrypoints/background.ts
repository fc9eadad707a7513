import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleMessages } from '@/lib/messages';
import { ALL_MATCHES, pageKindFor, platformForUrl } from '@/lib/platforms/registry';
import { progressItem, promptsItem, settingsItem } from '@/lib/storage';
import { PolicyCache, applyPolicy } from '@/lib/managed';
import { withItem } from '@/lib/progress';
import { isPromptDue, kidsItemsLeft, markShown, snooze } from '@/lib/prompt-schedule';
import { helperViewFor } from '@/lib/view-for';
import { browserLanguages } from '@/lib/browser-languages';
import { SETTINGS_CHANGED, type SettingsChanged } from '@/lib/helper-events';
import { cachedRead } from '@/lib/cached-read';

/**
 * Tells the helper on every open supported page that the settings changed (a language chosen in the
 * popup, the launcher made smaller on another tab), so each asks for its view again at once. The
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
  const policy = new PolicyCache(() => void notifyHelpers());
  void policy.load();
  // What every helper:init reads, kept between requests: a page waits for the answer to draw its
  // launcher, and three storage reads cost up to 10 ms while the site loads beside them. Dropped on
  // every change to local storage, and by the handlers below as soon as they have written.
  const stored = cachedRead(() => Promise.all([settingsItem.get(), promptsItem.get(), progressItem.get()]));
  handleMessages({
    'helper:init': async ({ path }, sender) => {
      // The browser's record of where the sender is decides the platform.
      const url = sender.url ?? sender.tab?.url;
      const platform = platformForUrl(url);
      if (!sender.tab || !platform || !url) {
        throw new Error('helper:init from a page that is not a supported site');
      }
      // The page the helper is on now (single-page sites change it without a reload) decides
      // which guides come first; the site itself is still the one the browser reports.
      const here = path ? new URL(path, url).href : url;
      const [storedSettings, storedPrompts, progress] = await stored.get();
      const { settings, prompts } = applyPolicy(storedSettings, storedPrompts, policy.current());
      // A parent (or the school's policy) turned the helper off on this site.
      if (settings.helper.offSites.includes(platform.id)) return { off: true } as const;
      const now = new Date();
      // Child mode only: an educator demonstrating does not get the reminder.
      const prompt =
        settings.role !== 'educator' &&
        isPromptDue(now, prompts, platform.id, kidsItemsLeft(platform, progress).length);
      // Shown now, so not again within the period, whatever the person does with it.
      if (prompt) {
        await promptsItem.set(markShown(prompts, platform.id, now));
        stored.drop();
      }
      return helperViewFor(
        platform,
        settings,
        browserLanguages(),
        pageKindFor(platform, here),
        prompt,
        progress[platform.id],
      );
    },
    'helper:snoozePrompt': async (_request, sender) => {
      const platform = platformForUrl(sender.url ?? sender.tab?.url);
      if (!platform) throw new Error('helper:snoozePrompt from a page that is not a supported site');
      await promptsItem.update((p) => snooze(p, platform.id, new Date()));
      stored.drop();
      return { ok: true };
    },
    'helper:markDone': async ({ itemId }, sender) => {
      const platform = platformForUrl(sender.url ?? sender.tab?.url);
      if (!platform) throw new Error('helper:markDone from a page that is not a supported site');
      // Only the privacy check's own items: a page cannot tick anything else.
      if (!platform.checklist.some((i) => i.id === itemId && i.audience === 'kids')) {
        throw new Error(`helper:markDone for an item ${platform.id} does not have`);
      }
      await progressItem.update((p) => withItem(p, platform.id, itemId, true, new Date()));
      stored.drop();
      return { ok: true };
    },
    'helper:setMinimized': async ({ minimized }, sender) => {
      if (!platformForUrl(sender.url ?? sender.tab?.url)) {
        throw new Error('helper:setMinimized from a page that is not a supported site');
      }
      await settingsItem.update((s) => ({ ...s, helper: { ...s.helper, minimized } }));
      stored.drop();
      return { ok: true };
    },
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // First: the helpers told below ask again at once, and must not get the old values.
    if (area === 'local') stored.drop();
    // An administrator's policy can change while pages are open, too.
    if (area === 'local' && Object.hasOwn(changes, 'settings')) void notifyHelpers();
    // The cache tells the helpers itself when the policy it reads is different.
    if (area === 'managed') void policy.load();
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Repairs (and keeps aside) a stored value of the wrong shape as soon as the extension starts.
    void settingsItem.get();
    // The first run, once: language, who is setting up, the family's sites, the country, a PIN.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});
