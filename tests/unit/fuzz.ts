/** Shared by the tests that feed generated malformed data to readers (imports, stored values). */

/** A small seeded generator, so a failing case can be replayed. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const STRANGE: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1e308,
  NaN,
  '',
  'x'.repeat(300),
  true,
  [],
  [1, 2],
  {},
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
  '2026-13-45',
  'auto',
  'zz',
  Array.from({ length: 5000 }, (_, i) => i),
  Array.from({ length: 300 }, () => 'instagram'),
];

/** Replaces, removes or adds one value somewhere in a copy of the object. */
export function mutate(value: unknown, random: () => number, depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth > 4) return STRANGE[Math.floor(random() * STRANGE.length)];
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const roll = random();
  if (roll < 0.2 || keys.length === 0) {
    // An own property even for `__proto__`, as JSON.parse makes it: the shape stored data has.
    Object.defineProperty(
      copy,
      ['__proto__', 'extra', 'constructor', 'prototype', 'version'][Math.floor(random() * 5)]!,
      {
        value: STRANGE[Math.floor(random() * STRANGE.length)],
        enumerable: true,
        writable: true,
        configurable: true,
      },
    );
  } else if (roll < 0.35) {
    delete copy[keys[Math.floor(random() * keys.length)]!];
  } else {
    const key = keys[Math.floor(random() * keys.length)]!;
    copy[key] = mutate(copy[key], random, depth + 1);
  }
  return copy;
}
