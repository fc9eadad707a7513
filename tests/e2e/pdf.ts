import { inflateSync } from 'node:zlib';

const PAGE = /\/Type\s*\/Page(?![s\w])/g;

/**
 * How many pages a printed PDF has: its page objects, not the page tree node. Chromium writes them
 * in the open; Firefox packs them into compressed object streams, which are opened here.
 */
export function pdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  let count = text.match(PAGE)?.length ?? 0;
  if (count > 0) return count;
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(text); match; match = streams.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      count += inflateSync(pdf.subarray(start, end)).toString('latin1').match(PAGE)?.length ?? 0;
    } catch {
      // Not a deflated stream (an image, say): it holds no page objects.
    }
  }
  return count;
}
