import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleMessages } from '@/lib/messages';
import { platformForUrl } from '@/lib/platforms/registry';
import { settingsItem } from '@/lib/storage';
import { helperViewFor } from '@/lib/view-for';
import { browserLanguages } from '@/lib/browser-languages';

export default defineBackground(() => {
  handleMessages({
    'helper:init': async (_request, sender) => {
      // The browser's record of where the sender is decides the platform.
      const platform = platformForUrl(sender.url ?? sender.tab?.url);
      if (!sender.tab || !platform) {
        throw new Error('helper:init from a page that is not a supported site');
      }
      return helperViewFor(platform, await settingsItem.get(), browserLanguages());
    },
    'helper:setMinimized': async ({ minimized }, sender) => {
      if (!platformForUrl(sender.url ?? sender.tab?.url)) {
        throw new Error('helper:setMinimized from a page that is not a supported site');
      }
      await settingsItem.update((s) => ({ ...s, helper: { ...s.helper, minimized } }));
      return { ok: true };
    },
  });
  // Repairs (and keeps aside) a stored value of the wrong shape as soon as the extension starts.
  browser.runtime.onInstalled.addListener(() => void settingsItem.get());
});
