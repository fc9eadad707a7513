import { describe, expect, it, vi } from 'vitest';
import { cachedRead } from '@/lib/cached-read';

describe('cachedRead', () => {
  it('reads once for every call until dropped, then once again', async () => {
    let n = 0;
    const read = vi.fn(async () => ++n);
    const cache = cachedRead(read);
    expect(await Promise.all([cache.get(), cache.get()])).toEqual([1, 1]);
    expect(await cache.get()).toBe(1);
    cache.drop();
    expect(await cache.get()).toBe(2);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('does not keep a read that failed', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('storage')).mockResolvedValueOnce('ok');
    const cache = cachedRead(read);
    await expect(cache.get()).rejects.toThrow('storage');
    expect(await cache.get()).toBe('ok');
  });

  it('does not keep a read that was under way when it was dropped', async () => {
    let release: (v: string) => void = () => undefined;
    const read = vi
      .fn()
      .mockImplementationOnce(() => new Promise<string>((resolve) => (release = resolve)))
      .mockResolvedValueOnce('new');
    const cache = cachedRead(read);
    const old = cache.get();
    cache.drop();
    release('old');
    expect(await old).toBe('old');
    expect(await cache.get()).toBe('new');
  });
});
