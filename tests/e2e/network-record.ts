import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

/** One request the extension's browser made to anything but a fixture site. */
export interface RecordedRequest {
  /** The test (or test file) whose browser made it. */
  test: string;
  url: string;
  /** Which recorder saw it: Playwright's route, Chromium's net log, Firefox's proxy, the fixture server. */
  seenBy: string;
}

interface NetworkRecord {
  /**
   * The test runner's process: every worker of one run shares it, so a run starts a new record
   * and never appends to the last one's.
   */
  run: number;
  /**
   * How many reports came in (one per test in a browser that tests share, one per browser of its
   * own), so an empty list can be told from a record of nothing.
   */
  browsers: number;
  requests: RecordedRequest[];
}

/**
 * Adds one test's or one browser's requests to test-results/network-<browser>.json (an empty `requests` list is
 * the expected result). Workers run side by side, so the read-and-write is done under a lock file.
 */
export function appendNetworkRecord(browser: 'chromium' | 'firefox', requests: RecordedRequest[]): void {
  const dir = path.join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `network-${browser}.json`);
  const lock = `${file}.lock`;
  const deadline = Date.now() + 10_000;
  let fd: number | undefined;
  while (fd === undefined) {
    try {
      fd = openSync(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A worker that died holding the lock must not stop every later run from recording.
      if (Date.now() > deadline) rmSync(lock, { force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  try {
    const run = process.ppid;
    let record: NetworkRecord = { run, browsers: 0, requests: [] };
    try {
      const previous = JSON.parse(readFileSync(file, 'utf8')) as NetworkRecord;
      if (previous.run === run) record = previous;
    } catch {
      // No record yet, or one cut short: this run starts it.
    }
    record.browsers += 1;
    record.requests.push(...requests);
    writeFileSync(`${file}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
    renameSync(`${file}.tmp`, file);
  } finally {
    closeSync(fd);
    rmSync(lock, { force: true });
  }
}
