// Checks one platform while it is being written, in a few seconds and without a build:
//   npm run check:platform -- tiktok
// Its data file, its words in every language present and its sources (platform-data.test.ts for that
// platform alone), then the checks across all platforms that a new one most often breaks: the
// registry and the content script's match list (registry.test.ts), the checklists' words in every
// language (checklist-view.test.ts) and the locale files (locales.test.ts). The full check, with the
// manifest snapshot and the end-to-end tests, is ./scripts/test.
import { spawnSync } from 'node:child_process';

const id = process.argv[2];
if (!id || !/^[a-z][a-zA-Z0-9]*$/.test(id)) {
  console.error('usage: npm run check:platform -- <platform id>');
  console.error('The id is camelCase (letters and digits, starting with a lower-case letter), as in');
  console.error('lib/platforms/<id>.ts and locales/<lang>/platforms/<id>.json: tiktok, youtube, exampleSocial.');
  process.exit(2);
}
const run = (files, env = {}) =>
  spawnSync('npx', ['vitest', 'run', ...files, '--reporter=default'], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  }).status ?? 1;
const one = run(['tests/unit/platform-data.test.ts'], { CHECK_PLATFORM: id });
const all = run(['tests/unit/registry.test.ts', 'tests/unit/checklist-view.test.ts', 'tests/unit/locales.test.ts']);
if (one === 0 && all === 0) {
  console.log(`\n${id}: the quick checks pass. Before a pull request, run ./scripts/test (CONTRIBUTING.md).`);
}
process.exit(one || all);
