import { describe, expect, it } from 'vitest';
import {
  afterAttempt,
  FREE_TRIES,
  hashPin,
  isAcceptablePin,
  NO_LOCK,
  PIN_ITERATIONS,
  pinRecordSchema,
  retryInMs,
  verifyPin,
  waitAfter,
} from '@/lib/pin';

const NOW = new Date('2026-11-23T12:00:00.000Z');

describe('the parent PIN', () => {
  it('is stored only as a salted PBKDF2-SHA-256 hash with at least 600,000 iterations', async () => {
    const record = await hashPin('4821');
    expect(pinRecordSchema.safeParse(record).success).toBe(true);
    expect(record.iterations).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(record)).not.toContain('4821');
    // A new salt every time: the same PIN never gives the same record.
    const again = await hashPin('4821');
    expect(again.salt).not.toBe(record.salt);
    expect(again.hash).not.toBe(record.hash);
  });

  it('verifies the right PIN and refuses a wrong one', async () => {
    const record = await hashPin('4821');
    expect(await verifyPin('4821', record)).toBe(true);
    expect(await verifyPin('4822', record)).toBe(false);
    expect(await verifyPin('48210', record)).toBe(false);
  });

  it('refuses, without throwing, a record that is damaged or weakened', async () => {
    const record = await hashPin('4821');
    for (const bad of [
      null,
      'x',
      {},
      { ...record, iterations: 1000 },
      { ...record, hash: '!!' },
      { ...record, algorithm: 'MD5' },
      { ...record, salt: 'AAAA' },
      // Cut short or padded out, as a damaged or hand-edited file can be: a PIN that could never be right.
      { ...record, hash: record.hash.slice(0, 40) },
      { ...record, hash: `${record.hash.slice(0, -1)}AAAA=` },
      { ...record, salt: record.salt.slice(0, 20) },
      { ...record, extra: 1 },
      JSON.parse('{"__proto__":{"x":1}}'),
    ]) {
      expect(await verifyPin('4821', bad)).toBe(false);
    }
    expect(PIN_ITERATIONS).toBe(600_000);
  });

  it('takes 4 to 12 digits', () => {
    expect(['1234', '000000000000', '98765'].every(isAcceptablePin)).toBe(true);
    expect(['123', '1234567890123', '12a4', ' 1234', '١٢٣٤', ''].some(isAcceptablePin)).toBe(false);
  });
});

describe('wrong PIN entries slow down', () => {
  it(`allows ${FREE_TRIES} tries at once, then waits 30 s, doubling, at most 15 minutes`, () => {
    expect([1, 2, 3, 4, 5, 6, 10, 50].map(waitAfter)).toEqual([
      0, 0, 30_000, 60_000, 120_000, 240_000, 900_000, 900_000,
    ]);
  });

  it('locks after the third wrong entry in a row, and a right one clears it', () => {
    let lock = NO_LOCK;
    for (let i = 0; i < 2; i++) lock = afterAttempt(lock, false, NOW);
    expect(retryInMs(lock, NOW)).toBe(0);
    lock = afterAttempt(lock, false, NOW);
    expect(retryInMs(lock, NOW)).toBe(30_000);
    expect(retryInMs(lock, new Date(NOW.getTime() + 29_000))).toBe(1_000);
    expect(retryInMs(lock, new Date(NOW.getTime() + 31_000))).toBe(0);
    lock = afterAttempt(lock, false, new Date(NOW.getTime() + 31_000));
    expect(retryInMs(lock, new Date(NOW.getTime() + 31_000))).toBe(60_000);
    expect(afterAttempt(lock, true, NOW)).toEqual(NO_LOCK);
  });

  it('is over when it ends further ahead than its failures could make it (a clock that ran ahead)', () => {
    // Three wrong entries while the clock ran a year ahead; the clock then put right.
    const ahead = new Date(NOW.getTime() + 365 * 24 * 60 * 60 * 1000);
    let lock = NO_LOCK;
    for (let i = 0; i < 3; i++) lock = afterAttempt(lock, false, ahead);
    expect(retryInMs(lock, ahead)).toBe(30_000);
    expect(retryInMs(lock, NOW)).toBe(0);
    expect(retryInMs({ failures: 40, lockedUntil: '2099-01-01T00:00:00.000Z' }, NOW)).toBe(0);
    // A lock as written, at its full length, still holds.
    expect(retryInMs({ failures: 40, lockedUntil: new Date(NOW.getTime() + 900_000).toISOString() }, NOW)).toBe(
      900_000,
    );
  });
});
