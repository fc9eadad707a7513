import type { Language } from '@/lib/languages';

/**
 * Sets the page's language, direction and script font, so the whole page mirrors and reads right.
 * Only what differs is written: setting the root's font variable, even to the value it has,
 * makes the browser restyle every element of the page.
 */
export function applyLanguage(language: Language): void {
  const root = document.documentElement;
  if (root.lang !== language.tag) root.lang = language.tag;
  if (root.dir !== language.dir) root.dir = language.dir;
  const line = String(language.lineHeight);
  if (root.style.getPropertyValue('--font') !== language.fontStack)
    root.style.setProperty('--font', language.fontStack);
  if (root.style.getPropertyValue('--line') !== line) root.style.setProperty('--line', line);
}
