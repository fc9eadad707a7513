import { describe, expect, it } from 'vitest';
import { oneAtATime } from '@/lib/one-at-a-time';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('oneAtATime', () => {
  it('collapses a burst of calls into the running one and one more', async () => {
    const runs: ReturnType<typeof deferred>[] = [];
    const go = oneAtATime(() => {
      const d = deferred();
      runs.push(d);
      return d.promise;
    });
    for (let i = 0; i < 5000; i++) go();
    expect(runs).toHaveLength(1);
    runs[0]!.resolve();
    await tick();
    expect(runs).toHaveLength(2);
    runs[1]!.resolve();
    await tick();
    expect(runs).toHaveLength(2);
    // Quiet again: the next call runs at once.
    go();
    expect(runs).toHaveLength(3);
  });

  it('tells a run whether another is queued after it', async () => {
    const seen: boolean[] = [];
    const runs: ReturnType<typeof deferred>[] = [];
    const go = oneAtATime(async (queued) => {
      const d = deferred();
      runs.push(d);
      await d.promise;
      seen.push(queued());
    });
    go();
    go();
    runs[0]!.resolve();
    await tick();
    runs[1]!.resolve();
    await tick();
    expect(seen).toEqual([true, false]);
  });

  it('keeps working after a run fails', async () => {
    let calls = 0;
    const go = oneAtATime(async () => {
      calls += 1;
      if (calls === 1) throw new Error('the extension was reloaded');
    });
    go();
    await tick();
    go();
    await tick();
    expect(calls).toBe(2);
  });
});
