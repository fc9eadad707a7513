import { storage } from 'wxt/utils/storage';
// zod/mini: the same validation, a fraction of the size in every page that reads storage.
import * as z from 'zod/mini';
import { LANGUAGE_CODES } from './languages';
import { NO_LOCK, pinLockSchema, pinRecordSchema } from './pin';
import { exclusively as withLock } from './web-lock';

/**
 * Every stored value, declared once: key, zod schema, fallback, version and migrations.
 * Every read goes through the schema. A stored value that fails it is never dropped: it is copied
 * under `local:quarantine`, its valid fields are kept, the fallback fills the rest, and the person
 * is told (the popup shows a notice while an unseen quarantine entry exists).
 */

// ---- settings --------------------------------------------------------------------------------

const itemId = z.string().check(z.regex(/^[a-z][a-zA-Z0-9]{0,63}$/));
/** At most one entry per platform the registry could ever hold; a longer list is not ours. */
const platformIds = z.array(itemId).check(z.maxLength(100));

/**
 * Who set the extension up. 'parent' (for a child who uses this browser) and 'child' (with a
 * parent) are child mode: the privacy prompt may appear. 'educator' demonstrates; no prompt.
 */
export const ROLES = ['parent', 'child', 'educator'] as const;
export type Role = (typeof ROLES)[number];

