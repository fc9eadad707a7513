import { storage } from 'wxt/utils/storage';
// zod/mini: the same validation, a fraction of the size in every page that reads storage.
import * as z from 'zod/mini';
import { LANGUAGE_CODES } from './languages';

/**
 * Every stored value, declared once: key, zod schema, fallback, version and migrations.
 * Every read goes through the schema. A stored value that fails it is never dropped: it is copied
 * under `local:quarantine`, its valid fields are kept, the fallback fills the rest, and the person
 * is told (the popup shows a notice while an unseen quarantine entry exists).
 */

// ---- settings --------------------------------------------------------------------------------

export const settingsSchema = z.strictObject({
  /** 'auto' follows the browser's language. */
  language: z.union([z.literal('auto'), z.enum(LANGUAGE_CODES)]),
  /** ISO 3166-1 alpha-2, or 'auto' for the browser's region. */
  country: z.union([z.literal('auto'), z.string().check(z.regex(/^[A-Z]{2}$/))]),
  helper: z.strictObject({
    /** The launcher shown as a slim tab instead of a button; remembered across pages and sites. */
    minimized: z.boolean(),
  }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  country: 'auto',
  helper: { minimized: false },
};

/**
 * v1 was the pre-release shape (`{ lang, minimized }`, with `lang` possibly a browser tag such as
 * 'fr-BE'). v2 groups the helper's state and adds the country.
 */
export const settingsV1Schema = z.object({
  lang: z.optional(z.string()),
  minimized: z.optional(z.boolean()),
});

export function migrateSettingsV1toV2(old: unknown): unknown {
  const parsed = settingsV1Schema.safeParse(old);
  // Not a v1 shape: hand it on unchanged so validation keeps it aside instead of guessing.
  if (!parsed.success) return old;
  const lang = parsed.data.lang?.split(/[-_]/)[0]?.toLowerCase();
  return {
    language: lang && (LANGUAGE_CODES as readonly string[]).includes(lang) ? lang : 'auto',
    country: 'auto',
    helper: { minimized: parsed.data.minimized ?? false },
  };
}

// ---- progress --------------------------------------------------------------------------------

const itemId = z.string().check(z.regex(/^[a-z][a-zA-Z0-9]{0,63}$/));
export const progressSchema = z.record(
  itemId,
  z.record(itemId, z.strictObject({ doneAt: z.iso.datetime() })),
);
export type Progress = z.infer<typeof progressSchema>;

// ---- privacy prompts ---------------------------------------------------------------------------

const isoDateTime = z.iso.datetime();
export const promptsSchema = z.strictObject({
  /** How often the helper offers to check the privacy settings together; 0 never. */
  everyDays: z.number().check(z.int(), z.minimum(0), z.maximum(365)),
  /** Platform ids on which a parent turned the prompt off. */
  offSites: z.array(itemId),
  /** Per platform: when the prompt was last shown, and until when "not now" holds. */
  log: z.record(itemId, z.strictObject({ lastShown: z.optional(isoDateTime), snoozedUntil: z.optional(isoDateTime) })),
});
export type Prompts = z.infer<typeof promptsSchema>;

/** Privacy by default: a weekly offer on every site, until the checklist is done. */
export const DEFAULT_PROMPTS: Prompts = { everyDays: 7, offSites: [], log: {} };

// ---- quarantine ------------------------------------------------------------------------------

export const quarantineEntrySchema = z.strictObject({
  key: z.string(),
  at: z.iso.datetime(),
  reason: z.string(),
  /** The value exactly as it was stored. */
  value: z.unknown(),
  /** Whether the person has seen the notice about it. The entry itself is kept either way. */
  seen: z.boolean(),
});
export type QuarantineEntry = z.infer<typeof quarantineEntrySchema>;
const quarantineSchema = z.array(quarantineEntrySchema);

/** Quarantined values are kept; only the oldest go when there are more than this many. */
const QUARANTINE_LIMIT = 20;

const quarantineItem = storage.defineItem<unknown>('local:quarantine', { fallback: [] });

export async function readQuarantine(): Promise<QuarantineEntry[]> {
  const parsed = quarantineSchema.safeParse(await quarantineItem.getValue());
  // The quarantine is only written by this module; if it is unreadable, start a new list but keep
  // the unreadable one inside it, so that nothing is lost even here.
  if (parsed.success) return parsed.data;
  const raw = await quarantineItem.getValue();
  return [{ key: 'local:quarantine', at: new Date().toISOString(), reason: 'unreadable', value: raw, seen: false }];
}

async function keepAside(key: string, value: unknown, reason: string): Promise<void> {
  const entries = await readQuarantine();
  entries.push({ key, at: new Date().toISOString(), reason, value, seen: false });
  await quarantineItem.setValue(entries.slice(-QUARANTINE_LIMIT));
}

export async function markQuarantineSeen(): Promise<void> {
  const entries = await readQuarantine();
  await quarantineItem.setValue(entries.map((e) => ({ ...e, seen: true })));
}

export async function hasUnseenQuarantine(): Promise<boolean> {
  return (await readQuarantine()).some((e) => !e.seen);
}

// ---- validated items -------------------------------------------------------------------------

export interface ValidatedItem<T> {
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  update(change: (current: T) => T): Promise<T>;
  /** Called with the validated value whenever storage changes (from any context). */
  watch(callback: (value: T) => void): () => void;
}

function describe(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(value)'}: ${i.message}`)
    .join('; ');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keeps every field of `raw` that is valid on its own and takes the fallback for the rest, so one
 * bad field does not cost the person their other choices. Only own properties are read, so keys
 * such as `__proto__` are never followed.
 */
export function repairValue<T>(schema: z.ZodMiniType<T>, raw: unknown, fallback: T): T {
  if (!(schema instanceof z.ZodMiniObject) || !isPlainObject(raw) || !isPlainObject(fallback)) {
    return structuredClone(fallback) as T;
  }
  const out: Record<string, unknown> = {};
  for (const [field, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodMiniType>)) {
    const value = Object.hasOwn(raw, field) ? raw[field] : undefined;
    const parsed = fieldSchema.safeParse(value);
    out[field] = parsed.success
      ? parsed.data
      : repairValue(fieldSchema, value, (fallback as Record<string, unknown>)[field]);
  }
  const whole = schema.safeParse(out);
  return whole.success ? (whole.data as T) : (structuredClone(fallback) as T);
}

function defineValidatedItem<T>(
  key: `local:${string}`,
  options: {
    schema: z.ZodMiniType<T>;
    fallback: T;
    version: number;
    migrations?: Record<number, (old: unknown) => unknown>;
  },
): ValidatedItem<T> {
  const item = storage.defineItem<unknown>(key, {
    fallback: null,
    version: options.version,
    migrations: options.migrations ?? {},
  });
  const clone = (): T => structuredClone(options.fallback);

  async function get(): Promise<T> {
    let raw: unknown;
    try {
      raw = await item.getValue();
    } catch {
      return clone();
    }
    if (raw == null) return clone();
    const parsed = options.schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const meta = (await item.getMeta()) as { v?: unknown };
    const future = typeof meta.v === 'number' && meta.v > options.version;
    await keepAside(key, raw, future ? `saved by a newer version (v${String(meta.v)})` : describe(parsed.error));
    const fresh = repairValue(options.schema, raw, options.fallback);
    await item.setValue(fresh);
    await item.setMeta({ v: options.version });
    return fresh;
  }

  async function set(value: T): Promise<void> {
    await item.setValue(options.schema.parse(value));
  }

  return {
    key,
    get,
    set,
    async update(change) {
      const next = change(await get());
      await set(next);
      return next;
    },
    watch(callback) {
      return item.watch((value) => {
        const parsed = options.schema.safeParse(value);
        // A bad value written elsewhere is repaired by the next get(), which also keeps it aside.
        if (parsed.success) callback(parsed.data);
        else void get().then(callback);
      });
    },
  };
}

export const settingsItem = defineValidatedItem<Settings>('local:settings', {
  schema: settingsSchema,
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsV1toV2 },
});

export const progressItem = defineValidatedItem<Progress>('local:progress', {
  schema: progressSchema,
  fallback: {},
  version: 1,
});

export const promptsItem = defineValidatedItem<Prompts>('local:prompts', {
  schema: promptsSchema,
  fallback: DEFAULT_PROMPTS,
  version: 1,
});
