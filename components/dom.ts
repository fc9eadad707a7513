/**
 * A very small, safe DOM builder for the in-page helper and the guide sections the popup shares
 * with it. Text is only ever set as text nodes; links only ever point at https or tel: addresses.
 * (Preact would cost the content script about 5.5 KB gzipped, a third of its budget.)
 */

type Child = Node | string | false | null | undefined;
type Attrs = Record<string, string | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === false || child == null) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

const SAFE_HREF = /^(https:\/\/[^\s]+|tel:\+?[0-9]+)$/;

/** Whether an address may be a link's: an https page or a tel: number, nothing a link could run. */
export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href);
}

/** A link to an https page (opened in a new tab, without handing over the opener) or a tel: number. */
export function link(href: string, text: string, className?: string): HTMLElement {
  if (!isSafeHref(href)) return el('span', { class: className }, text);
  const external = href.startsWith('https:');
  return el(
    'a',
    {
      href,
      class: className,
      target: external ? '_blank' : undefined,
      rel: external ? 'noopener noreferrer' : undefined,
    },
    text,
  );
}
