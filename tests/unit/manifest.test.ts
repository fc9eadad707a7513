import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_MATCHES } from '@/lib/platforms/registry';

/** Reads the release builds that the test command makes before the unit tests. */
const OUT = path.resolve(__dirname, '../../.output');
function manifest(dir: string): Record<string, unknown> {
  const file = path.join(OUT, dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run the build first (scripts/test does)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s manifest', (dir) => {
  const m = manifest(dir);
  const permissions = [...((m['permissions'] as string[]) ?? []), ...((m['host_permissions'] as string[]) ?? [])];

  it('asks for storage and the supported sites, nothing more', () => {
    expect(permissions.filter((p) => !ALL_MATCHES.includes(p))).toEqual(['storage']);
    expect(permissions.filter((p) => ALL_MATCHES.includes(p)).sort()).toEqual([...ALL_MATCHES].sort());
    for (const banned of ['<all_urls>', 'tabs', 'scripting', 'webRequest', 'cookies', 'history']) {
      expect(permissions).not.toContain(banned);
    }
    expect(m).not.toHaveProperty('externally_connectable');
    expect(m).not.toHaveProperty('optional_permissions');
  });

  it('runs its one content script on exactly the supported sites', () => {
    const scripts = m['content_scripts'] as { matches: string[] }[];
    expect(scripts).toHaveLength(1);
    expect([...scripts[0]!.matches].sort()).toEqual([...ALL_MATCHES].sort());
  });

  it('exposes no resource a page could use to detect the extension', () => {
    expect(m).not.toHaveProperty('web_accessible_resources');
  });

  it('has no manifest key in a release build, and no unsafe-eval', () => {
    expect(m).not.toHaveProperty('key');
    expect(JSON.stringify(m['content_security_policy'] ?? '')).not.toContain('unsafe-eval');
  });

  it('takes its name and description from _locales, in every language', () => {
    expect(m['name']).toBe('__MSG_extName__');
    expect(m['default_locale']).toBe('en');
    expect(readdirSync(path.join(OUT, dir, '_locales')).sort()).toEqual([
      'ar',
      'bn',
      'de',
      'en',
      'fr',
      'hi',
      'nl',
      'pa',
      'ro',
      'ru',
      'sh',
      'tr',
      'ur',
      'vi',
    ]);
  });
});

describe('the Firefox manifest', () => {
  it('has a fixed add-on id and declares that nothing is collected', () => {
    const gecko = (manifest('firefox-mv2')['browser_specific_settings'] as { gecko: Record<string, unknown> }).gecko;
    expect(gecko['id']).toBe('make-it-safe@make-it-safe.org');
    expect(gecko['data_collection_permissions']).toEqual({ required: ['none'] });
  });
});

describe('the content script', () => {
  it('carries no dictionary and no i18next, zod or Preact', () => {
    const code = readFileSync(path.join(OUT, 'chrome-mv3/content-scripts/social.js'), 'utf8');
    expect(code).not.toContain('Block an account'); // words come from the background
    expect(code).not.toMatch(/i18next|\$ZodType|__html/);
  });

  it('keeps out what would cost every page load: the Unicode-wide name check, the interop copy of `browser`', () => {
    const code = readFileSync(path.join(OUT, 'chrome-mv3/content-scripts/social.js'), 'utf8');
    // is-potential-custom-element-name's expression (tooling/custom-element-name.ts replaces it).
    expect(code).not.toContain('\\u037F-\\u1FFF');
    // The polyfill is served as an ES module (tooling/polyfill-esm.ts), so no interop wraps it.
    expect(code).toMatch(/This script should only be loaded in a browser extension/);
    expect(code).not.toContain('define(`webextension-polyfill`');
  });
});
