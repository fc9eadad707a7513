import type { LanguageCode } from '../../lib/languages';

/** What a parent in France who keeps Instagram has stored, in `lang`: the pages' audits start here. */
export function storedSettings(lang: LanguageCode, setupDone: boolean) {
  return {
    settings: {
      language: lang,
      country: 'FR',
      role: 'parent',
      platforms: ['instagram'],
      helper: { minimized: false, offSites: [] },
      setupDone,
    },
    settings$: { v: 3 },
  };
}
