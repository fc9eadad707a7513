/**
 * The display checks both suites run inside a page (Playwright's and puppeteer's evaluate send a
 * function's source, so each function here is self-contained). `installDisplayHelpers` runs first,
 * once per page load, and gives the others `window.__display`.
 */

/** Helpers the checks use inside the page. */
export interface InPage {
  /** Every element, including those inside open shadow roots (the helper's). */
  all(): Element[];
  /** A short name for a report: tag, id and classes. */
  name(el: Element): string;
  /** Shown on screen: rendered, with a box. */
  shown(el: Element): boolean;
}
declare global {
  interface Window {
    __display: InPage;
  }
}

export function installDisplayHelpers(): void {
  window.__display = {
    all() {
      const out: Element[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          out.push(el);
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      return out;
    },
    name(el) {
      return `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    },
    shown(el) {
      const style = getComputedStyle(el);
      return style.display !== 'none' && style.visibility !== 'hidden' && el.getClientRects().length > 0;
    },
  };
}

/** Everything a person can click, tap or reach with Tab. */
export const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"]';

/**
 * In the page and its open shadow roots: each shown control matching `selector` that has no visible
 * edge (a box that only a background colour marks disappears when the system replaces every
 * background with one colour) or shows no focus ring of 2 px or more when focused. `focused`
 * counts the controls whose ring was looked at. Press a key first: focus moved by script then shows
 * its ring, as after Tab.
 */
export function forcedColourProblems(selector: string): { problems: string[]; focused: number } {
  const { all, name: label, shown } = window.__display;
  const hasBorder = (s: CSSStyleDeclaration) =>
    ['top', 'right', 'bottom', 'left'].some(
      (side) =>
        !['none', 'hidden'].includes(s.getPropertyValue(`border-${side}-style`)) &&
        parseFloat(s.getPropertyValue(`border-${side}-width`)) >= 1 &&
        s.getPropertyValue(`border-${side}-color`) !== s.backgroundColor,
    );
  // Checkboxes, radio buttons and the file input's button are drawn by the browser in system colours.
  const boxed =
    'button, select, input:not([type="checkbox"]):not([type="radio"]):not([type="file"]), textarea, a.button-link, a.mis-button-link';
  const out: string[] = [];
  let focused = 0;
  for (const el of all()) {
    if (!(el instanceof HTMLElement) || !shown(el) || !el.matches(selector) || el.closest('[inert]')) continue;
    if (el.matches(boxed) && !hasBorder(getComputedStyle(el))) out.push(`${label(el)} has no visible border`);
    if ((el as HTMLButtonElement).disabled) continue;
    el.focus();
    const root = el.getRootNode() as Document | ShadowRoot;
    if (root.activeElement !== el) continue;
    focused++;
    const s = getComputedStyle(el);
    if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2)
      out.push(`${label(el)} has no focus ring (${s.outlineStyle} ${s.outlineWidth})`);
  }
  return { problems: [...new Set(out)], focused };
}

/** The helper's launcher as forced colours draw it: its edge, and its shield against its button. */
export function launcherLook(): {
  border: number;
  borderColour: string;
  background: string;
  icon: string;
  button: string;
} {
  const root = [...document.querySelectorAll('#app, make-it-safe-helper')].find((h) => h.shadowRoot)!.shadowRoot!;
  const s = (sel: string) => getComputedStyle(root.querySelector(sel)!);
  return {
    border: parseFloat(s('.mis-launcher').borderTopWidth),
    borderColour: s('.mis-launcher').borderTopColor,
    background: s('.mis-launcher').backgroundColor,
    icon: s('.mis-icon').backgroundColor,
    button: s('.mis-open').backgroundColor,
  };
}

/**
 * Reflow, at 200% and 400% zoom (a narrow window in CSS pixels). Returns what breaks reflow: the page scrolling sideways (named by the outermost elements that
 * reach past the window's edge), a box that cuts or scrolls its content sideways, and text outside
 * the window. `paper` names printed sheets at their real size, which are exempt (WCAG 1.4.10 allows
 * content whose meaning needs a two-dimensional layout, and a page of paper is one).
 */
export function reflowProblems(paper: string | undefined): string[] {
  const { all, name, shown } = window.__display;
  const inPaper = (el: Element) => paper !== undefined && el.closest(paper) !== null;
  const out: string[] = [];
  const vw = document.documentElement.clientWidth;
  // The paper sheets are taken out of the flow, so only the rest of the page is measured.
  const sheets = paper ? [...document.querySelectorAll<HTMLElement>(paper)] : [];
  sheets.forEach((s) => (s.style.display = 'none'));
  if (document.documentElement.scrollWidth > vw + 1) {
    const wide = all().filter((el) => {
      const r = el.getBoundingClientRect();
      const parent = el.parentElement?.getBoundingClientRect();
      const inside = (b: DOMRect) => b.right <= vw + 1 && b.left >= -1;
      return shown(el) && !inside(r) && parent !== undefined && inside(parent);
    });
    out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw} (${wide.map(name).join(', ')})`);
  }
  sheets.forEach((s) => (s.style.display = ''));
  for (const el of all()) {
    if (inPaper(el) || !(el instanceof HTMLElement) || !shown(el)) continue;
    const style = getComputedStyle(el);
    // A box that hides or scrolls what does not fit: its text is cut off or needs scrolling.
    if (
      style.overflowX !== 'visible' &&
      el.scrollWidth > el.clientWidth + 1 &&
      el.localName !== 'html' &&
      el.localName !== 'body'
    )
      out.push(`${name(el)} cuts its content: ${el.scrollWidth} > ${el.clientWidth}`);
    const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
    if (!text) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && (r.left < -1 || r.right > vw + 1))
      out.push(`${name(el)} text outside the window: ${Math.round(r.left)}..${Math.round(r.right)}`);
  }
  // The name on one line in right-to-left words: broken after "Make-", the hyphen was drawn on the
  // wrong side ("-Make"). Left-to-right words break it like any hyphenated word.
  for (const el of all()) {
    if (!shown(el) || getComputedStyle(el).direction !== 'rtl') continue;
    for (const node of el.childNodes) {
      if (node.nodeType !== 3) continue;
      for (const match of node.textContent!.matchAll(/Make-\u2060?IT-\u2060?Safe/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
        if (tops.length && Math.max(...tops) - Math.min(...tops) > 2)
          out.push(`${name(el)}: the name Make-IT-Safe broken across lines`);
      }
    }
  }
  // A box's words beside it: a label pushed under its checkbox leaves the box alone on its line,
  // and a list of them no longer says which box is whose.
  for (const box of document.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')) {
    const words = box.nextElementSibling;
    if (inPaper(box) || !shown(box) || !words || !shown(words) || !box.closest('label')) continue;
    const b = box.getBoundingClientRect();
    const w = words.getBoundingClientRect();
    if (w.top >= b.bottom || w.bottom <= b.top) out.push(`${name(words)} is not beside its box`);
  }
  return [...new Set(out)];
}
