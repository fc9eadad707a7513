import type { CheckItemView, CheckView, HelperView, LauncherView } from '@/lib/helper-view';
import { el, link } from './dom';
import { keepOpenSituations, renderGuide, renderHelp } from './guide-dom';
import { meantSecondPress } from './second-press';

export interface HelperCallbacks {
  onMinimizedChange?: (minimized: boolean) => void;
  /** "Not now" on the privacy prompt. */
  onPromptLater?: () => void;
  /** A step of the privacy check was marked done. */
  onItemDone?: (itemId: string) => void;
  /** The panel was opened or closed, by the person or by a presenter's reveal(). */
  onOpenChange?: (open: boolean) => void;
}

export interface HelperOptions {
  /** Open the panel at once (the preview page), or as soon as a view brings its words. */
  open?: boolean;
  /**
   * The panel's styles (helper-panel.css), added when the panel first opens, the prompt shows or a
   * press waits for the panel's words (they hold the prompt's and the waiting button's looks too).
   */
  panelCss?: string;
}

/** What a presenter asks the helper to show (workshop mode); a real site never calls it. */
export type HelperReveal =
  { kind: 'closed' } | { kind: 'prompt' } | { kind: 'guide'; guideId: string } | { kind: 'help'; situation?: string };

export interface HelperHandle {
  /**
   * Shows a new view (another language, say) and keeps whether the panel is open. A launcher's
   * view in the same language keeps the panel's words already there; a panel asked to open before
   * it had any opens when a view brings them.
   */
  update(view: LauncherView | HelperView): void;
  /**
   * The panel's words were asked for and did not come (a background restarting): an opening that
   * waited for them is dropped, so its button is no longer marked busy and the next press asks again.
   */
  noWords(): void;
  /** Shows one part, as if the person had opened it: the prompt, a guide, "get help". */
  reveal(target: HelperReveal): void;
  isOpen(): boolean;
  destroy(): void;
}

/** Whether a view has the panel's words, or only the launcher's (what a page load asks for). */
export function hasPanel(view: LauncherView | HelperView): view is HelperView {
  return 'help' in view;
}

type OfferWords = NonNullable<LauncherView['prompt']>;
function sameOffer(a: OfferWords, b: OfferWords | undefined): boolean {
  return b !== undefined && a.label === b.label && a.text === b.text && a.start === b.start && a.later === b.later;
}

/** The parts of a panel that keep their name across a rebuild: a guide, a situation, a helpline. */
const PART_KEYS = ['data-guide', 'data-situation', 'data-service', 'data-helpline', 'data-check'];

/**
 * In a rebuilt panel, the element that stands where `was` stood in the old one, so the keyboard
 * stays where it was: the same id (a heading), or within the same part (the same guide, the same
 * helpline: the same address recurs, a helpline's number under each situation too) the element
 * of the same kind at the same place. None that is hidden in a closed part.
 */
function sameIn(panel: HTMLElement, was: HTMLElement): HTMLElement | undefined {
  if (was.id) return panel.querySelector<HTMLElement>(`#${CSS.escape(was.id)}`) ?? undefined;
  const part = was.parentElement?.closest<HTMLElement>(PART_KEYS.map((key) => `[${key}]`).join(', '));
  const key = part && PART_KEYS.find((k) => part.hasAttribute(k));
  const oldScope: ParentNode | null | undefined = key ? part : was.closest('.mis-panel');
  const newScope: ParentNode | null = key
    ? panel.querySelector(`[${key}="${CSS.escape(part.getAttribute(key) ?? '')}"]`)
    : panel;
  const href = was.getAttribute('href');
  const kind = href ? `a[href="${CSS.escape(href)}"]` : was.classList[0] && `.${CSS.escape(was.classList[0])}`;
  if (!kind || !oldScope || !newScope) return undefined;
  const at = [...oldScope.querySelectorAll(kind)].indexOf(was);
  const found = newScope.querySelectorAll<HTMLElement>(kind)[at];
  return found && !found.parentElement?.closest('details:not([open])') ? found : undefined;
}

