import type { Language } from '@/lib/languages';

/** Sets the page's language, direction and script font, so the whole page mirrors and reads right. */
export function applyLanguage(language: Language): void {
  const root = document.documentElement;
  root.lang = language.tag;
  root.dir = language.dir;
  root.style.setProperty('--font', language.fontStack);
  root.style.setProperty('--line', String(language.lineHeight));
}
