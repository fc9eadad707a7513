import { describe, expect, it } from 'vitest';
import { latestOnly } from '@/lib/latest';

describe('latestOnly', () => {
  it('only the request begun last is current, whichever order their results come in', async () => {
    const begin = latestOnly();
    const applied: string[] = [];
    const load = async (name: string, wait: number) => {
      const isLatest = begin();
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (isLatest()) applied.push(name);
    };
    // The older request is the slower one: its result comes last and must not win.
    await Promise.all([load('slow and older', 30), load('quick and newer', 0)]);
    expect(applied).toEqual(['quick and newer']);
    // The newer one is the slower one: still it alone is applied.
    await Promise.all([load('quick and older', 0), load('slow and newer', 30)]);
    expect(applied).toEqual(['quick and newer', 'slow and newer']);
  });

  it('a request stays current until another begins, and each counter is its own', () => {
    const a = latestOnly();
    const b = latestOnly();
    const first = a();
    expect(first()).toBe(true);
    const other = b();
    expect(first()).toBe(true);
    expect(other()).toBe(true);
    const second = a();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });
});
