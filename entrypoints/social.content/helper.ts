import { browser, type Browser } from 'wxt/browser';
import { mountHelper, type HelperHandle } from '@/components/helper-ui';
import { request } from '@/lib/message-client';
import { pagePath } from '@/lib/page-path';
import { isSettingsChanged } from '@/lib/helper-events';
import { oneAtATime } from '@/lib/one-at-a-time';
import { createShadowHost } from './shadow-host';
import { watchAddress } from './address-watch';
import type { ScriptLife } from './script-context';
import type { HelperView, LauncherView } from '@/lib/helper-view';
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

/**
 * `'off'`: turned off on this site; undefined: no answer (the extension was updated or disabled).
 * `panel`: with the panel's words, for this page of the site. Without, the launcher's, for the
 * page the browser reports: a page load's own.
 */
async function fetchView(panel: boolean): Promise<LauncherView | HelperView | 'off' | undefined> {
  try {
    // The background answers only for a supported site, so no list of sites is needed here.
    const reply = await request('helper:init', panel ? { path: pagePath(location.pathname), panel } : {});
    return 'off' in reply ? 'off' : reply;
  } catch {
    return undefined;
  }
}

export async function startHelper(life: ScriptLife): Promise<void> {
  // The address the panel's words were asked for: the guides they put first are this page's. None
  // yet: a page load asks only for the launcher, whose guides come when someone is about to open
  // it (onApproach, below). The panel's words are most of the view: about 19 KB a page load would
  // receive and keep for nothing, most times.
  let lastHref: string | undefined;
  // A helper left by an unloaded copy of this script (Firefox, after an update) is taken away
  // first: this script's stylesheet shows it again, and it must go even if no answer comes.
  // Chromium never starts a script in a page that is already open, so there is none to find.
  if (import.meta.env.FIREFOX) for (const old of [...document.getElementsByTagName(HOST_NAME)]) old.remove();
  const first = await fetchView(false);
  if (first === undefined || life.isInvalid) return;
  // Turned off here: wait, quietly, in case a parent turns it back on while the page is open.
  let view: LauncherView | HelperView | undefined = first === 'off' ? undefined : first;

  let handle: HelperHandle | undefined;
  let remounts = 0;
  // The page took it out more times than it is put back: it stays out until the page is reloaded.
  let gaveUp = false;
  // A page that takes the helper out gets it back at once, but only a few times per page load, so
  // a page that keeps removing it cannot start a loop. Only the host goes back: what is inside it,
  // out of the page's reach, is as the person left it (the panel open, a press waiting for the
  // panel's words, where the privacy check got to, the size they chose).
  const putBack = () => {
    if (view && remounts < MAX_REMOUNTS && !life.isInvalid) {
      remounts += 1;
      if (handle) ui.mount();
      else mount();
    } else {
      gaveUp = true;
      remove();
    }
  };
  const ui = createShadowHost(HOST_NAME, css + SHOWN_WHILE_RUNNING, putBack);

  // One request at a time: a page that changes its address thousands of times cannot make the
  // helper flood the background.
  const refresh = oneAtATime(async (queued) => {
    lastHref = location.href;
    const next = await fetchView(true);
    if (life.isInvalid) return;
    if (next === undefined) {
      // No answer from a background that is still there (restarting, say): the next approach or
      // click asks again, rather than leave a launcher that waits for words that never come. A
      // press that was waiting for them is dropped, so its button is no longer marked busy,
      // unless another request (a settings change meanwhile) is already on its way.
      lastHref = undefined;
      if (!queued()) handle?.noWords();
      return;
    }
    if (next === 'off') {
      view = undefined;
      // Also a host still waiting for <body>: it must not join the page later.
      remove();
      return;
    }
    view = next;
    ui.recheck();
    if (handle) handle.update(next);
    else if (!gaveUp) mount();
  });
  // A settings change (the background says so) or a new page with the panel open: asked at once.
  // A new page with the panel closed changes nothing the page shows, only which guides the panel
  // puts first, so nothing follows the address then: asking on each page change cost it about
  // 1.3 ms of the page's main thread, and watching the address cost every page load. The helper
  // looks at the address when someone is about to open it instead (onApproach, below).
  const addressMoved = () => {
    if (location.href === lastHref) return false;
    lastHref = location.href;
    return true;
  };
  let stopFollowing: (() => void) | undefined;
  const following = (open: boolean) => {
    stopFollowing?.();
    stopFollowing = open
      ? watchAddress(() => {
          if (!life.isInvalid && addressMoved()) refresh();
        })
      : undefined;
  };

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
    onOpenChange: following,
  };
  // Built before the host joins the page, so the page's document changes once.
  function mount() {
    handle?.destroy();
    following(false);
    handle = mountHelper(ui.container, view!, callbacks, { panelCss });
    ui.mount();
  }
  function remove() {
    handle?.destroy();
    handle = undefined;
    following(false);
    ui.remove();
  }
  // An updated or disabled extension leaves no stale helper behind on open tabs. Chromium tells the
  // old script nothing: it learns it when it next asks (reading life.isInvalid checks). So it asks
  // when the person comes back to the tab (an extension is turned off or updated from another
  // page, the extensions page or the store), at their first press of a button or a key anywhere in
  // the page (the open panel also at a page change), when the pointer or the focus reaches the
  // helper, and before a click or key press on it does anything a gone extension can't keep
  // (onApproach, below). Nothing is polled; the page's own events only read one property.
  const checkAlive = () => void life.isInvalid;
  const onVisible = () => {
    if (document.visibilityState === 'visible') checkAlive();
  };
  // Presses are seen as they come down, so a page that stops them on the way up still tells.
  const pressed = { capture: true, passive: true };
  const watched = [
    [document, 'visibilitychange', onVisible, {}],
    [window, 'focus', checkAlive, {}],
    [document, 'pointerdown', checkAlive, pressed],
    [document, 'keydown', checkAlive, pressed],
  ] as const;
  for (const [target, type, listener, options] of watched) target.addEventListener(type, listener, options);
  life.onInvalidated(() => {
    remove();
    for (const [target, type, listener, options] of watched) target.removeEventListener(type, listener, options);
  });
  if (view) mount();

  // Someone is about to use the helper (the pointer on it, the focus in it, a press, or a click
  // alone: a screen reader's): a gone extension's helper goes (reading life.isInvalid checks); the
  // first time, or on a page its words were not asked for, the helper asks for the panel's words
  // now. A panel opened before they come opens when they come (a few milliseconds with the
  // background running; the pointer or the focus usually arrives well before the click or key;
  // longer when the browser has to start the background again), or is redrawn with them. One
  // listener per kind of event, on the container, inside the root: a pointer moving from one of the
  // helper's buttons to another is not seen from outside it (both ends retarget to the host).
  const onApproach = () => {
    if (!life.isInvalid && addressMoved()) refresh();
  };
  for (const type of ['pointerover', 'focusin', 'pointerdown', 'keydown', 'click']) {
    ui.container.addEventListener(type, onApproach, { capture: true });
  }

  // A language or country chosen in the popup applies here at once: the background says so.
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isSettingsChanged(message)) return;
    refresh();
  };
  browser.runtime.onMessage.addListener(onMessage);
  life.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
