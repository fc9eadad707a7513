import type { HelperView } from '@/lib/helper-view';
import { el } from './dom';
import { renderGuide, renderHelp } from './guide-dom';

export interface HelperCallbacks {
  onMinimizedChange?: (minimized: boolean) => void;
  /** "Not now" on the privacy prompt. */
  onPromptLater?: () => void;
}

export interface HelperOptions {
  /** Open the panel at once (the preview page). */
  open?: boolean;
  /** The panel's styles, added when it first opens (helper-panel.css). */
  panelCss?: string;
}

export interface HelperHandle {
  /** Shows a new view (another language, say) and keeps whether the panel is open. */
  update(view: HelperView): void;
  isOpen(): boolean;
  destroy(): void;
}

/**
 * The in-page helper: a launcher on the page's inline-end edge and, when opened, a panel beside it.
 * It is not modal: the page stays usable, Escape closes the panel and focus returns to the launcher.
 * The panel is built only when first opened, so mounting costs the page one small button.
 */
export function mountHelper(
  container: HTMLElement,
  initial: HelperView,
  callbacks: HelperCallbacks = {},
  options: HelperOptions = {},
): HelperHandle {
  let view = initial;
  let open = false;
  let minimized = view.minimized;
  let panel: HTMLElement | undefined;

  const root = el('div', { class: 'mis-root' });
  const openButton = el('button', { type: 'button', class: 'mis-open', 'aria-expanded': 'false', 'aria-controls': 'mis-panel' });
  openButton.append(el('span', { class: 'mis-icon', 'aria-hidden': 'true' }));
  const sizeButton = el('button', { type: 'button', class: 'mis-size' });
  sizeButton.append(el('span', { class: 'mis-glyph', 'aria-hidden': 'true' }));
  const launcher = el('div', { class: 'mis-launcher' }, openButton, sizeButton);
  root.append(launcher);
  container.append(root);

  // Attributes only: every DOM interface a content script touches first costs it time on each page.
  function applyChrome() {
    root.setAttribute('lang', view.tag);
    root.setAttribute('dir', view.dir);
    root.setAttribute('style', `--mis-font: ${view.fontStack}; --mis-line: ${view.lineHeight}`);
    openButton.setAttribute('aria-label', view.labels.open);
    openButton.setAttribute('title', view.labels.open);
    const sizeLabel = minimized ? view.labels.restore : view.labels.minimise;
    sizeButton.setAttribute('aria-label', sizeLabel);
    sizeButton.setAttribute('title', sizeLabel);
    sizeButton.setAttribute('aria-pressed', String(minimized));
    launcher.setAttribute('class', minimized ? 'mis-launcher mis-min' : 'mis-launcher');
  }

  let panelStyled = !options.panelCss;
  function stylePanel() {
    if (panelStyled) return;
    root.prepend(el('style', {}, options.panelCss!));
    panelStyled = true;
  }

  /**
   * The privacy prompt: a small card beside the launcher, never over the page's own controls and
   * never modal. "Check now" opens the panel at the privacy steps, with the link to the settings
   * page; "not now" puts it away for a day. Once shown it stays until answered, even when the
   * view is rebuilt (another language, another page).
   */
  let promptCard: HTMLElement | undefined;
  function showPrompt() {
    const prompt = view.prompt;
    if (!prompt) return;
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
      hidePrompt();
      setOpen(true, false);
      const privacy = view.guides.find((g) => g.topic === 'privacy');
      const heading = privacy && panel?.querySelector<HTMLElement>(`#mis-guide-${privacy.id}`);
      if (heading) {
        heading.focus();
        heading.scrollIntoView({ block: 'start' });
      }
    });
    later.addEventListener('click', () => {
      hidePrompt();
      callbacks.onPromptLater?.();
      openButton.focus();
    });
    promptCard?.remove();
    promptCard = card;
    root.append(card);
  }
  function hidePrompt() {
    promptCard?.remove();
    promptCard = undefined;
  }

  function buildPanel(): HTMLElement {
    const close = el('button', { type: 'button', class: 'mis-close', 'aria-label': view.labels.close, title: view.labels.close }, el('span', { 'aria-hidden': 'true' }, '×'));
    close.addEventListener('click', () => setOpen(false, true));
    // "Get help now" one click away, however far down the panel its section is.
    const getHelp = el('button', { type: 'button', class: 'mis-get-help', 'data-action': 'help' }, view.help.title);
    getHelp.addEventListener('click', () => {
      const target = panel?.querySelector<HTMLElement>('#mis-help-title');
      target?.focus();
      target?.scrollIntoView({ block: 'start' });
    });
    return el(
      'section',
      { id: 'mis-panel', class: 'mis-panel', role: 'region', 'aria-label': view.labels.panelLabel },
      el('header', { class: 'mis-header' }, el('h2', { class: 'mis-title' }, view.labels.title), getHelp, close),
      // The view lists blocking first, then reporting, then privacy.
      el('div', { class: 'mis-body' }, ...view.guides.map((g) => renderGuide(g)), renderHelp(view.help)),
    );
  }

  function setOpen(next: boolean, returnFocus: boolean) {
    open = next;
    openButton.setAttribute('aria-expanded', String(open));
    panel?.remove();
    panel = undefined;
    if (open) {
      stylePanel();
      // The panel answers the prompt: it has the same steps.
      hidePrompt();
      panel = buildPanel();
      root.append(panel);
      panel.querySelector<HTMLElement>('.mis-close')?.focus();
    } else if (returnFocus) {
      openButton.focus();
    }
  }

  openButton.addEventListener('click', () => setOpen(!open, true));
  sizeButton.addEventListener('click', () => {
    minimized = !minimized;
    applyChrome();
    callbacks.onMinimizedChange?.(minimized);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false, true);
    }
  });

  applyChrome();
  if (options.open) setOpen(true, false);
  showPrompt();

  return {
    update(next) {
      view = next;
      minimized = next.minimized;
      applyChrome();
      // In the new language if it is showing; a view without one does not take it away.
      if (promptCard && next.prompt) showPrompt();
      if (open) {
        // Rebuild in the new language without moving focus away from the panel.
        const hadFocus = panel?.contains(root.getRootNode() instanceof ShadowRoot ? (root.getRootNode() as ShadowRoot).activeElement : document.activeElement);
        panel?.remove();
        panel = buildPanel();
        root.append(panel);
        if (hadFocus) panel.querySelector<HTMLElement>('.mis-close')?.focus();
      }
    },
    isOpen: () => open,
    destroy() {
      root.remove();
    },
  };
}
