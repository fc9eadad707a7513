import type { Handlers } from './messages';
import { cachedRead, type CachedRead } from './cached-read';
import { applyPolicy, type ManagedPolicy } from './managed';
import { pageKindFor, platformForUrl } from './platforms/registry';
import { progressItem, promptsItem, settingsItem, type Progress, type Prompts, type Settings } from './storage';
import { withItem } from './progress';
import { isPromptDue, kidsItemsLeft, markShown, snooze } from './prompt-schedule';
import { helperViewFor } from './view-for';
import { launcherPart } from './helper-view';
import { browserLanguages } from './browser-languages';

/** The three stored values every helper:init reads, read once and kept until dropped. */
export function storedForHelpers(): CachedRead<readonly [Settings, Prompts, Progress]> {
  return cachedRead(() => Promise.all([settingsItem.get(), promptsItem.get(), progressItem.get()] as const));
}

export interface HelperHandlerDeps {
  /** The three stored values every helper:init reads, kept between requests (cached-read.ts). */
  stored: CachedRead<readonly [Settings, Prompts, Progress]>;
  /** The administrator's policy as the background last read it (managed.ts, PolicyCache). */
  policy: { current(): ManagedPolicy; settled(): Promise<void> };
  now?: () => Date;
}

/**
 * What the background answers the helpers on the supported sites. The browser's record of where
 * the sender is decides the platform, never the message; each handler writes through the storage
 * items' locked update, so a change made at the same moment on another page is kept.
 */
export function helperHandlers({ stored, policy, now = () => new Date() }: HelperHandlerDeps): Handlers {
  return {
    'helper:init': async ({ path, panel }, sender) => {
      const url = sender.url ?? sender.tab?.url;
      const platform = platformForUrl(url);
      if (!sender.tab || !platform || !url) {
        throw new Error('helper:init from a page that is not a supported site');
      }
      // The page the helper is on now (single-page sites change it without a reload) decides
      // which guides come first; the site itself is still the one the browser reports.
      // On the site's own origin whatever the path says: `//elsewhere/p` is a path here, not a host.
      const here = path ? new URL(new URL(url).origin + path).href : url;
      // Just after the background starts, the policy is waited for as long as the pages wait for
      // it, so a site the school turned the helper off on does not show it for a moment.
      const [[storedSettings, storedPrompts, progress]] = await Promise.all([stored.get(), policy.settled()]);
      const { settings } = applyPolicy(storedSettings, storedPrompts, policy.current());
      // A parent (or the school's policy) turned the helper off on this site.
      if (settings.helper.offSites.includes(platform.id)) return { off: true } as const;
      const today = now();
      const itemsLeft = kidsItemsLeft(platform, progress).length;
      // Offered on a page load only, which the helper answers by mounting, offer and all; a panel's
      // request (a settings change, another page of the site) never starts it, so "shown" is never
      // written for an offer nobody sees. Child mode only: an educator demonstrating does not get
      // the reminder.
      const due = (current: Prompts) =>
        !panel &&
        settings.role !== 'educator' &&
        isPromptDue(today, applyPolicy(storedSettings, current, policy.current()).prompts, platform.id, itemsLeft);
      let prompt = due(storedPrompts);
      if (prompt) {
        // Shown now, so not again within the period, whatever the person does with it. Decided
        // again on what is stored, in the same locked step as the writing: tabs of the site loading
        // together (a restored session) get one offer between them, not one each. Only the date
        // is written, onto what is stored: the policy's values must never become the family's own.
        prompt = false;
        await promptsItem.update((current) => {
          if (!due(current)) return current;
          prompt = true;
          return markShown(current, platform.id, today);
        });
        stored.drop();
      }
      const view = await helperViewFor(
        platform,
        settings,
        browserLanguages(),
        pageKindFor(platform, here),
        prompt,
        progress[platform.id],
      );
      return panel ? view : launcherPart(view);
    },
    'helper:snoozePrompt': async (_request, sender) => {
      const platform = platformForUrl(sender.url ?? sender.tab?.url);
      if (!platform) throw new Error('helper:snoozePrompt from a page that is not a supported site');
      await promptsItem.update((p) => snooze(p, platform.id, now()));
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
      await progressItem.update((p) => withItem(p, platform.id, itemId, true, now()));
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
  };
}
