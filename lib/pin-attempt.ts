import { afterAttempt, retryInMs, verifyPin } from './pin';
import { pinItem } from './storage';
import { exclusively } from './web-lock';

/**
 * One PIN entry at a time, across every page of the extension. Checking a PIN takes a moment
 * (PBKDF2, pin.ts); if the lock-out were read before that moment and counted after it, two pages
 * submitting at once would each get a try that the first one's wrong entry should have stopped.
 */
const ATTEMPT_LOCK = 'make-it-safe:pin-attempt';

export type PinAttempt =
  /** The right PIN: the wrong entries in a row are forgotten. */
  | { result: 'right' }
  /** A wrong PIN, counted; `waitMs` until the next try is checked (0: at once). */
  | { result: 'wrong'; waitMs: number }
  /** Not checked: a wait from earlier wrong entries has `waitMs` to go. */
  | { result: 'locked'; waitMs: number }
  /**
   * No PIN is set: nothing to check, nothing counted. (A page asks for the PIN while it cannot
   * read whether one is set; a PIN removed on another page meanwhile, too.)
   */
  | { result: 'none' };

export function tryPin(pin: string, now: () => Date = () => new Date()): Promise<PinAttempt> {
  return exclusively(ATTEMPT_LOCK, async (): Promise<PinAttempt> => {
    const current = await pinItem.get();
    if (!current.record) return { result: 'none' };
    const wait = retryInMs(current.lock, now());
    if (wait > 0) return { result: 'locked', waitMs: wait };
    const right = await verifyPin(pin, current.record);
    const next = await pinItem.update((state) => ({ ...state, lock: afterAttempt(state.lock, right, now()) }));
    return right ? { result: 'right' } : { result: 'wrong', waitMs: retryInMs(next.lock, now()) };
  });
}
