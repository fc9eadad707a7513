/**
 * The forced-colours checks both suites run inside a page (Playwright's and puppeteer's evaluate
 * send the function's source, so each is self-contained).
 */

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
  const all: Element[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  const label = (el: Element) =>
    `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  const shown = (el: Element) => {
    const s = getComputedStyle(el);
    return s.display !== 'none' && s.visibility !== 'hidden' && el.getClientRects().length > 0;
  };
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
  for (const el of all) {
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
