import { describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { WithPaths } from '@/entrypoints/options/AdminHelp';
import { LANGUAGE_CODES } from '@/lib/languages';
import { createI18n, translator } from '@/lib/i18n';

// "For schools and IT" names file paths inside translated words; in Arabic and Urdu the bidi
// algorithm moved their slashes and dots unless each path is its own left-to-right element.
const PATHS = {
  'ui:admin.chromeWhere': ['.json', '/etc/chromium/policies/managed/', '/etc/opt/chrome/policies/managed/'],
  'ui:admin.firefoxWhere': ['/etc/firefox/policies/', 'policies.json'],
};

describe('file paths in the administrators’ help', () => {
  it.each([...LANGUAGE_CODES])('are each kept left to right as code, words unchanged (%s)', async (lang) => {
    const t = translator(await createI18n(lang), lang);
    for (const [key, paths] of Object.entries(PATHS)) {
      const root = document.createElement('p');
      render(h(WithPaths, { text: t(key) }), root);
      const codes = [...root.querySelectorAll('code')];
      expect(codes.every((c) => c.getAttribute('dir') === 'ltr')).toBe(true);
      expect(codes.map((c) => c.textContent).sort(), `${lang} ${key}`).toEqual(paths);
      expect(root.textContent).toBe(t(key));
    }
  });
});
