import { keepPromise } from './recent-cache';

export interface CachedRead<T> {
  /** The value, read on the first call after a drop and shared by every call until the next. */
  get(): Promise<T>;
  /** Forgets the value: the next get() reads again. */
  drop(): void;
}

/**
 * One read kept until dropped: for stored values the background reads on every request and that
 * change only when storage does (it drops them on every storage change). A read that fails is not
 * kept (keepPromise).
 */
export function cachedRead<T>(read: () => Promise<T>): CachedRead<T> {
  const store = new Map<'value', Promise<T>>();
  return {
    get: () => keepPromise(store, 'value', read),
    drop: () => store.clear(),
  };
}
