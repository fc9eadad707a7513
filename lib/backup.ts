import * as z from 'zod/mini';
import {
  DEFAULT_PROMPTS,
  DEFAULT_SETTINGS,
  migrateSettingsV1toV2,
  migrateSettingsV2toV3,
  progressSchema,
  promptsSchema,
  settingsSchema,
  type Progress,
  type Prompts,
  type Settings,
} from './storage';
import { pinRecordSchema, type PinRecord } from './pin';

/**
 * Export and import of everything a family saved, as one JSON file with a format name and a schema
 * version. Reading a file never throws and never changes anything by itself: it returns the data
 * or a reason in plain terms, and the caller applies the data only when it is whole.
 */

export const BACKUP_FORMAT = 'make-it-safe-backup';
/** 2: settings gained the role, the family's platforms, the helper's per-site switch (storage v3). */
export const BACKUP_VERSION = 2;
/** Far above any real family's file (a few KB); a larger file is refused before it is parsed. */
export const MAX_BACKUP_BYTES = 512 * 1024;

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  settings: settingsSchema,
  progress: progressSchema,
  prompts: promptsSchema,
  pin: z.optional(pinRecordSchema),
});
export type Backup = z.infer<typeof backupSchema>;

export interface BackupData {
  settings: Settings;
  progress: Progress;
  prompts: Prompts;
  pin?: PinRecord;
}

export function makeBackup(data: BackupData, now: Date): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: data.settings,
    progress: data.progress,
    prompts: data.prompts,
    ...(data.pin ? { pin: data.pin } : {}),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** Why a file was not imported; the pages say each in plain words (locales, `backup.problems.*`). */
export type BackupProblem = 'tooLarge' | 'notJson' | 'brokenExport' | 'notABackup' | 'futureVersion' | 'damaged';

/**
 * An export names its format near the top, so a file that is not JSON but has that name is one of
 * ours cut short or garbled (a copy stopped part-way, a sync that saved half): its owner should
 * look for another copy, not wonder whether they picked the wrong file.
 */
const NAMES_OUR_FORMAT = new RegExp(`"format"\\s*:\\s*"${BACKUP_FORMAT}"`);

export type BackupResult = { ok: true; data: BackupData } | { ok: false; problem: BackupProblem; detail?: string };

/**
 * Older files are brought up to date one version at a time. Version 0 (the pre-release export)
 * held the settings in their v1 shape and had no prompts; version 1 held them in their v2 shape.
 */
function migrate(version: number, value: Record<string, unknown>): Record<string, unknown> {
  let current = value;
  if (version < 1) {
    current = {
      ...current,
      version: 1,
      settings: migrateSettingsV1toV2(current['settings']),
      prompts: current['prompts'] ?? DEFAULT_PROMPTS,
    };
  }
  if (version < 2) {
    current = { ...current, version: 2, settings: migrateSettingsV2toV3(current['settings']) };
  }
  return current;
}

export function readBackup(text: string): BackupResult {
  if (typeof text !== 'string') return { ok: false, problem: 'notJson' };
  if (new TextEncoder().encode(text).length > MAX_BACKUP_BYTES) return { ok: false, problem: 'tooLarge' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: NAMES_OUR_FORMAT.test(text) ? 'brokenExport' : 'notJson' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: 'notABackup' };
  const record = value as Record<string, unknown>;
  if (record['format'] !== BACKUP_FORMAT) return { ok: false, problem: 'notABackup' };
  const version = record['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, problem: 'damaged', detail: 'version' };
  if (version > BACKUP_VERSION) return { ok: false, problem: 'futureVersion' };
  const parsed = backupSchema.safeParse(migrate(version, record));
  if (!parsed.success) {
    return {
      ok: false,
      problem: 'damaged',
      detail: parsed.error.issues
        .slice(0, 3)
        .map((i) => i.path.join('.') || '(file)')
        .join(', '),
    };
  }
  const { settings, progress, prompts, pin } = parsed.data;
  return { ok: true, data: { settings, progress, prompts, ...(pin ? { pin } : {}) } };
}

export const EMPTY_BACKUP_DATA: BackupData = { settings: DEFAULT_SETTINGS, progress: {}, prompts: DEFAULT_PROMPTS };
