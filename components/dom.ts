/**
 * A very small, safe DOM builder for the in-page helper and the guide sections the popup shares
 * with it. Text is only ever set as text nodes; links only ever point at https or tel: addresses.
 * (Preact would cost the content script about 5.5 KB gzipped, a third of its budget.)
 */

import { isNumberOnly } from '@/lib/bidi';

export type Child = Node | string | false | null | undefined;
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

/**
 * A phone number kept left to right, as it is written in every language. Inside Arabic or Urdu words
 * the bidi algorithm would otherwise lay "116 000" out as "000 116" (numbers take the direction of
 * the text around them), and a child would read the wrong number off the screen.
 */
export function phoneNumber(number: string): HTMLElement {
  return el('bdi', { dir: 'ltr' }, number);
}

/** A helpline's or service's own name, isolated; one that is only a number ("116 000") as a number. */
export function ownName(name: string): HTMLElement {
  return isNumberOnly(name) ? phoneNumber(name) : el('bdi', {}, name);
}

/** `text` with the first `number` in it kept left to right (see phoneNumber). */
export function withPhoneNumber(text: string, number: string): Child[] {
  const at = number ? text.indexOf(number) : -1;
  if (at < 0) return [text];
  return [text.slice(0, at), phoneNumber(number), text.slice(at + number.length)];
}

/** A link to an https page (opened in a new tab, without handing over the opener) or a tel: number. */
export function link(href: string, text: string | Child[], className?: string): HTMLElement {
  const content = typeof text === 'string' ? [text] : text;
  if (!isSafeHref(href)) return el('span', { class: className }, ...content);
  const external = href.startsWith('https:');
  return el(
    'a',
    {
      href,
      class: className,
      target: external ? '_blank' : undefined,
      rel: external ? 'noopener noreferrer' : undefined,
    },
    ...content,
  );
}
