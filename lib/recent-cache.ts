/** A map that keeps only the `size` entries used most recently. */
export class RecentCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Moved to the end: a Map iterates in insertion order, so the first key is the oldest.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as K);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  get count(): number {
    return this.entries.size;
  }
}

/** Where `keepPromise` keeps its promises: a Map, or a RecentCache to bound them. */
export interface PromiseStore<K, V> {
  get(key: K): Promise<V> | undefined;
  set(key: K, value: Promise<V>): void;
  delete(key: K): void;
}

/**
 * The promise kept in `store` under `key`, made by `make` the first time. One that fails is not
 * kept, or what it stands for would stay broken until a restart: the next call makes it again.
 */
export function keepPromise<K, V>(store: PromiseStore<K, V>, key: K, make: () => Promise<V>): Promise<V> {
  const kept = store.get(key);
  if (kept) return kept;
  const made = make();
  store.set(key, made);
  made.catch(() => {
    // Only itself: the store may hold a newer promise under the key by then.
    if (store.get(key) === made) store.delete(key);
  });
  return made;
}
