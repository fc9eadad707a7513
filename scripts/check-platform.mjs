// Checks one platform's data file, its words in every language present and its sources:
//   npm run check:platform -- tiktok
import { spawnSync } from 'node:child_process';

const id = process.argv[2];
if (!id || !/^[a-z][a-zA-Z0-9]*$/.test(id)) {
  console.error('usage: npm run check:platform -- <platform id>');
  process.exit(2);
}
const r = spawnSync('npx', ['vitest', 'run', 'tests/unit/platform-data.test.ts', '--reporter=default'], {
  stdio: 'inherit',
  env: { ...process.env, CHECK_PLATFORM: id },
});
process.exit(r.status ?? 1);
