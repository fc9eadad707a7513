import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountHelper, type HelperHandle } from '@/components/helper-ui';
import { request } from '@/lib/message-client';
import { pagePath } from '@/lib/page-path';
import { isSettingsChanged } from '@/lib/helper-events';
import { oneAtATime } from '@/lib/one-at-a-time';
import { createShadowHost } from './shadow-host';
import type { HelperView } from '@/lib/helper-view';
import css from '@/components/helper.css?inline';
import panelCss from '@/components/helper-panel.css?inline';

/** A page that keeps removing the helper gets it back at most this often per page load. */
export const MAX_REMOUNTS = 3;

const HOST_NAME = 'make-it-safe-helper';

/**
 * Shown only while the content script's stylesheet (running.css) is in the page: a browser that
 * unloads the extension takes it out, and the helper goes with it, even where no script of ours can
 * run any more (Firefox). After helper.css's own display rule, so it wins.
 */
const SHOWN_WHILE_RUNNING = ':host { display: var(--mis-running, none) !important; }';

/** `'off'`: turned off on this site; undefined: no answer (the extension was updated or disabled). */
async function fetchView(): Promise<HelperView | 'off' | undefined> {
  try {
    // The background answers only for a supported site, so no list of sites is needed here.
    const reply = await request('helper:init', { path: pagePath(location.pathname) });
    return 'off' in reply ? 'off' : reply;
  } catch {
    return undefined;
  }
}

export async function startHelper(ctx: ContentScriptContext): Promise<void> {
  const first = await fetchView();
  if (first === undefined || ctx.isInvalid) return;
  // Turned off here: wait, quietly, in case a parent turns it back on while the page is open.
  let view: HelperView | undefined = first === 'off' ? undefined : first;

  let handle: HelperHandle | undefined;
  // A helper left by an unloaded copy of this script (Firefox, after an update) is taken away.
  for (const old of [...document.getElementsByTagName(HOST_NAME)]) old.remove();
  const ui = createShadowHost(HOST_NAME, css + SHOWN_WHILE_RUNNING);
  const callbacks = {
    onMinimizedChange: (minimized: boolean) => {
      void request('helper:setMinimized', { minimized }).catch(() => undefined);
    },
    onPromptLater: () => {
      void request('helper:snoozePrompt', {}).catch(() => undefined);
    },
    onItemDone: (itemId: string) => {
      void request('helper:markDone', { itemId }).catch(() => undefined);
    },
  };
  // Built before the host joins the page, so the page's document changes once.
  const mount = () => {
    handle?.destroy();
    handle = mountHelper(ui.container, view!, callbacks, { panelCss });
    ui.mount();
  };
  const remove = () => {
    handle?.destroy();
    handle = undefined;
    ui.remove();
  };
  // An updated or disabled extension leaves no stale helper behind on open tabs. Chromium tells the
  // old script nothing: it learns it when it next asks (reading ctx.isInvalid checks). So it asks
  // when the person comes back to the tab (an extension is turned off or updated from another
  // page, the extensions page or the store), when the pointer or the focus reaches the helper, and
  // before a click or key press does anything a gone extension can't keep (onApproach, below).
  // Nothing is polled.
  ctx.onInvalidated(remove);
  const checkAlive = () => void ctx.isInvalid;
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') checkAlive();
  });
  ctx.addEventListener(window, 'focus', checkAlive);
  if (view) mount();

  // One request at a time: a page that changes its address thousands of times cannot make the
  // helper flood the background.
  const refresh = oneAtATime(async () => {
    const next = await fetchView();
    if (next === undefined || ctx.isInvalid) return;
    if (next === 'off') {
      view = undefined;
      if (ui.host.isConnected) remove();
      return;
    }
    view = next;
    if (handle) handle.update(next);
    else mount();
  });

  // A page change with the panel closed changes nothing the page shows: only which guides the
  // panel puts first. Asking then cost each page change about 1.3 ms of the page's main thread
  // (the view's trip and its words), so the helper asks when someone is about to open it instead:
  // the pointer on it, the focus in it, a press, or a click alone (a screen reader's). The panel
  // opened before the answer comes is redrawn with it.
  let stale = false;
  const freshen = () => {
    stale = false;
    refresh();
  };
  // Someone is about to use the helper: a gone extension's helper goes (reading ctx.isInvalid
  // checks), a live one asks for the view it skipped. One listener per kind of event, on the
  // container, inside the root: a pointer moving from one of the helper's buttons to another is not
  // seen from outside it (both ends retarget to the host).
  const onApproach = () => {
    if (!ctx.isInvalid && stale) freshen();
  };
  for (const type of ['pointerover', 'focusin', 'pointerdown', 'keydown', 'click']) {
    ui.container.addEventListener(type, onApproach, { capture: true });
  }

  let remounts = 0;
  let lastHref = location.href;
  // Single-page navigation: the one helper stays; it is put back only if the page removed it,
  // and only a few times, so a page that keeps removing it cannot start a loop.
  const followNavigation = () => {
    // The event's name is public (it holds the extension id), so a page can fire it: only an
    // address that really changed counts, or a page could keep rebuilding the open panel.
    if (ctx.isInvalid || location.href === lastHref) return;
    lastHref = location.href;
    if (view && !ui.host.isConnected && remounts < MAX_REMOUNTS) {
      remounts += 1;
      mount();
    }
    // A new page (a profile, a settings page) puts other guides first.
    if (handle?.isOpen()) freshen();
    else stale = true;
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // The event comes as the page starts its navigation, so the new address is read a task later.
    // Not ctx.setTimeout: it adds a listener to the context for every call and never takes it
    // away (one per page change, found by the bench's 200 navigations).
    setTimeout(followNavigation, 0);
  });

  // A language or country chosen in the popup applies here at once: the background says so.
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isSettingsChanged(message)) return;
    freshen();
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
