/**
 * Checks run inside a page (passed to page.evaluate, so each is self-contained) on the helper's
 * panel and the popup's help, shared by helper.spec.ts and display.spec.ts.
 */

/**
 * What is wrong with the tel: links' words in the helper inside `hostSelector`'s root (or the
 * page): the words and the number run together ("Call1-800…", seen when the link was a flex box
 * and each piece of its text a flex item), or no visible gap between the number and its words.
 */
export function callButtonProblems(hostSelector?: string): string[] {
  const root: ParentNode = hostSelector ? document.querySelector(hostSelector)!.shadowRoot! : document;
  const out: string[] = [];
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
  if (links.length === 0) out.push('no call button');
  for (const link of links) {
    // Inside a closed situation: not shown, so nothing to read.
    if (!link.checkVisibility()) continue;
    // The isolates around the number in Arabic and Urdu are not spaces.
    const plain = (text: string) =>
      text
        .replace(/[\u2066-\u2069]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    if (plain(link.innerText) !== plain(link.textContent ?? '') || /\n/.test(link.innerText.trim()))
      out.push(`reads "${link.innerText}", written "${link.textContent}"`);
    const number = link.querySelector('bdi');
    if (!number) continue;
    // The words on the number's line beside it: a space's width apart (Nastaliq's is about 2 px).
    const numberBox = number.getBoundingClientRect();
    for (const node of link.childNodes) {
      const text = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
      // The words alone, not the space after them (the space is the gap being measured).
      const start = text.search(/[^\s\u2066-\u2069]/);
      if (start < 0) continue;
      const end = text.length - (text.match(/[\s\u2066-\u2069]*$/)?.[0].length ?? 0);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      for (const box of range.getClientRects()) {
        if (box.bottom <= numberBox.top || box.top >= numberBox.bottom) continue;
        const gap = Math.max(box.left - numberBox.right, numberBox.left - box.right);
        if (gap < 1.5) out.push(`"${node.textContent}" ${gap.toFixed(1)} px from the number`);
      }
    }
  }
  return out;
}

/** The open panel inside `hostSelector`'s root stays in the window, and its last line can be seen. */
export function panelFit(hostSelector: string): string[] {
  const root = document.querySelector(hostSelector)!.shadowRoot!;
  const panel = root.querySelector<HTMLElement>('.mis-panel')!;
  const body = root.querySelector<HTMLElement>('.mis-body')!;
  const out: string[] = [];
  const box = panel.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) out.push(`panel from ${box.top} to ${box.bottom} of ${innerHeight}`);
  body.scrollTop = body.scrollHeight;
  const last = [...root.querySelectorAll<HTMLElement>('.mis-help p')].pop()!;
  const lastBox = last.getBoundingClientRect();
  if (lastBox.bottom > Math.min(innerHeight, box.bottom) + 1)
    out.push(`the last line ends at ${lastBox.bottom}, scrolled to the end, in a ${innerHeight} px window`);
  return out;
}
