// Runs each suite, reads its own machine-readable report, and prints one total. Any failure,
// including a suite that could not run at all, makes the exit code non-zero.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';

const results = [];

function run(label, command, args, env = {}) {
  console.log(`\n==> ${label}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/** A check that is one test: it passes or fails as a whole. */
function check(label, command, args) {
  const ok = run(label, command, args);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  if (!ok) failures.push(`${label}: failed, see above`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The first line of an error, without the terminal's colour codes. */
function firstLine(text) {
  // eslint-disable-next-line no-control-regex -- the colour codes are control characters
  const plain = String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').find((line) => line.trim()) ?? '';
}

/**
 * Which tests failed, by name, with the first line of their error: printed again just above the
 * total, because a long run's output is often read from its end only.
 */
const failures = [];

function vitestFailures(label, json) {
  for (const file of json.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'failed') failures.push(`${label}: ${t.fullName} — ${firstLine(t.failureMessages?.[0])}`);
    }
    // A file that failed with no failed test in it: it could not run, or a hook failed (a browser
    // that did not start leaves its tests "skipped"; a failing afterAll leaves them passed).
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'))
      failures.push(`${label}: ${file.name} — ${firstLine(file.message) || 'a hook failed, see above'}`);
  }
}

function playwrightFailures(label, json) {
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'expected' || t.status === 'skipped') continue;
        // A flaky test's last try passed: the error is the first try's that failed.
        const last = t.results?.find((r) => r.error) ?? t.results?.at(-1);
        failures.push(
          `${label}: ${[...path, spec.title].join(' › ')} (${spec.file}:${spec.line}) — ${firstLine(last?.error?.message) || t.status}`,
        );
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of json.suites ?? []) walk(suite, []);
  for (const error of json.errors ?? []) failures.push(`${label}: ${firstLine(error.message)}`);
}

function vitestSuite(label, args, report) {
  rmSync(report, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--outputFile.json', report]);
  const json = readJson(report);
  if (!json) {
    results.push({ label, passed: 0, failed: 1, note: 'no report' });
    failures.push(`${label}: wrote no report, see above`);
    return;
  }
  const named = failures.length;
  vitestFailures(label, json);
  // Exited with an error the report does not hold (an error outside any test, say).
  if (!ok && failures.length === named) failures.push(`${label}: failed with no test named in its report, see above`);
  const failed = json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1);
  results.push({ label, passed: json.numPassedTests, failed, skipped: json.numPendingTests + json.numTodoTests });
}

mkdirSync('test-results', { recursive: true });

// Chromium's tests load the e2e build (it alone carries the manifest key that fixes its id);
// the add-on linter (a unit test) and Firefox's tests use the release builds.
const built =
  check('build (Chrome, e2e)', 'npx', ['wxt', 'build', '--mode', 'e2e']) &&
  check('build (Chrome)', 'npx', ['wxt', 'build']) &&
  check('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']) &&
  // The manifest test checks that Edge's package equals Chrome's.
  check('build (Edge)', 'npx', ['wxt', 'build', '-b', 'edge']);

check('type check', 'npm', ['run', '--silent', 'typecheck']);
check('lint (ESLint)', 'npm', ['run', '--silent', 'lint']);
check('format (Prettier)', 'npm', ['run', '--silent', 'format:check']);
vitestSuite('unit tests', [], 'test-results/unit.json');

if (built) {
  rmSync('test-results/chromium.json', { force: true });
  const ok = run('end-to-end (Chromium)', 'npx', ['playwright', 'test']);
  const json = readJson('test-results/chromium.json');
  if (json?.stats) {
    const named = failures.length;
    playwrightFailures('end-to-end (Chromium)', json);
    if (!ok && failures.length === named)
      failures.push('end-to-end (Chromium): failed with no test named in its report, see above');
    const { expected, unexpected, flaky, skipped } = json.stats;
    results.push({
      label: 'end-to-end (Chromium)',
      passed: expected,
      failed: unexpected + flaky + (ok || unexpected ? 0 : 1),
      skipped,
    });
  } else {
    results.push({ label: 'end-to-end (Chromium)', passed: 0, failed: 1, note: 'no report' });
    failures.push('end-to-end (Chromium): wrote no report, see above');
  }
  vitestSuite('end-to-end (Firefox)', ['--config', 'vitest.firefox.config.ts'], 'test-results/firefox.json');
}

if (failures.length) {
  console.log('\nFailed');
  for (const f of failures) console.log(`  ${f}`);
}
console.log('\nSummary');
for (const r of results) {
  console.log(
    `  ${r.label}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}${r.note ? ` (${r.note})` : ''}`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + (r.skipped ?? 0), 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || !existsSync('.output/chrome-mv3/manifest.json') ? 1 : 0);