export const settingsSchema = z.strictObject({
  /** 'auto' follows the browser's language. */
  language: z.union([z.literal('auto'), z.enum(LANGUAGE_CODES)]),
  /**
   * ISO 3166-1 alpha-2; 'auto' (never chosen) for the browser's region; 'none' when the family's
   * country is not in the list (helplines.ts NO_COUNTRY): no country, and none guessed.
   */
  country: z.union([z.literal('auto'), z.literal('none'), z.string().check(z.regex(/^[A-Z]{2}$/))]),
  role: z.enum(ROLES),
  /** The sites the family uses, shown first everywhere; empty until chosen, which shows them all. */
  platforms: platformIds,
  helper: z.strictObject({
    /** The launcher shown as a slim tab instead of a button; remembered across pages and sites. */
    minimized: z.boolean(),
    /** Platform ids on which a parent turned the helper off. */
    offSites: platformIds,
  }),
  /** The first-run page was completed (it stays reachable from the dashboard). */
  setupDone: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  country: 'auto',
  role: 'parent',
  platforms: [],
  helper: { minimized: false, offSites: [] },
  setupDone: false,
};

/**
 * v1 was the pre-release shape (`{ lang, minimized }`, with `lang` possibly a browser tag such as
 * 'fr-BE'). v2 groups the helper's state and adds the country.
 */
// Strict, like v2's below: a value of a later version without its version mark (written by a
// copy of the extension a moment ago) is handed on unchanged, never taken for an old one and
// brought back to the defaults.
export const settingsV1Schema = z.strictObject({
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

/**
 * v3 adds who set the extension up, the family's platforms, the helper's per-site switch and
 * whether the first run was done. A v2 install never saw the first run.
 */
export const settingsV2Schema = z.strictObject({
  language: z.optional(z.unknown()),
  country: z.optional(z.unknown()),
  helper: z.optional(z.object({ minimized: z.optional(z.unknown()) })),
});

export function migrateSettingsV2toV3(old: unknown): unknown {
  const parsed = settingsV2Schema.safeParse(old);
  if (!parsed.success) return old;
  const { language, country, helper } = parsed.data;
  return {
    language,
    country,
    role: DEFAULT_SETTINGS.role,
    platforms: [],
    helper: { minimized: helper?.minimized, offSites: [] },
    setupDone: false,
  };
}

// ---- progress --------------------------------------------------------------------------------

export const progressSchema = z.record(itemId, z.record(itemId, z.strictObject({ doneAt: z.iso.datetime() })));
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

// ---- one change at a time ----------------------------------------------------------------------

/**
 * The popup's parts, the dashboard and the background each have their own copy of this module and
 * often touch the same value at the same moment: two readers find the same damage, two pages tick
 * a step each, two wrong PINs are counted. Repairs, updates and quarantine writes therefore take a
 * Web Lock, which every extension page and the background share (one origin); where there is none
 * (tests), a queue within this copy. Whoever waited reads the value again.
 */
const STORAGE_LOCK = 'make-it-safe:storage';

function exclusively<T>(job: () => Promise<T>): Promise<T> {
  return withLock(STORAGE_LOCK, job);
}

/** Callers hold the lock (exclusively). */
async function keepAside(key: string, value: unknown, reason: string): Promise<void> {
  const entries = await readQuarantine();
  // Already kept and not yet seen (another reader got there first, or the same damage again):
  // one copy is enough, and the notice about it is still showing.
  const copy = JSON.stringify(value);
  if (entries.some((e) => !e.seen && e.key === key && JSON.stringify(e.value) === copy)) return;
  entries.push({ key, at: new Date().toISOString(), reason, value, seen: false });
  await quarantineItem.setValue(entries.slice(-QUARANTINE_LIMIT));
}

/**
 * Calls `onChange` with the kept-aside list each time it changes (another page or the background
 * found damage, or marked it seen). Returns the function that stops watching.
 */
export function watchQuarantine(onChange: (entries: QuarantineEntry[]) => void): () => void {
  return quarantineItem.watch(() => void readQuarantine().then(onChange, () => undefined));
}

export function markQuarantineSeen(): Promise<void> {
  return exclusively(async () => {
    const entries = await readQuarantine();
    await quarantineItem.setValue(entries.map((e) => ({ ...e, seen: true })));
  });
}

export async function hasUnseenQuarantine(): Promise<boolean> {
  return (await readQuarantine()).some((e) => !e.seen);
}

// ---- validated items -------------------------------------------------------------------------

export interface ValidatedItem<T> {
  readonly key: `local:${string}`;
  /**
   * The storage entries that hold `value` (checked) at this version, for a write of several
   * items at once (restoreEverything): with its version mark, so no copy of the extension that
   * starts meanwhile takes it for an old value and migrates it.
   */
  entries(value: T): { key: `local:${string}`; value: unknown }[];
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
 * Keeps every part of `raw` that is valid on its own and takes the fallback for the rest, so one
 * bad field does not cost the person their other choices: object fields one by one, record
 * entries (a platform's progress) one by one, list elements one by one. Only own properties are
 * read, so keys such as `__proto__` are never followed.
 */
export function repairValue<T>(schema: z.ZodMiniType<T>, raw: unknown, fallback: T): T {
  const whole = (value: unknown): T => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : (structuredClone(fallback) as T);
  };
  if (schema instanceof z.ZodMiniObject && isPlainObject(raw) && isPlainObject(fallback)) {
    const out: Record<string, unknown> = {};
    for (const [field, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodMiniType>)) {
      const value = Object.hasOwn(raw, field) ? raw[field] : undefined;
      const parsed = fieldSchema.safeParse(value);
      out[field] = parsed.success
        ? parsed.data
        : repairValue(fieldSchema, value, (fallback as Record<string, unknown>)[field]);
    }
    return whole(out);
  }
  if (schema instanceof z.ZodMiniRecord && isPlainObject(raw)) {
    const { keyType, valueType } = schema._zod.def as unknown as { keyType: z.ZodMiniType; valueType: z.ZodMiniType };
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (key === '__proto__' || !keyType.safeParse(key).success) continue;
      const parsed = valueType.safeParse(value);
      // A damaged entry is repaired from an empty one where that is valid (an inner record).
      const kept = parsed.success ? parsed.data : repairValue(valueType, value, {} as unknown);
      if (valueType.safeParse(kept).success) out[key] = kept;
    }
    return whole(out);
  }
  if (schema instanceof z.ZodMiniArray && Array.isArray(raw)) {
    const element = (schema._zod.def as unknown as { element: z.ZodMiniType }).element;
    const kept = raw.filter((item) => element.safeParse(item).success);
    // Too many elements: the fallback rather than a guess at which ones matter.
    return whole(kept);
  }
  return structuredClone(fallback) as T;
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

  /** The stored value if it is valid (the fallback when nothing is stored), else what is stored. */
  async function read(): Promise<{ ok: true; value: T } | { ok: false; raw: unknown; error: z.core.$ZodError }> {
    // A read that fails, fails: taken for "nothing stored", its defaults would be what the next
    // change is made to and written over what is stored (the checklists, the PIN).
    const raw: unknown = await item.getValue();
    if (raw == null) return { ok: true, value: clone() };
    const parsed = options.schema.safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, raw, error: parsed.error };
  }

  /** The value, repaired if it is damaged. The caller holds the lock (exclusively). */
  async function getHoldingLock(): Promise<T> {
    const now = await read();
    if (now.ok) return now.value;
    const meta = (await item.getMeta()) as { v?: unknown };
    const future = typeof meta.v === 'number' && meta.v > options.version;
    await keepAside(key, now.raw, future ? `saved by a newer version (v${String(meta.v)})` : describe(now.error));
    const fresh = repairValue(options.schema, now.raw, options.fallback);
    await item.setValue(fresh);
    await item.setMeta({ v: options.version });
    return fresh;
  }

  async function get(): Promise<T> {
    const first = await read();
    // Valid: no lock needed to read. Damaged: repair it once, whoever else found it too.
    return first.ok ? first.value : exclusively(getHoldingLock);
  }

  async function setHoldingLock(value: T): Promise<void> {
    await item.setValue(options.schema.parse(value));
  }

  return {
    key,
    entries: (value) => [
      { key, value: options.schema.parse(value) },
      { key: `${key}$`, value: { v: options.version } },
    ],
    get,
    set: (value) => exclusively(() => setHoldingLock(value)),
    update(change) {
      // Read and write as one step, so a change made elsewhere in between is never overwritten.
      return exclusively(async () => {
        const current = await getHoldingLock();
        const next = change(current);
        // Nothing to write when the change found nothing to change.
        if (next !== current) await setHoldingLock(next);
        return next;
      });
    },
    watch(callback) {
      return item.watch((value) => {
        const parsed = options.schema.safeParse(value);
        // A bad value written elsewhere is repaired by the next get(), which also keeps it aside.
        if (parsed.success) callback(parsed.data);
        else get().then(callback, () => undefined);
      });
    },
  };
}

export const settingsItem = defineValidatedItem<Settings>('local:settings', {
  schema: settingsSchema,
  fallback: DEFAULT_SETTINGS,
  version: 3,
  migrations: { 2: migrateSettingsV1toV2, 3: migrateSettingsV2toV3 },
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

/** The parent PIN (pin.ts): only its hash, and the count of wrong entries that slows guessing. */
export const pinStateSchema = z.strictObject({
  record: z.optional(pinRecordSchema),
  lock: pinLockSchema,
});
export type PinState = z.infer<typeof pinStateSchema>;
export const NO_PIN: PinState = { lock: NO_LOCK };

export const pinItem = defineValidatedItem<PinState>('local:pin', {
  schema: pinStateSchema,
  fallback: NO_PIN,
  version: 1,
});

// ---- reset ---------------------------------------------------------------------------------------

/**
 * "Reset everything": every stored value back to its default, the parent PIN removed, and what
 * was kept aside deleted too, so nothing the family stored is left behind.
 */
export function resetEverything(): Promise<void> {
  return restoreEverything({ settings: DEFAULT_SETTINGS, progress: {}, prompts: DEFAULT_PROMPTS, pin: NO_PIN }, []);
}

/**
 * Everything the family stores replaced at once (an import, a reset): one storage write under the
 * lock, so no page ever reads half of it, and a write that fails changes nothing. `quarantine`:
 * what is kept aside afterwards; left as it is when not given.
 */
export function restoreEverything(
  values: { settings: Settings; progress: Progress; prompts: Prompts; pin: PinState },
  quarantine?: QuarantineEntry[],
): Promise<void> {
  const entries = [
    ...settingsItem.entries(values.settings),
    ...progressItem.entries(values.progress),
    ...promptsItem.entries(values.prompts),
    ...pinItem.entries(values.pin),
    ...(quarantine ? [{ key: 'local:quarantine' as const, value: quarantine }] : []),
  ];
  return exclusively(() => storage.setItems(entries));
}
