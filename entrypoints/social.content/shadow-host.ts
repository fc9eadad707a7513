/**
 * The helper's place in the page: one element at the end of <body> holding a closed shadow root
 * with the helper's styles and a container. Written here rather than taken from WXT's
 * createShadowRootUi, which also brings an element-waiting library, a CSS splitter and an
 * anchor resolver that this one fixed element never needs: each costs the page time on every load.
 */
export interface ShadowHost {
  /** The element the page sees; nothing inside it is reachable from the page. */
  readonly host: HTMLElement;
  /** Where the helper renders, inside the closed root. */
  readonly container: HTMLElement;
  /** Puts the host at the end of <body> (again, if the page removed it). */
  mount(): void;
  remove(): void;
}

export function createShadowHost(name: string, css: string): ShadowHost {
  const host = document.createElement(name);
  // Closed: the page cannot reach the helper through host.shadowRoot.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Keys pressed on the helper do not reach the site's own keyboard shortcuts.
  const stop = (event: Event) => event.stopPropagation();
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, stop);
  return {
    host,
    container,
    mount: () => document.body.append(host),
    remove: () => host.remove(),
  };
}
