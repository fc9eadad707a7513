import { browser } from 'wxt/browser';

/** The browser's languages, most preferred first: its interface language, then the person's list. */
export function browserLanguages(): string[] {
  const list: string[] = [];
  try {
    list.push(browser.i18n.getUILanguage());
  } catch {
    // Not available in every context of every browser; navigator.languages still is.
  }
  if (typeof navigator !== 'undefined') list.push(...(navigator.languages ?? []), navigator.language);
  return list.filter((tag): tag is string => typeof tag === 'string' && tag.length > 0);
}
