import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

/**
 * Text that shows a translation went missing: a `{{placeholder}}` left in, or a key shown in place
 * of its words. i18next returns a key missing in every language as itself, and without its
 * namespace ("checklist.privateAccount.title", not "instagram:checklist…"), so the keys' own first
 * parts are what to look for: every top-level group of the English files.
 */
function wordsLeftOut(): RegExp {
  const dir = path.join(ROOT, 'locales/en');
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.json')),
    ...readdirSync(path.join(dir, 'platforms')).map((f) => path.join('platforms', f)),
  ];
  const groups = new Set<string>();
  for (const file of files) {
    const words = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(words)) if (typeof value === 'object') groups.add(key);
  }
  // Keys go on in lower case after the dot ("kids.privateAccount"); a sentence after a block's end
  // does not ("…to the site.Talk to…", as text runs together from one block to the next).
  return new RegExp(`\\{\\{|[a-z]+:[a-zA-Z]+\\.[a-zA-Z]|\\b(?:${[...groups].join('|')})\\.[a-z]`);
}

export const WORDS_LEFT_OUT = wordsLeftOut();
