import { browser } from 'wxt/browser';

/** What the helper needs to know about its own script: whether the extension is still there. */
export interface ScriptLife {
  /** True once the extension was updated, disabled or removed; reading it is what checks. */
  readonly isInvalid: boolean;
  /** Called once, when a read of `isInvalid` first finds the extension gone. */
  onInvalidated(callback: () => void): unknown;
}

/**
 * The content script's context, in place of WXT's own (the content script's build resolves
 * `wxt/utils/content-script-context` here: tooling/content-script-context.ts). WXT's entry still
 * makes it and hands it to `main`.
 *
 * Why not WXT's: on every page load, before the script could ask for anything, WXT's context
 * dispatched an event into the page's document, listened for it and made an AbortController
 * before the script could ask for anything, and on the way to drawing the launcher its address
 * watcher made a URL and listened to the Navigation API: each the first use of a DOM interface in
 * the script's new world, which Blink pays for once per page (docs/architecture.md, "What a page
 * load costs"). And the event told any page that cared that the script had started, under a name
 * holding the extension's id. The helper needs only to learn that the extension is gone; it
 * follows the page's address itself, and only while its panel is open (helper.ts).
 */
export class ContentScriptContext implements ScriptLife {
  #invalid = false;
  readonly #whenInvalid: (() => void)[] = [];

  get isInvalid(): boolean {
    // An updated, disabled or removed extension leaves its old scripts running without an id.
    if (!this.#invalid && browser.runtime?.id == null) {
      this.#invalid = true;
      for (const callback of this.#whenInvalid.splice(0)) {
        // Each on its own: one that fails must not keep the others (a listener's removal) from running.
        try {
          callback();
        } catch {
          // Nothing to tell: the extension is gone.
        }
      }
    }
    return this.#invalid;
  }

  onInvalidated(callback: () => void): void {
    this.#whenInvalid.push(callback);
  }
}
