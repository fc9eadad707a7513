import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { mutate, rng } from './fuzz';
import { PIN_ITERATIONS, hashPin } from '@/lib/pin';
import {
  BACKUP_VERSION,
  EMPTY_BACKUP_DATA,
  backupSchema,
  MAX_BACKUP_BYTES,
  makeBackup,
  readBackup,
  type BackupData,
} from '@/lib/backup';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const FULL: BackupData = {
  settings: {
    language: 'ar',
    country: 'FR',
    helper: { minimized: true, offSites: [] },
    role: 'parent',
    platforms: [],
    setupDone: false,
  },
  progress: { instagram: { privateAccount: { doneAt: '2026-11-01T10:00:00.000Z' } }, tiktok: {} },
  prompts: { everyDays: 14, offSites: ['reddit'], log: { instagram: { lastShown: '2026-11-20T10:00:00.000Z' } } },
};

describe('export and import', () => {
  it('round-trips everything a family saved', () => {
    const text = makeBackup(FULL, NOW);
    expect(readBackup(text)).toEqual({ ok: true, data: FULL });
    expect(JSON.parse(text)).toMatchObject({
      format: 'make-it-safe-backup',
      version: BACKUP_VERSION,
      exportedAt: NOW.toISOString(),
    });
  });

  it('says in one word what is wrong with a file it will not import', () => {
    expect(readBackup('not json {')).toEqual({ ok: false, problem: 'notJson' });
    expect(readBackup('[]')).toMatchObject({ ok: false, problem: 'notABackup' });
    expect(readBackup('{"format":"something-else","version":1}')).toMatchObject({ ok: false, problem: 'notABackup' });
    const future = { ...JSON.parse(makeBackup(FULL, NOW)), version: BACKUP_VERSION + 1 };
    expect(readBackup(JSON.stringify(future))).toEqual({ ok: false, problem: 'futureVersion' });
    expect(readBackup(' '.repeat(MAX_BACKUP_BYTES + 1))).toEqual({ ok: false, problem: 'tooLarge' });
    const wrong = { ...JSON.parse(makeBackup(FULL, NOW)), settings: { language: 'klingon' } };
    expect(readBackup(JSON.stringify(wrong))).toMatchObject({ ok: false, problem: 'damaged' });
  });

  // An install reads files of its own version or older, and calls a newer version's file "from a
  // newer version of Make-IT-Safe". A release that lets a file hold something this one refuses (a
  // language, a role, a field) without raising BACKUP_VERSION would have its families' files
  // called damaged by every older install instead. The format of each version is written down.
  it('what a file of this version may hold is fixed: changing it raises BACKUP_VERSION', () => {
    const file = path.join(__dirname, 'backup-format', `v${BACKUP_VERSION}.schema.json`);
    // What zod writes of its own (its dialect, its regular expression for a date and time) is not
    // the format: a zod update that rewrites them changes no file a family has.
    const formatOf = (schema: unknown): unknown =>
      JSON.parse(JSON.stringify(schema), (key, value: unknown) => {
        if (key === '$schema') return undefined;
        if (value && typeof value === 'object' && 'format' in value && 'pattern' in value) {
          const { pattern: _zodOwn, ...rest } = value as Record<string, unknown>;
          return rest;
        }
        return value;
      });
    const current = formatOf(z.toJSONSchema(backupSchema));
    expect(
      existsSync(file),
      `${file} is missing: write z.toJSONSchema(backupSchema) there (JSON) once the new version is final`,
    ).toBe(true);
    expect(
      current,
      'what an export may hold changed: raise BACKUP_VERSION, migrate the older files in readBackup, and write the new format down',
    ).toEqual(formatOf(JSON.parse(readFileSync(file, 'utf8'))));
  });

  it('tells a damaged export of ours apart from a file that is not one', () => {
    const whole = makeBackup(FULL, NOW);
    // A real export cut short (a copy stopped part-way), or with its end garbled.
    for (const cut of [whole.slice(0, whole.length / 2), whole.slice(0, 60), `${whole.slice(0, -3)}\u0000\u0000`])
      expect(readBackup(cut), cut).toEqual({ ok: false, problem: 'brokenExport' });
    // Not JSON, and nothing says it is ours: a photo, a text file.
    expect(readBackup('\u00ff\u00d8\u00ff\u00e0 JFIF')).toEqual({ ok: false, problem: 'notJson' });
    expect(readBackup('{"format": "another-app"')).toEqual({ ok: false, problem: 'notJson' });
    // JSON, but another program's: not damaged, just not an export.
    expect(readBackup('{"format":"another-app","version":1}')).toMatchObject({ ok: false, problem: 'notABackup' });
  });

  it('brings a file from before versions (v0, settings in their first shape) up to date', () => {
    const v0 = {
      format: 'make-it-safe-backup',
      version: 0,
      exportedAt: NOW.toISOString(),
      settings: { lang: 'fr-BE', minimized: true },
      progress: FULL.progress,
    };
    expect(readBackup(JSON.stringify(v0))).toEqual({
      ok: true,
      data: {
        settings: {
          language: 'fr',
          country: 'auto',
          helper: { minimized: true, offSites: [] },
          role: 'parent',
          platforms: [],
          setupDone: false,
        },
        progress: FULL.progress,
        prompts: EMPTY_BACKUP_DATA.prompts,
      },
    });
  });

  it('brings a version 1 file (settings before roles and family sites) up to date', () => {
    const v1 = {
      format: 'make-it-safe-backup',
      version: 1,
      exportedAt: NOW.toISOString(),
      settings: { language: 'ar', country: 'FR', helper: { minimized: true } },
      progress: FULL.progress,
      prompts: FULL.prompts,
    };
    expect(readBackup(JSON.stringify(v1))).toEqual({
      ok: true,
      data: {
        ...FULL,
        settings: {
          ...FULL.settings,
          role: 'parent',
          platforms: [],
          helper: { minimized: true, offSites: [] },
          setupDone: false,
        },
      },
    });
  });

  it('carries the parent PIN as its hash only, and refuses a weakened one', async () => {
    const pin = await hashPin('4821', PIN_ITERATIONS);
    const text = makeBackup({ ...FULL, pin }, NOW);
    expect(text).not.toContain('4821');
    expect(readBackup(text)).toEqual({ ok: true, data: { ...FULL, pin } });
    const weak = { ...JSON.parse(text), pin: { ...pin, iterations: 1000 } };
    expect(readBackup(JSON.stringify(weak))).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('never throws, never pollutes a prototype, and accepts only whole, valid files, over 400 generated malformed files', () => {
    const base = JSON.parse(makeBackup(FULL, NOW)) as unknown;
    const random = rng(20261123);
    let accepted = 0;
    for (let i = 0; i < 400; i++) {
      let value = base;
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) value = mutate(value, random);
      const text =
        i % 17 === 0
          ? JSON.stringify(value).slice(0, Math.floor(random() * 200))
          : (JSON.stringify(value) ?? 'undefined');
      const result = readBackup(text);
      expect(typeof result.ok).toBe('boolean');
      if (result.ok) {
        accepted++;
        // What is accepted is exactly valid data: it survives a round trip unchanged.
        expect(readBackup(makeBackup(result.data, NOW))).toEqual(result);
      } else {
        expect(['tooLarge', 'notJson', 'brokenExport', 'notABackup', 'futureVersion', 'damaged']).toContain(
          result.problem,
        );
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // Most mutations break the file; a few land on harmless places (an emptied progress, say).
    expect(accepted).toBeLessThan(400);
  });
});
