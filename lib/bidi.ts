/**
 * Keeping a value in its place inside right-to-left words. In Arabic or Urdu, a site's name or a
 * number run into the words around it: "Instagram 13" became one left-to-right run, and "116 000"
 * was drawn "000 116". A first-strong isolate (FSI…PDI) gives the value its own direction and keeps
 * it where the words put it; with no letter in it, it is left to right.
 */
export function isolate(value: string | number): string {
  return `\u2068${value}\u2069`;
}

/**
 * A page's title as the name of the file it prints to: without isolates (Chromium writes "_" for
 * them) and with the brand's plain hyphens, as a person would type it to find the file.
 */
export function asFileTitle(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '').replaceAll('\u2011', '-');
}

/**
 * The brand with no-break hyphens (U+2011), for right-to-left words: a line broken after its
 * "Make-" drew that hyphen at the line's end on the left, as "-Make", and "IT-Safe" began the next
 * line. Left-to-right languages break it like any hyphenated word, and keep the plain hyphen.
 */
export function brandUnbroken(text: string): string {
  return text.replaceAll('Make-IT-Safe', 'Make\u2011IT\u2011Safe');
}

/** Whether a name is only a phone number ("116 000"), to be written left to right as one. */
export function isNumberOnly(name: string): boolean {
  return /^[0-9 +-]+$/.test(name);
}
