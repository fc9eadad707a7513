import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import {
  DEFAULT_SETTINGS,
  pinItem,
  pinStateSchema,
  progressItem,
  progressSchema,
  promptsItem,
  promptsSchema,
  readQuarantine,
  settingsItem,
  settingsSchema,
  type ValidatedItem,
} from '@/lib/storage';
import { mutate, rng } from './fuzz';

const DONE = { doneAt: '2026-11-01T10:00:00.000Z' };

interface Case {
  key: string;
  version: number;
  item: ValidatedItem<unknown>;
  schema: z.ZodMiniType;
  base: unknown;
  /** The parts of a stored value that must survive when they are valid on their own. */
  parts: (value: Record<string, unknown>) => [string, z.ZodMiniType][];
}

const objectParts = (schema: z.ZodMiniObject) => () => Object.entries(schema.shape as Record<string, z.ZodMiniType>);

const CASES: Case[] = [
  {
    key: 'settings',
    version: 3,
    item: settingsItem as ValidatedItem<unknown>,
    schema: settingsSchema,
    base: {
      ...DEFAULT_SETTINGS,
      language: 'ar',
      country: 'MA',
      role: 'child',
      platforms: ['instagram', 'tiktok'],
      helper: { minimized: true, offSites: ['x'] },
      setupDone: true,
    },
    parts: objectParts(settingsSchema),
  },
  {
    key: 'progress',
    version: 1,
    item: progressItem as ValidatedItem<unknown>,
    schema: progressSchema,
    base: { instagram: { privateAccount: DONE, hideLikes: DONE }, tiktok: { privateAccount: DONE }, roblox: {} },
    // Every platform's ticks, one by one.
    parts: (value) => Object.keys(value).map((k) => [k, progressSchema._zod.def.valueType as unknown as z.ZodMiniType]),
  },
  {
    key: 'prompts',
    version: 1,
    item: promptsItem as ValidatedItem<unknown>,
    schema: promptsSchema,
    base: {
      everyDays: 14,
      offSites: ['reddit'],
      log: {
        instagram: { lastShown: '2026-11-20T10:00:00.000Z' },
        tiktok: { snoozedUntil: '2026-11-24T10:00:00.000Z' },
      },
    },
    parts: objectParts(promptsSchema),
  },
  {
    key: 'pin',
    version: 1,
    item: pinItem as ValidatedItem<unknown>,
    schema: pinStateSchema,
    base: {
      record: {
        algorithm: 'PBKDF2-SHA-256',
        iterations: 600_000,
        salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
        hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=',
      },
      lock: { failures: 2 },
    },
    parts: objectParts(pinStateSchema),
  },
];

describe('a few hundred generated malformed stored states', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each(CASES.map((c) => [c.key, c] as const))(
    '%s: never throws, keeps every valid part, keeps the original aside',
    async (_key, c) => {
      const random = rng(0xc0ffee + c.key.length);
      let damaged = 0;
      for (let i = 0; i < 100; i++) {
        await fakeBrowser.storage.local.clear();
        let raw: unknown = c.base;
        for (let n = 1 + Math.floor(random() * 3); n > 0; n--) raw = mutate(raw, random);
        // What storage really holds is what survives structured cloning.
        raw = JSON.parse(JSON.stringify(raw ?? null)) as unknown;
        // One in ten as a newer version of the extension would have saved it.
        const future = i % 10 === 9;
        await fakeBrowser.storage.local.set({
          [c.key]: raw,
          [`${c.key}$`]: { v: future ? c.version + 1 + (i % 3) : c.version },
        });

        const value = await c.item.get();
        expect(c.schema.safeParse(value).success).toBe(true);
        const valid = c.schema.safeParse(raw).success;
        const kept = await readQuarantine();
        if (raw === null) {
          expect(kept).toEqual([]);
          continue;
        }
        if (valid) {
          expect(value).toEqual(c.schema.parse(raw));
          expect(kept).toEqual([]);
          continue;
        }
        damaged++;
        expect(kept.at(-1)!.value).toEqual(raw);
        if (future) expect(kept.at(-1)!.reason).toMatch(/^saved by a newer version \(v\d+\)$/);
        if (typeof raw === 'object' && !Array.isArray(raw)) {
          const record = raw as Record<string, unknown>;
          for (const [part, schema] of c.parts(record)) {
            if (
              Object.hasOwn(record, part) &&
              part !== '__proto__' &&
              schema.safeParse(record[part]).success &&
              c.schema.safeParse({ ...(value as object), [part]: record[part] }).success
            ) {
              // As validation reads the part (it drops a `__proto__` key, for one).
              expect(
                (value as Record<string, unknown>)[part],
                `${c.key}.${part} of ${JSON.stringify(raw).slice(0, 200)}`,
              ).toEqual(schema.parse(record[part]));
            }
          }
        }
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(damaged).toBeGreaterThan(50);
    },
  );
});