/**
 * What the open panel shows but the privacy check's items, which follow what is stored: a step
 * marked done changes them, and a running check keeps its own list (`check.run`).
 */
function panelContent(view: HelperView): string {
  return JSON.stringify({ ...view, minimized: undefined, prompt: undefined, check: undefined });
}

/**
 * The in-page helper: a launcher on the page's inline-end edge and, when opened, a panel beside it.
 * It is not modal: the page stays usable, Escape closes the panel and focus returns to the launcher.
 * The panel is built only when first opened, so mounting costs the page one small button.
 */
export function mountHelper(
  container: HTMLElement,
  initial: LauncherView | HelperView,
  callbacks: HelperCallbacks = {},
  options: HelperOptions = {},
): HelperHandle {
  let view: LauncherView = initial;
  // The panel's words, once a view brought them.
  let content = hasPanel(initial) ? initial : undefined;
  // Opening asked for before the panel's words came: done when they come (update()), unless
  // Escape or another press of the launcher took it back.
  let whenFull: (() => void) | undefined;
  // The button pressed for it is marked busy meanwhile (aria-busy; helper-panel.css shows a cue
  // only if the wait lasts long enough to be felt: a background the browser had to start again).
  let busyButton: HTMLElement | undefined;
  const wait = (next: (() => void) | undefined, pressed?: HTMLElement) => {
    whenFull = next;
    busyButton?.removeAttribute('aria-busy');
    busyButton = next ? pressed : undefined;
    if (busyButton) {
      stylePanel();
      busyButton.setAttribute('aria-busy', 'true');
    }
  };
  /**
   * Runs `run` now if the panel's words are here, or else when they come. `mayFocus`: at once, or
   * after the wait only if the focus is still in the helper or nowhere (focusStillHere).
   * `pressed`: the button the person pressed for it, busy while the words are on their way.
   */
  const withContent = (run: (mayFocus: boolean) => void, pressed?: HTMLElement) => {
    wait(content ? undefined : () => run(focusStillHere()), pressed);
    if (content) run(true);
  };
  // The size the person chose, until a view says the same: a view asked for as the pointer came
  // to the size button may still carry the size from before the click.
  let sizeChosen: boolean | undefined;
  /**
   * Whether an opening that waited for the panel's words may take the focus: only if it is still
   * in the helper, or nowhere (on the page's body). A person who went on to the site meanwhile
   * keeps their place.
   */
  const focusStillHere = (): boolean => {
    if (activeIn(root)) return true;
    const pageFocus = root.ownerDocument.activeElement;
    return !pageFocus || pageFocus === root.ownerDocument.body;
  };
  const full = (): HelperView => {
    if (!content) throw new Error('the panel was built before its words came');
    return content;
  };
  let open = false;
  let minimized = view.minimized;
  let panel: HTMLElement | undefined;

  const root = el('div', { class: 'mis-root' });
  const openButton = el('button', {
    type: 'button',
    class: 'mis-open',
    'aria-expanded': 'false',
    'aria-controls': 'mis-panel',
  });
  openButton.append(el('span', { class: 'mis-icon', 'aria-hidden': 'true' }));
  const sizeButton = el('button', { type: 'button', class: 'mis-size' });
  sizeButton.append(el('span', { class: 'mis-glyph', 'aria-hidden': 'true' }));
  const launcher = el('div', { class: 'mis-launcher' }, openButton, sizeButton);
  root.append(launcher);
  container.append(root);

  // Attributes only: every DOM interface a content script touches first costs it time on each page.
  // Only the ones that changed are written: a view comes again at every settings change and, with
  // the panel open, at every page change of the site, and rewriting an unchanged `style`, `lang` or
  // `dir` still makes the browser restyle the helper and render a frame of the whole page for nothing.
  function applyChrome() {
    const sizeLabel = minimized ? view.labels.restore : view.labels.minimise;
    const attributes: [HTMLElement, string, string][] = [
      [root, 'lang', view.tag],
      [root, 'dir', view.dir],
      [openButton, 'aria-label', view.labels.open],
      [openButton, 'title', view.labels.open],
      [sizeButton, 'aria-label', sizeLabel],
      [sizeButton, 'title', sizeLabel],
      [launcher, 'class', minimized ? 'mis-launcher mis-min' : 'mis-launcher'],
    ];
    // The font only matters to the panel and the prompt: a page load parses no inline style.
    if (panelStyled) attributes.push([root, 'style', `--mis-font: ${view.fontStack}; --mis-line: ${view.lineHeight}`]);
    for (const [node, name, value] of attributes) {
      if (node.getAttribute(name) !== value) node.setAttribute(name, value);
    }
  }

  let panelStyled = !options.panelCss;
  function stylePanel() {
    if (panelStyled) return;
    root.prepend(el('style', {}, options.panelCss!));
    panelStyled = true;
    applyChrome();
  }

  /**
   * The privacy prompt: a small card beside the launcher, never over the page's own controls and
   * never modal. "Check now" opens the panel at the privacy steps, with the link to the settings
   * page; "not now" puts it away for a day. Once shown it stays until answered, even when the
   * view is rebuilt (another language, another page).
   */
  let promptCard: HTMLElement | undefined;
  // The offer's words, in the language of the latest view that had them.
  let offer = initial.prompt ?? (hasPanel(initial) ? initial.offer : undefined);
  /** The words the card showing was built with. */
  let cardWords: typeof offer;
  function showPrompt() {
    const prompt = offer;
    if (!prompt) return;
    cardWords = prompt;
    stylePanel();
    const start = el('button', { type: 'button', class: 'mis-prompt-start' }, prompt.start);
    const later = el('button', { type: 'button', class: 'mis-prompt-later' }, prompt.later);
    const card = el(
      'section',
      { class: 'mis-prompt', role: 'region', 'aria-label': prompt.label },
      el('p', {}, prompt.text),
      el('p', { class: 'mis-prompt-actions' }, start, later),
    );
    start.addEventListener('click', () => {
      // The card stays until the panel opens: its button keeps the focus meanwhile, and a panel
      // whose words never come leaves the offer where it was.
      withContent((moveFocus) => {
        // The focus goes to the check below: not to the launcher on the way, which a screen
        // reader would start to read out.
        hidePrompt(moveFocus);
        const words = full();
        startCheck(words.check);
        setOpen(true, false);
        const target =
          panel?.querySelector<HTMLElement>('#mis-check-title') ??
          panel?.querySelector<HTMLElement>(`#mis-guide-${words.guides.find((g) => g.topic === 'privacy')?.id ?? ''}`);
        if (moveFocus) (target ?? panel?.querySelector<HTMLElement>('.mis-title'))?.focus();
        target?.scrollIntoView({ block: 'start' });
      }, start);
    });
    later.addEventListener('click', () => {
      hidePrompt();
      callbacks.onPromptLater?.();
      openButton.focus();
    });
    // Rebuilt (another language) while its "check now" waits: the new button carries the wait, and
    // the focus, if it was on the card, goes to the same button on the new one.
    const old = promptCard;
    const waiting = busyButton !== undefined && old?.contains(busyButton);
    const focused = old && activeIn(old);
    old?.remove();
    promptCard = card;
    root.append(card);
    if (waiting) wait(whenFull, start);
    if (focused) (focused.classList.contains('mis-prompt-later') ? later : start).focus();
  }
  /**
   * Put away without being answered ("not now", a presenter): a "check now" still waiting goes too.
   * `focusMoves`: the caller puts the focus somewhere itself right after.
   */
  function hidePrompt(focusMoves = false) {
    if (busyButton && promptCard?.contains(busyButton)) wait(undefined);
    const hadFocus = promptCard && activeIn(promptCard);
    promptCard?.remove();
    promptCard = undefined;
    // Not dropped to the page's start, where the next Tab would begin again: a presenter's next
    // step took the card from under the focus.
    if (hadFocus && !focusMoves) openButton.focus();
  }
  /** The element in `within` that has the focus, if any. */
  function activeIn(within: HTMLElement): HTMLElement | undefined {
    const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
    // Only the helper's own elements are looked for, and they are all HTML elements.
    return active && within.contains(active) ? (active as HTMLElement) : undefined;
  }

  /**
   * The privacy check, step by step: one item not yet done at a time, with its steps and the link
   * to the settings page; "done" remembers it (so it is not asked again), "skip" moves on. Where it
   * is survives a rebuild of the panel (another language, another page of the site).
   */
  const check: { active: boolean; run?: CheckView; handled: Set<string>; anyDone: boolean } = {
    active: false,
    handled: new Set<string>(),
    anyDone: false,
  };
  /**
   * A check runs on the list it started with: the stored list loses each step marked done, and a
   * view that came meanwhile (a page change, a setting) would renumber the steps ("2 of 7" to "1 of
   * 6") or, after the last one, take away "well done".
   */
  function startCheck(words: CheckView | undefined) {
    check.active = words !== undefined;
    check.run = words;
    // A new check asks every step again (a presenter starting a scenario over).
    check.handled.clear();
    check.anyDone = false;
  }
  function checkWords(): CheckView | undefined {
    return (check.active && check.run) || full().check;
  }
  function checkItems(): CheckItemView[] {
    return (checkWords()?.items ?? []).filter((i) => !check.handled.has(i.id));
  }
  function renderCheck(): HTMLElement | undefined {
    const words = checkWords();
    if (!words) return undefined;
    const heading = el('h3', { id: 'mis-check-title', class: 'mis-guide-title', tabindex: '-1' }, words.title);
    const section = el(
      'section',
      { class: 'mis-check', 'aria-labelledby': 'mis-check-title', 'data-check': '' },
      heading,
    );
    const items = checkItems();
    if (!check.active) {
      const start = el('button', { type: 'button', class: 'mis-check-start' }, words.start);
      start.addEventListener('click', () => {
        // From what is stored now: the panel is not redrawn when only the steps left change.
        startCheck(full().check);
        rebuildCheck(true);
      });
      section.append(el('p', {}, words.intro), el('p', {}, start));
      return section;
    }
    const item = items[0];
    if (!item) {
      // "Well done" only for a check in which something was done, not one skipped step by step.
      const skippedAll = check.handled.size > 0 && !check.anyDone;
      section.append(el('p', { role: 'status' }, skippedAll ? words.finishedSkipped : words.finished));
      return section;
    }
    const done = el('button', { type: 'button', class: 'mis-check-done' }, words.done);
    const skip = el('button', { type: 'button', class: 'mis-check-skip' }, words.skip);
    done.addEventListener('click', () => {
      check.handled.add(item.id);
      check.anyDone = true;
      callbacks.onItemDone?.(item.id);
      rebuildCheck(true);
    });
    skip.addEventListener('click', () => {
      check.handled.add(item.id);
      rebuildCheck(true);
    });
    const { also } = item;
    const steps = (list: string[]) =>
      list.length > 0 && el('ol', { class: 'mis-steps' }, ...list.map((step) => el('li', {}, step)));
    const parts = [
      el('p', { class: 'mis-check-position' }, item.position),
      el('h4', { class: 'mis-check-item', 'data-item': item.id }, item.title),
      el('p', {}, item.why),
      // An item that promises two things (block and report) shows both, each under its title.
      item.stepsTitle && el('h5', { class: 'mis-check-part' }, item.stepsTitle),
      steps(item.steps),
      item.mayDiffer && el('p', { class: 'mis-note' }, item.mayDiffer),
      el(
        'p',
        { class: 'mis-links' },
        item.settingsUrl && item.settingsLabel && link(item.settingsUrl, item.settingsLabel, 'mis-button-link'),
        link(item.sourceUrl, item.sourceLabel),
        el('span', { class: 'mis-checked' }, item.checkedLabel),
      ),
      also && el('h5', { class: 'mis-check-part' }, also.title),
      also && steps(also.steps),
      also?.mayDiffer && el('p', { class: 'mis-note' }, also.mayDiffer),
      also &&
        el(
          'p',
          { class: 'mis-links' },
          link(also.sourceUrl, also.sourceLabel),
          el('span', { class: 'mis-checked' }, also.checkedLabel),
        ),
      el('p', { class: 'mis-prompt-actions' }, done, skip),
    ];
    for (const part of parts) if (part) section.append(part);
    return section;
  }
  /** Replaces the check section in place; the heading takes focus so the next step is announced. */
  function rebuildCheck(focus: boolean) {
    const old = panel?.querySelector('.mis-check');
    if (!old) return;
    const next = renderCheck();
    // Nothing left to check (done meanwhile on another page): the panel's title takes the focus.
    if (!next) {
      old.remove();
      if (focus) panel?.querySelector<HTMLElement>('.mis-title')?.focus();
      return;
    }
    old.replaceWith(next);
    if (focus) next.querySelector<HTMLElement>('#mis-check-title')?.focus();
  }

  function buildPanel(): HTMLElement {
    const words = full();
    const close = el(
      'button',
      { type: 'button', class: 'mis-close', 'aria-label': view.labels.close, title: view.labels.close },
      el('span', { 'aria-hidden': 'true' }, '×'),
    );
    close.addEventListener('click', () => setOpen(false, true));
    // "Get help now" one click away, however far down the panel its section is.
    const getHelp = el('button', { type: 'button', class: 'mis-get-help', 'data-action': 'help' }, words.help.title);
    getHelp.addEventListener('click', () => {
      const target = panel?.querySelector<HTMLElement>('#mis-help-title');
      target?.focus();
      target?.scrollIntoView({ block: 'start' });
    });
    const built = el(
      'section',
      { id: 'mis-panel', class: 'mis-panel', role: 'region', 'aria-label': view.labels.panelLabel },
      // The buttons are kept together, so on a narrow panel they wrap below the title as a pair
      // and × stays at the inline end (helper-panel.css).
      el(
        'header',
        { class: 'mis-header' },
        el('h2', { class: 'mis-title', tabindex: '-1' }, view.labels.title),
        el('div', { class: 'mis-header-actions' }, getHelp, close),
      ),
      // The view lists blocking first, then reporting, then privacy.
      el(
        'div',
        { class: 'mis-body' },
        renderCheck(),
        ...words.guides.map((g) => renderGuide(g)),
        renderHelp(words.help),
      ),
    );
    // What comes under the pointer after a click is new: the next step of the check where the last
    // one was, the panel where "check now" was. The second click of a double-click (a child's
    // habit) would mark that step done, skip it, or open a settings page or source unseen. A click
    // the browser counts as a second one does nothing in the panel; key presses count as none.
    built.addEventListener(
      'click',
      (event) => {
        if (!meantSecondPress(event)) {
          event.preventDefault();
          event.stopPropagation();
        }
      },
      { capture: true },
    );
    return built;
  }

  /**
   * `moveFocus`: the person opened or closed it themselves, so focus goes into the panel (its ×) or
   * back to the launcher. A presenter's reveal() does not move it: their keys stay on their controls.
   */
  function setOpen(next: boolean, moveFocus: boolean) {
    const changed = next !== open;
    open = next;
    openButton.setAttribute('aria-expanded', String(open));
    // A presenter's step that closes the panel the focus is in (they had pressed "get help now"
    // in it): the focus goes to the launcher, not to the page's start.
    if (!open && !moveFocus && panel && activeIn(panel)) moveFocus = true;
    panel?.remove();
    panel = undefined;
    if (open) {
      stylePanel();
      // The panel answers the prompt: it has the same steps.
      hidePrompt();
      panel = buildPanel();
      root.append(panel);
      // The panel's title takes the focus: it is read out, and the next Tab is "get help now", the
      // first thing a child in trouble should reach, not the whole panel after × first.
      if (moveFocus) panel.querySelector<HTMLElement>('.mis-title')?.focus();
    } else if (moveFocus) {
      openButton.focus();
    }
    if (changed) callbacks.onOpenChange?.(open);
  }

  openButton.addEventListener('click', () => {
    if (open) setOpen(false, true);
    // A second press while the words are on their way takes the first back (not a press of the
    // launcher while the prompt's "check now" waits: that one opens the panel at its top instead).
    else if (whenFull && busyButton === openButton) wait(undefined);
    else withContent((mayFocus) => setOpen(true, mayFocus), openButton);
  });
  sizeButton.addEventListener('click', () => {
    minimized = !minimized;
    sizeChosen = minimized;
    applyChrome();
    callbacks.onMinimizedChange?.(minimized);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false, true);
    } else if (event.key === 'Escape' && whenFull) {
      event.stopPropagation();
      wait(undefined);
    }
  });

  applyChrome();
  if (options.open) withContent((mayFocus) => setOpen(true, mayFocus));
  // Due: a page load's view says so.
  if (initial.prompt) showPrompt();

  return {
    update(next) {
      // A launcher's view keeps the words only in their own language.
      const words = hasPanel(next) ? next : content?.lang === next.lang ? content : undefined;
      // What the open panel shows: the launcher's size and the prompt are not in it, nor the check's
      // steps (see startCheck), unless a check not started appears or goes.
      const panelChanged =
        open &&
        words !== undefined &&
        content !== undefined &&
        (panelContent(words) !== panelContent(content) ||
          (!check.active && Boolean(words.check) !== Boolean(content.check)));
      // A running check follows a change of language, renumbered from what is stored; with nothing
      // left to check in the new view it is over, rather than staying in the old language.
      if (check.active && words && content && words.lang !== content.lang) {
        if (words.check) check.run = words.check;
        else check.active = false;
      }
      view = next;
      content = words;
      if (sizeChosen === next.minimized) sizeChosen = undefined;
      minimized = sizeChosen ?? next.minimized;
      applyChrome();
      // In the new language if it is showing. A panel's view only words it (only a page load's
      // view starts it: helper-handlers.ts); a view without its words does not take it away.
      const offerWords = hasPanel(next) ? next.offer : next.prompt;
      if (offerWords) offer = offerWords;
      // Rebuilt only for other words: the panel's words come as the pointer reaches the card, and
      // a button replaced between a press and its release takes no click, so "check now" did
      // nothing on a slow page.
      if (promptCard && offerWords && !sameOffer(offerWords, cardWords)) showPrompt();
      // Only when its words changed: rebuilding loses where the person had scrolled to.
      if (panelChanged) {
        // Rebuild in the new language without moving focus away from the panel: back to the
        // situation the person was reading (kept open), to what stands where the focus was, or
        // else to the close button.
        const active = panel && activeIn(panel);
        const hadFocus = active !== undefined;
        const reading = active?.closest('details[data-situation]')?.getAttribute('data-situation');
        const old = panel;
        panel = buildPanel();
        keepOpenSituations(old, panel);
        old?.remove();
        root.append(panel);
        const summary = reading
          ? panel.querySelector<HTMLElement>(`details[data-situation="${CSS.escape(reading)}"] > summary`)
          : null;
        if (hadFocus)
          (summary ?? (active && sameIn(panel, active)) ?? panel.querySelector<HTMLElement>('.mis-close'))?.focus();
      }
      if (content && whenFull) {
        const run = whenFull;
        wait(undefined);
        run();
      }
    },
    reveal(target) {
      if (target.kind === 'closed' || target.kind === 'prompt') {
        if (open) setOpen(false, false);
        if (target.kind === 'prompt') showPrompt();
        else hidePrompt();
        return;
      }
      withContent(() => reveal(target));
    },
    noWords() {
      wait(undefined);
    },
    isOpen: () => open,
    destroy() {
      root.remove();
    },
  };

  function reveal(target: Exclude<HelperReveal, { kind: 'closed' } | { kind: 'prompt' }>) {
    if (!open) setOpen(true, false);
    const id = target.kind === 'guide' ? `mis-guide-${target.guideId}` : 'mis-help-title';
    let shown = panel?.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (target.kind === 'help' && target.situation) {
      const details = panel?.querySelector<HTMLDetailsElement>(`[data-situation="${CSS.escape(target.situation)}"]`);
      if (details) {
        details.open = true;
        // The situation's own steps and helpline button, not the top of "get help now", which is
        // a screen or more above them.
        shown = details;
      }
    }
    // Scrolled to, not focused: the presenter's keys stay with the presenter's controls. At once
    // (no smooth scrolling), so nothing moves for people who turned motion down.
    shown?.scrollIntoView({ block: 'start' });
  }
}
