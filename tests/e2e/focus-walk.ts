/**
 * The keyboard walk that the Chromium (Playwright) and Firefox (puppeteer) tests share: Tab from
 * the top of a page reaches every control once, in the order of the page, each with a focus ring
 * that can be seen and is not covered, and Tab leaves the page or comes back to the start (no trap).
 * The in-page parts are plain functions, so either driver can evaluate them.
 */

/** Just what the walk needs of a page, whichever driver holds it. */
export interface FocusDriver {
  /** Runs one of the in-page functions below in the page (a function with no argument ignores it). */
  evaluate<R>(fn: (arg: string) => R, arg: string): Promise<R>;
  pressTab(): Promise<void>;
  /** A click on the page's first pixel (no control there), which moves where Tab starts. */
  clickTopLeft(): Promise<void>;
}

export interface WalkResult {
  /** The controls a Tab should reach, in the page's order. */
  expected: string[];
  /** Where Tab went, by the same names. */
  visited: string[];
  problems: string[];
  /** Whether Tab left the page or came back to the start. */
  cycled: boolean;
}

export const FOCUSABLE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

export interface Stop {
  /** Index in the page's own order of focusable elements, -1 for anything else. */
  index: number;
  name: string;
  problems: string[];
  /** Top and bottom in the page's own coordinates (scrolling undone), to compare with later stops. */
  top: number;
  bottom: number;
  /** The fixed layer it is on (the helper's launcher or panel), '' for the page itself. */
  layer: string;
  /**
   * A box whose content scrolls: Firefox puts every one in the Tab order (so its content can be
   * scrolled with the keys), Chromium only those without a control inside.
   */
  scroller: boolean;
}

/**
 * Numbers the controls a Tab should reach, in the page's order (open shadow roots included, as
 * the browser walks them): shown, enabled, not inert; of a group of radio buttons only the checked
 * one (or the first), which is where Tab lands.
 */
export function markFocusableInPage(selector: string): string[] {
  const found: HTMLElement[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      el.removeAttribute('data-kbd');
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  // Chromium keeps boxes for what a closed <details> hides, so it is ruled out by hand.
  const folded = (el: Element) => {
    for (let a: Element | null = el; a?.parentElement; a = a.parentElement) {
      const d: HTMLElement | null = a.parentElement;
      if (
        d instanceof HTMLDetailsElement &&
        !d.open &&
        !(a.localName === 'summary' && a === d.querySelector(':scope > summary'))
      )
        return true;
    }
    return false;
  };
  const shown = (el: HTMLElement) => {
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && el.getClientRects().length > 0 && !folded(el);
  };
  const groups = new Set<string>();
  const order = found.filter((el) => {
    if (!shown(el) || (el as HTMLButtonElement).disabled || el.closest('[inert]') || el.tabIndex < 0) return false;
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
      const all = [
        ...(el.form ?? (el.getRootNode() as Document | ShadowRoot)).querySelectorAll<HTMLInputElement>(
          'input[type="radio"]',
        ),
      ].filter((r) => r.name === el.name && !r.disabled);
      const lands = all.find((r) => r.checked) ?? all[0];
      if (lands !== el || groups.has(el.name)) return false;
      groups.add(el.name);
    }
    return true;
  });
  return order.map((el, i) => {
    el.setAttribute('data-kbd', String(i));
    return `${el.localName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30) || el.getAttribute('aria-label') || (el as HTMLInputElement).value || ''}"`;
  });
}

/** Where focus is now, and whether it can be seen there. */
export function focusStopInPage(): Stop | undefined {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body || el === document.documentElement) return undefined;
  const problems: string[] = [];
  const s = getComputedStyle(el);
  const ring =
    (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor) ||
    (s.boxShadow !== 'none' && s.boxShadow);
  if (!ring) problems.push('no focus ring');
  // The ring against what is behind it: at least 3:1 (WCAG 1.4.11 and 2.4.13).
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  };
  let behind: Element | null = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;
  let background = 'rgb(255, 255, 255)';
  while (behind) {
    const c = getComputedStyle(behind).backgroundColor;
    if (rgb(c).length === 3 || (rgb(c).length === 4 && rgb(c)[3]! > 0.5)) {
      background = c;
      break;
    }
    behind = behind.parentElement ?? ((behind.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  if (ring && s.outlineStyle !== 'none') {
    const [a, b] = [luminance(rgb(s.outlineColor)), luminance(rgb(background))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 3) problems.push(`focus ring contrast ${ratio.toFixed(2)} (${s.outlineColor} on ${background})`);
  }
  // Not hidden: in the window, and not covered by something else (WCAG 2.4.11).
  const r = el.getBoundingClientRect();
  const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
  if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) problems.push('out of view');
  else {
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    const label = el.closest('label');
    if (hit && !el.contains(hit) && !(label && label.contains(hit)))
      problems.push(`covered by ${hit.localName}.${String(hit.className)}`);
  }
  const index = Number(el.getAttribute('data-kbd') ?? -1);
  let scrolled = window.scrollY;
  let layer = '';
  for (let a: Element | null = el; a; a = a.parentElement ?? ((a.getRootNode() as ShadowRoot).host || null)) {
    scrolled += a === el ? 0 : a.scrollTop;
    if (!layer && getComputedStyle(a).position === 'fixed') layer = `${a.localName}.${String(a.className)}`;
  }
  return {
    index,
    scroller: index < 0 && /auto|scroll/.test(s.overflowY) && el.scrollHeight > el.clientHeight,
    name: `${el.localName}.${String(el.className)}`,
    problems,
    top: r.top + scrolled,
    bottom: r.bottom + scrolled,
    layer,
  };
}

/**
 * Presses Tab from the top of a freshly loaded page until focus comes back to the first control or
 * leaves the page, and checks every stop.
 */
export async function walkFocus(page: FocusDriver): Promise<WalkResult> {
  const expected = await page.evaluate(markFocusableInPage, FOCUSABLE);
  await page.clickTopLeft();
  const visited: number[] = [];
  const problems: string[] = [];
  let left = false;
  let previous: Stop | undefined;
  for (let presses = 0; presses < expected.length + 5; presses++) {
    await page.pressTab();
    const now = await page.evaluate(focusStopInPage, '');
    if (!now) {
      left = true;
      break;
    }
    if (now.index === 0 && visited.length > 0) break;
    if (now.scroller) {
      // Not a control, so not in the expected order; but it still needs a ring that can be seen.
      for (const p of now.problems) problems.push(`${now.name} (scroll area): ${p}`);
      continue;
    }
    if (now.index < 0) problems.push(`Tab stops on ${now.name}, which is not a control`);
    for (const p of now.problems) problems.push(`${expected[now.index] ?? now.name}: ${p}`);
    // Visual order: on the same layer, no stop lies wholly above the one before it.
    if (previous && previous.layer === now.layer && now.bottom <= previous.top - 1)
      problems.push(`${expected[now.index] ?? now.name}: above the control before it`);
    previous = now;
    visited.push(now.index);
  }
  return {
    expected,
    visited: visited.map((i) => expected[i] ?? `not a control (${i})`),
    problems,
    cycled: left || visited.length < expected.length + 5,
  };
}
