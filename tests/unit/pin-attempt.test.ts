import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hashPin, FREE_TRIES, waitAfter } from '@/lib/pin';
import { tryPin } from '@/lib/pin-attempt';
import { pinItem } from '@/lib/storage';

const NOW = new Date('2026-11-25T12:00:00.000Z');
const now = () => NOW;

describe('a PIN entry', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is checked only after the wait, and a right one forgets the wrong ones', async () => {
    await pinItem.set({ record: await hashPin('4821'), lock: { failures: FREE_TRIES - 1 } });
    expect(await tryPin('0000', now)).toEqual({ result: 'wrong', waitMs: waitAfter(FREE_TRIES) });
    expect(await tryPin('4821', now)).toEqual({ result: 'locked', waitMs: waitAfter(FREE_TRIES) });
    const later = () => new Date(NOW.getTime() + waitAfter(FREE_TRIES));
    expect(await tryPin('4821', later)).toEqual({ result: 'right' });
    expect((await pinItem.get()).lock).toEqual({ failures: 0 });
  });

  it('from two pages at the same moment: the second waits for the first and is then locked out', async () => {
    // Two tabs of the dashboard submit at once, one wrong entry before the wait starts. Both used
    // to read "no wait", check their PIN, and count: the second got a try past the lock-out.
    await pinItem.set({ record: await hashPin('4821'), lock: { failures: FREE_TRIES - 1 } });
    const both = await Promise.all([tryPin('1111', now), tryPin('2222', now)]);
    expect(both).toEqual([
      { result: 'wrong', waitMs: waitAfter(FREE_TRIES) },
      { result: 'locked', waitMs: waitAfter(FREE_TRIES) },
    ]);
    expect((await pinItem.get()).lock.failures).toBe(FREE_TRIES);
  });

  it('from two pages, each with its own copy of the module, shares the browser-wide lock', async () => {
    // Each extension page loads its own copy of the module; only the Web Lock is shared between
    // them. A stand-in for navigator.locks, one queue per name, as the browser keeps it.
    const queues = new Map<string, Promise<unknown>>();
    const locks = {
      request: (name: string, job: () => Promise<unknown>) => {
        const run = (queues.get(name) ?? Promise.resolve()).catch(() => undefined).then(job);
        queues.set(name, run);
        return run;
      },
    };
    vi.stubGlobal('navigator', Object.create(navigator as object, { locks: { value: locks } }) as Navigator);
    await pinItem.set({ record: await hashPin('4821'), lock: { failures: FREE_TRIES - 1 } });
    vi.resetModules();
    const first = await import('@/lib/pin-attempt');
    vi.resetModules();
    const second = await import('@/lib/pin-attempt');
    expect(first.tryPin).not.toBe(second.tryPin);
    const both = await Promise.all([first.tryPin('1111', now), second.tryPin('2222', now)]);
    expect(both.map((attempt) => attempt.result)).toEqual(['wrong', 'locked']);
  });

  it('says when no PIN is stored, and counts nothing', async () => {
    expect(await tryPin('4821', now)).toEqual({ result: 'none' });
    expect((await pinItem.get()).lock.failures).toBe(0);
  });
});
