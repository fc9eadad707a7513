import { describe, expect, it, vi } from 'vitest';
import { keepPromise, RecentCache } from '@/lib/recent-cache';

describe('RecentCache', () => {
  it('keeps only the most recently used entries', () => {
    const cache = new RecentCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.count).toBe(2);
  });

  it('replaces a value without growing, and forgets on delete', () => {
    const cache = new RecentCache<string, number>(2);
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.count).toBe(1);
    expect(cache.get('a')).toBe(2);
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
  });
});

describe('keepPromise', () => {
  it('makes the promise once per key and hands the same one out after', async () => {
    const store = new Map<string, Promise<number>>();
    const make = vi.fn(async () => 7);
    const first = keepPromise(store, 'a', make);
    expect(keepPromise(store, 'a', make)).toBe(first);
    expect(await first).toBe(7);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('does not keep one that failed: the next call makes it again', async () => {
    const store = new RecentCache<string, Promise<string>>(4);
    const make = vi.fn().mockRejectedValueOnce(new Error('no words')).mockResolvedValueOnce('words');
    await expect(keepPromise(store, 'de', make)).rejects.toThrow('no words');
    expect(await keepPromise(store, 'de', make)).toBe('words');
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('a failure takes away only its own promise, not a newer one under the same key', async () => {
    const store = new Map<string, Promise<string>>();
    let fail: (e: Error) => void = () => undefined;
    const make = vi
      .fn()
      .mockImplementationOnce(() => new Promise<string>((_, reject) => (fail = reject)))
      .mockResolvedValueOnce('new');
    const old = keepPromise(store, 'a', make);
    store.clear();
    const newer = keepPromise(store, 'a', make);
    fail(new Error('old'));
    await expect(old).rejects.toThrow('old');
    expect(keepPromise(store, 'a', make)).toBe(newer);
    expect(make).toHaveBeenCalledTimes(2);
  });
});
