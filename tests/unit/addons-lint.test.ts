import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Mozilla's addons-linter (what addons.mozilla.org runs on upload) over the Firefox release build,
 * read as JSON: no errors and no warnings (what `web-ext lint --warnings-as-errors` refuses), and
 * the codes that mean unsafe code checked by name, even if one were ever downgraded to a notice.
 * The test command's only linter run.
 */
const ROOT = path.resolve(__dirname, '../..');
const BUILD = path.join(ROOT, '.output/firefox-mv2');
const WEB_EXT = path.join(ROOT, 'node_modules/.bin/web-ext');

const UNSAFE = ['DANGEROUS_EVAL', 'NO_IMPLIED_EVAL', 'UNSAFE_VAR_ASSIGNMENT', 'REMOTE_SCRIPT', 'INLINE_SCRIPT'];

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface Report {
  summary: { errors: number; warnings: number; notices: number };
  metadata: { id?: string; totalScannedFileSize?: number };
  errors: Message[];
  warnings: Message[];
  notices: Message[];
}

/** web-ext exits non-zero when it finds errors; the report on stdout is what counts. */
function lint(): Promise<Report> {
  return new Promise((resolve, reject) => {
    execFile(
      WEB_EXT,
      ['lint', '--output', 'json', '--source-dir', BUILD, '--no-config-discovery'],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        try {
          resolve(JSON.parse(stdout) as Report);
        } catch {
          reject(new Error(`web-ext lint gave no JSON report (${error?.message ?? ''}): ${stderr}`));
        }
      },
    );
  });
}

const describeMessage = (m: Message) => `${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`;

describe('addons-linter on the Firefox build', () => {
  let report: Report;

  beforeAll(async () => {
    if (!existsSync(path.join(BUILD, 'manifest.json'))) {
      throw new Error(`${BUILD} is missing: run the build first (scripts/test does)`);
    }
    report = await lint();
  }, 180_000);

  it('read this add-on, every file of it', () => {
    expect(report.metadata.id).toBe('make-it-safe@make-it-safe.org');
    // Well over what the manifest alone weighs, so the scripts were scanned.
    expect(report.metadata.totalScannedFileSize).toBeGreaterThan(1_000_000);
  });

  it('finds no errors and no warnings', () => {
    expect(report.errors.map(describeMessage)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // What `web-ext lint --warnings-as-errors` would refuse: this test is the test command's one run.
    expect(report.warnings.map(describeMessage)).toEqual([]);
    expect(report.summary.warnings).toBe(0);
  });

  it(`reports none of ${UNSAFE.join(', ')} as an error, warning or notice`, () => {
    const found = [...report.errors, ...report.warnings, ...report.notices].filter((m) => UNSAFE.includes(m.code));
    expect(found.map(describeMessage)).toEqual([]);
  });
});
