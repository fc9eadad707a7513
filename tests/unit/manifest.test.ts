import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_MATCHES } from '@/lib/platforms/registry';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Manifest = Record<string, Json>;

const ROOT = path.resolve(__dirname, '../..');
/** Reads the builds that the test command makes before the unit tests. */
const OUT = path.join(ROOT, '.output');
function manifest(dir: string): Manifest {
  const file = path.join(OUT, dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run the build first (scripts/test does)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

const SNAPSHOT = JSON.parse(readFileSync(path.join(__dirname, 'manifest.snapshot.json'), 'utf8')) as {
  supportedSites: string[];
} & Record<'chrome-mv3' | 'firefox-mv2', Manifest>;
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The snapshot with its two placeholders written out (see the `$comment` in the snapshot). */
function expand(value: Json): Json {
  if (value === '$VERSION') return VERSION;
  if (Array.isArray(value))
    return value.flatMap((v) => (v === '$SUPPORTED_SITES' ? SNAPSHOT.supportedSites : [expand(v)]));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v)]));
  return value;
}

const isHost = (permission: string) => permission.includes('://') || permission === '<all_urls>';
const strings = (value: Json | undefined) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);

/** Manifest V2 lists hosts among `permissions`; V3 has `host_permissions`. */
function permissionsOf(m: Manifest): { api: string[]; hosts: string[] } {
  const all = [...strings(m['permissions']), ...strings(m['host_permissions'])];
  return { api: all.filter((p) => !isHost(p)), hosts: all.filter(isHost) };
}

/**
 * The README's "Permissions, and why" table: each row names an API permission in backticks, or
 * is the row for "the supported sites" (the host permissions). Any other row is an error, so the
 * table cannot drift into a form this test no longer reads.
 */
function readmePermissions(): { api: string[]; sites: boolean } {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Permissions'));
  if (!section) throw new Error('README.md has no "## Permissions" section');
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2) // the header and its separator
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const api: string[] = [];
  let sites = false;
  for (const [, name = '', why = ''] of rows) {
    expect(why.length, `README gives no reason for ${name}`).toBeGreaterThan(20);
    const permission = /^`([^`]+)`$/.exec(name)?.[1];
    if (permission) api.push(permission);
    else if (name.startsWith('the supported sites')) sites = true;
    else throw new Error(`README permissions table: a row this test cannot read: ${name}`);
  }
  return { api, sites };
}

describe('the supported sites in the snapshot', () => {
  it('are exactly the registry’s match patterns', () => {
    expect(SNAPSHOT.supportedSites).toEqual([...ALL_MATCHES].sort());
  });
});

describe.each(['chrome-mv3', 'firefox-mv2'] as const)('the %s manifest', (dir) => {
  const m = manifest(dir);
  const expected = expand(SNAPSHOT[dir]) as Manifest;
  // The union, so a key that appears in the build but not in the snapshot fails by name too.
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(m)])];

  it('has exactly the keys of the snapshot', () => {
    expect(Object.keys(m).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(keys)('%s is as in the snapshot', (key) => {
    expect(m[key], `manifest.json "${key}" in .output/${dir} differs from tests/unit/manifest.snapshot.json`).toEqual(
      expected[key],
    );
  });

  it('asks for storage and the supported sites, nothing more', () => {
    const { api, hosts } = permissionsOf(m);
    expect(api).toEqual(['storage']);
    expect([...hosts].sort()).toEqual([...ALL_MATCHES].sort());
    const text = JSON.stringify(m);
    for (const banned of ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']) expect(text).not.toContain(banned);
    for (const banned of ['tabs', 'scripting', 'webRequest', 'cookies', 'history', 'management', 'debugger']) {
      expect(api).not.toContain(banned);
    }
    for (const key of ['externally_connectable', 'optional_permissions', 'optional_host_permissions']) {
      expect(m).not.toHaveProperty(key);
    }
  });

  it('justifies every permission in the README, and the README names none it does not ask for', () => {
    const readme = readmePermissions();
    const { api, hosts } = permissionsOf(m);
    expect([...readme.api].sort()).toEqual([...api].sort());
    expect(readme.sites, 'the README has a row for the supported sites exactly when there are host permissions').toBe(
      hosts.length > 0,
    );
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

describe('the other Chromium builds', () => {
  it('the end-to-end build is the Chrome build plus the manifest key that fixes its id, nothing else', () => {
    const { key, ...rest } = manifest('chrome-mv3-e2e');
    expect(typeof key).toBe('string');
    expect(rest).toEqual(manifest('chrome-mv3'));
  });

  it('every other file of the end-to-end build is byte for byte the Chrome build (no development code)', () => {
    const files = (dir: string) =>
      (readdirSync(path.join(OUT, dir), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(path.join(OUT, dir), path.join(entry.parentPath, entry.name)))
        .filter((file) => file !== 'manifest.json')
        .sort();
    const release = files('chrome-mv3');
    expect(files('chrome-mv3-e2e')).toEqual(release);
    const differ = release.filter(
      (file) =>
        !readFileSync(path.join(OUT, 'chrome-mv3', file)).equals(readFileSync(path.join(OUT, 'chrome-mv3-e2e', file))),
    );
    expect(differ).toEqual([]);
  });

  // scripts/test builds Chrome, e2e and Firefox; `wxt build -b edge` (or `npm run zip`) makes this one.
  it.skipIf(!existsSync(path.join(OUT, 'edge-mv3/manifest.json')))(
    'the Edge build has the Chrome manifest (Edge Add-ons takes the same package)',
    () => {
      expect(manifest('edge-mv3')).toEqual(manifest('chrome-mv3'));
    },
  );
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

  it('keeps out what would cost every page load: the Unicode-wide name check', () => {
    const code = readFileSync(path.join(OUT, 'chrome-mv3/content-scripts/social.js'), 'utf8');
    // is-potential-custom-element-name's expression (tooling/custom-element-name.ts replaces it).
    expect(code).not.toContain('\\u037F-\\u1FFF');
  });
});

describe('the background', () => {
  it('has webextension-polyfill as an ES module, with no interop copy of `browser`', () => {
    // tooling/polyfill-esm.ts; the content script has no polyfill at all (content-script-apis.test.ts).
    const code = readFileSync(path.join(OUT, 'chrome-mv3/background.js'), 'utf8');
    expect(code).toMatch(/This script should only be loaded in a browser extension/);
    expect(code).not.toContain('define(`webextension-polyfill`');
  });
});
