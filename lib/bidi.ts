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
 * them) and without the brand's word joiners, as a person would type it to find the file.
 */
export function asFileTitle(text: string): string {
  return text.replace(/[\u2060\u2066-\u2069]/g, '');
}

/**
 * The brand kept on one line in right-to-left words: a line broken after its "Make-" drew that
 * hyphen at the line's end on the left, as "-Make", and "IT-Safe" began the next line. A word
 * joiner (U+2060, invisible) after each hyphen forbids the break there. Not the no-break hyphen
 * (U+2011): Arabic fonts have one, set low like an underscore ("Make_IT_Safe"). Left-to-right
 * languages break the name like any hyphenated word.
 */
export function brandUnbroken(text: string): string {
  return text.replaceAll('Make-IT-Safe', 'Make-\u2060IT-\u2060Safe');
}

/** Whether a name is only a phone number ("116 000"), to be written left to right as one. */
export function isNumberOnly(name: string): boolean {
  return /^[0-9 +-]+$/.test(name);
}
