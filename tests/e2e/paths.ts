import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { statSync } from 'node:fs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
/** The Chromium build made with `--mode e2e`, which alone carries the manifest key. */
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3-e2e');
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
/** Fixed by the public key in tests/e2e/chromium-test-key.txt. */
export const CHROME_EXTENSION_ID = 'djgefnikdfabidjhailcmbaogepolnej';

export function findBrowser(names: string[]): string {
  for (const name of names) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      const candidate = path.join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // keep looking
      }
    }
  }
  throw new Error(`none of ${names.join(', ')} is installed; the README's test command installs them`);
}
