import * as z from 'zod/mini';

/**
 * The parent PIN: stored only as a PBKDF2-SHA-256 hash with a random salt (WebCrypto), never as
 * the PIN itself; and the rule that slows down wrong guesses. Pure functions with an injectable
 * clock, so the lock rules are tested with a fixed one.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; a stored record with fewer is refused. */
export const PIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

// Exactly the lengths hashPin writes (16 and 32 bytes in base64): a record cut short or padded out
// would hold a PIN that can never be right, and lock every protected action until a full reset.
export const pinRecordSchema = z.strictObject({
  algorithm: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().check(z.int(), z.minimum(PIN_ITERATIONS), z.maximum(10_000_000)),
  salt: z.string().check(z.regex(/^[A-Za-z0-9+/]{22}==$/)),
  hash: z.string().check(z.regex(/^[A-Za-z0-9+/]{43}=$/)),
});
export type PinRecord = z.infer<typeof pinRecordSchema>;

/** Four to twelve digits: easy for a parent to type, and the lock makes guessing slow. */
export function isAcceptablePin(pin: string): boolean {
  return /^[0-9]{4,12}$/.test(pin);
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  if (!isAcceptablePin(pin)) throw new Error('a PIN is 4 to 12 digits');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Compares every byte whatever the first difference, so timing says nothing about the PIN. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** False for a wrong PIN and for a record that is not a valid one; never throws. */
export async function verifyPin(pin: string, record: unknown): Promise<boolean> {
  const parsed = pinRecordSchema.safeParse(record);
  if (!parsed.success || !isAcceptablePin(pin)) return false;
  try {
    const expected = fromBase64(parsed.data.hash);
    return sameBytes(await derive(pin, fromBase64(parsed.data.salt), parsed.data.iterations), expected);
  } catch {
    return false;
  }
}

// ---- slowing down wrong guesses ----------------------------------------------------------------

export const pinLockSchema = z.strictObject({
  /** Wrong entries in a row. */
  failures: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)),
  /** No entry is checked before this time. */
  lockedUntil: z.optional(z.iso.datetime()),
});
export type PinLock = z.infer<typeof pinLockSchema>;
export const NO_LOCK: PinLock = { failures: 0 };

/** Free tries before the waits start. */
export const FREE_TRIES = 3;
const MAX_WAIT_MS = 15 * 60 * 1000;

/** The wait after the n-th wrong entry in a row: none for the first three, then 30 s doubling, at most 15 min. */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(30_000 * 2 ** (failures - FREE_TRIES), MAX_WAIT_MS);
}

/**
 * How long until a PIN may be tried again; 0 now. A lock that ends further ahead than its failures
 * could make it was written while the computer's clock ran ahead (or was set ahead): it is over,
 * rather than keep a parent out for months once the clock is right again. (A clock moved on ends
 * any lock anyway: this wait only slows guessing down.)
 */
export function retryInMs(lock: PinLock, now: Date): number {
  if (!lock.lockedUntil) return 0;
  const left = Math.max(0, Date.parse(lock.lockedUntil) - now.getTime());
  return left > waitAfter(lock.failures) ? 0 : left;
}

export function afterAttempt(lock: PinLock, correct: boolean, now: Date): PinLock {
  if (correct) return NO_LOCK;
  const failures = lock.failures + 1;
  const wait = waitAfter(failures);
  return wait > 0 ? { failures, lockedUntil: new Date(now.getTime() + wait).toISOString() } : { failures };
}
