import { SHARED_PARENTS_ITEMS, STANDARD_KIDS_ITEMS, type Platform } from './types';

/**
 * Which keys a platform's words file (locales/<lang>/platforms/<id>.json) must have and may have.
 * Used by the locale tests and `npm run check:platform`, so both judge a words file the same way.
 */

export type WordTree = { [key: string]: string | WordTree };

export function flattenWords(tree: WordTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else if (value && typeof value === 'object') for (const [k, v] of flattenWords(value, full)) out.set(k, v);
  }
  return out;
}

/** Whether the shared words (locales/<lang>/checklist.json) give this item a title and a "why". */
export function sharedWordsFor(item: { id: string; audience: 'kids' | 'parents' }): { title: boolean; why: boolean } {
  if (item.audience === 'kids') {
    const standard = (STANDARD_KIDS_ITEMS as readonly string[]).includes(item.id);
    return { title: standard, why: standard };
  }
  if (item.id === 'talk') return { title: true, why: true };
  // What a minimum age means differs by platform, so only the title is shared.
  if (item.id === 'minimumAge') return { title: true, why: false };
  return { title: false, why: false };
}

export function platformWordKeys(platform: Platform): { required: Set<string>; optional: Set<string> } {
  const required = new Set<string>();
  const optional = new Set<string>();
  for (const g of platform.guides) {
    required.add(`guides.${g.id}.title`);
    for (const step of g.steps) required.add(`guides.${g.id}.steps.${step}`);
    if (g.after) required.add(`guides.${g.id}.after`);
  }
  for (const item of platform.checklist) {
    const base = `checklist.${item.id}`;
    const shared = sharedWordsFor(item);
    (shared.title ? optional : required).add(`${base}.title`);
    (shared.why ? optional : required).add(`${base}.why`);
    for (const step of item.steps ?? []) required.add(`${base}.steps.${step}`);
    for (const starter of item.starters ?? []) required.add(`${base}.starters.${starter}`);
  }
  return { required, optional };
}

export const SHARED_CHECKLIST_KEYS: readonly string[] = [
  ...STANDARD_KIDS_ITEMS.flatMap((id) => [`kids.${id}.title`, `kids.${id}.why`]),
  ...SHARED_PARENTS_ITEMS.map((id) => `parents.${id}.title`),
  'parents.minimumAge.titleNone',
  'parents.talk.why',
];

const PLACEHOLDER = /\{\{\s*[\w.-]+\s*\}\}/g;
export const placeholders = (s: string): string[] => (s.match(PLACEHOLDER) ?? []).sort();

/**
 * Problems with one language's words for a platform, in plain sentences. With `english`, the file
 * must have exactly the English keys, the same placeholders, and no sentence left in English.
 */
export function wordProblems(
  platform: Platform,
  words: WordTree,
  english?: WordTree,
  untranslated: ReadonlySet<string> = new Set([platform.name]),
): string[] {
  const problems: string[] = [];
  const flat = flattenWords(words);
  const { required, optional } = platformWordKeys(platform);
  for (const key of required) if (!flat.has(key)) problems.push(`missing ${key}`);
  for (const [key, text] of flat) {
    if (!required.has(key) && !optional.has(key)) problems.push(`${key} is not used by the data`);
    if (text.trim() === '') problems.push(`${key} is empty`);
    if (/<[a-z/!]/i.test(text)) problems.push(`${key} looks like HTML`);
  }
  if (english) {
    const en = flattenWords(english);
    for (const key of en.keys()) if (!flat.has(key)) problems.push(`missing ${key} (present in English)`);
    for (const key of flat.keys()) if (!en.has(key)) problems.push(`${key} is not in English`);
    for (const [key, text] of flat) {
      const source = en.get(key);
      if (source === undefined) continue;
      if (placeholders(text).join() !== placeholders(source).join())
        problems.push(`${key}: placeholders differ from English`);
      if (text === source && !untranslated.has(source) && source.split(/\s+/).length >= 2) {
        problems.push(`${key} is still English`);
      }
    }
  }
  return problems;
}
