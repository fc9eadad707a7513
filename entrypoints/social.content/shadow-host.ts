/**
 * The helper's place in the page: one element after <body>, as the last child of <html>, holding a
 * closed shadow root with the helper's styles and a container. Written here rather than taken from
 * WXT's createShadowRootUi, which also brings an element-waiting library, a CSS splitter and an
 * anchor resolver that this one fixed element never needs: each costs the page time on every load.
 *
 * After <body> rather than inside it: the page's own `body > :last-child` (or `:nth-last-child`)
 * rules keep matching what they matched, and a page that replaces its body keeps the helper. It is
 * still after all of the page's content, so it comes last in the Tab order and to screen readers.
 */
export interface ShadowHost {
  /** The element the page sees; nothing inside it is reachable from the page. */
  readonly host: HTMLElement;
  /** Where the helper renders, inside the closed root. */
  readonly container: HTMLElement;
  /**
   * Puts the host after <body> (again, if the page removed it). The script starts before the page
   * is parsed, so <body> may not exist yet: then the host joins the page as soon as the parser
   * makes it, before the page's first frame, rather than ahead of everything the page will add.
   */
  mount(): void;
  remove(): void;
  /**
   * Looks again, as the observer does on its own: a page can move the host into <body> and take it
   * out there, where the observer does not look.
   */
  recheck(): void;
}

/**
 * `onRemoved`: the page took the mounted host out (a site that rebuilds its document, or a hostile
 * one). Called once per removal; whether to put it back is the caller's choice.
 */
export function createShadowHost(name: string, css: string, onRemoved?: () => void): ShadowHost {
  const host = document.createElement(name);
  // Closed: the page cannot reach the helper through host.shadowRoot.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Keys pressed on the helper do not reach the site's keyboard shortcuts, which listen as the key
  // bubbles up. A page listening as it comes down (capture, on window) still sees it, aimed at the
  // host: no page can be kept from that (PRIVACY.md says what a site can tell).
  const stop = (event: Event) => event.stopPropagation();
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, stop);
  // Where the focus is in the helper, so that a page that takes the host out and gets it back does
  // not leave a keyboard user on the page's <body>. Chromium tells the focus left as the host goes
  // (a focusout in the same task as the removal, before the observer hears of it), Firefox says
  // nothing: so a focusout forgets the place only once its task is over, and only if the focus
  // has not come back.
  let lastFocus: HTMLElement | undefined;
  let focusInside = false;
  shadow.addEventListener('focusin', (event) => {
    focusInside = true;
    lastFocus = event.target as HTMLElement;
  });
  shadow.addEventListener('focusout', () => {
    focusInside = false;
    setTimeout(() => {
      if (!focusInside) lastFocus = undefined;
    }, 0);
  });
  const refocus = () => {
    const pageFocus = document.activeElement;
    // Only if the focus went nowhere: a page that moved it somewhere of its own keeps it there.
    if (lastFocus?.isConnected && (!pageFocus || pageFocus === document.body)) lastFocus.focus({ preventScroll: true });
  };

  // Mounted and not taken away by remove(): the host belongs in the page.
  let wanted = false;
  // Waiting for the parser's <body>, in the page, or taken out by the page.
  let state: 'waiting' | 'placed' | 'removed' = 'waiting';
  const place = (): boolean => {
    const html = document.documentElement;
    if (!html || !document.body) return false;
    html.append(host);
    // Back after the page took it out: the focus goes back where it was. (Nothing to do the first time.)
    refocus();
    state = 'placed';
    return true;
  };
  // One observer for the host's whole life, on <html>'s own children and the document's: first
  // to see the parser make <body> (two callbacks, <head> then <body>, each in the parser's task,
  // so the host is in place before anything is rendered), then to see the page take the host
  // away. A page's changes inside <body> never reach it.
  let watcher: MutationObserver | undefined;
  const recheck = () => {
    if (!wanted || host.isConnected) return;
    if (state === 'waiting') {
      // A page that replaced <html> while the parser ran: the new one is watched too.
      if (!place()) watch();
    } else if (state === 'placed') {
      state = 'removed';
      onRemoved?.();
    }
  };
  const watch = () => {
    watcher ??= new MutationObserver(recheck);
    watcher.observe(document, { childList: true });
    if (document.documentElement) watcher.observe(document.documentElement, { childList: true });
  };
  return {
    host,
    container,
    recheck,
    mount() {
      wanted = true;
      if (!host.isConnected && !place()) state = 'waiting';
      watch();
    },
    remove() {
      wanted = false;
      lastFocus = undefined;
      watcher?.disconnect();
      watcher = undefined;
      host.remove();
    },
  };
}
