import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { LANGUAGE_CODES } from './languages';
import { ROLES, promptsItem, settingsItem, type Prompts, type Settings } from './storage';

/**
 * Settings a school's or family's administrator sets with browser policy (managed storage:
 * `storage.managed_schema` in Chrome and Edge, `3rdparty` in Firefox's policies.json; see
 * docs/browser-policy.md). Every value the policy sets wins over the local one and is locked: the
 * pages show it as set by the administrator and offer no way to change it. The policy is read,
 * never written, and is validated field by field like any other input: a bad field is ignored,
 * the good ones still apply.
 */

const platformId = z.string().check(z.regex(/^[a-z][a-zA-Z0-9]{0,63}$/));
const platformIds = z.array(platformId).check(z.maxLength(100));

/** One schema per policy field, so one bad field does not cost the others. */
export const POLICY_FIELDS = {
  language: z.enum(LANGUAGE_CODES),
  /**
   * A country, or 'none' ("not in the list"): a school in a country without a checked helpline can
   * keep the browser's language region from choosing another country's line for its pupils.
   */
  country: z.union([z.literal('none'), z.string().check(z.regex(/^[A-Z]{2}$/))]),
  role: z.enum(ROLES),
  platforms: platformIds,
  helperOffSites: platformIds,
  promptEveryDays: z.number().check(z.int(), z.minimum(0), z.maximum(365)),
  promptOffSites: platformIds,
} as const;

export type PolicyField = keyof typeof POLICY_FIELDS;
export type ManagedPolicy = { [K in PolicyField]?: z.infer<(typeof POLICY_FIELDS)[K]> };
export const POLICY_FIELD_NAMES = Object.keys(POLICY_FIELDS) as PolicyField[];

export interface ParsedPolicy {
  policy: ManagedPolicy;
  /** Fields the administrator set with a value this version cannot use. */
  ignored: string[];
}

export function parsePolicy(raw: unknown): ParsedPolicy {
  const policy: Record<string, unknown> = {};
  const ignored: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { policy, ignored };
  for (const [field, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!Object.hasOwn(POLICY_FIELDS, field)) {
      ignored.push(field);
      continue;
    }
    const parsed = POLICY_FIELDS[field as PolicyField].safeParse(value);
    if (parsed.success) policy[field] = parsed.data;
    else ignored.push(field);
  }
  return { policy: policy as ManagedPolicy, ignored };
}

/**
 * Chromium answers the first managed-storage read of a browser session only once its policy service
 * has started: about 3 s after launch on the test machine. A page (or the helper on a tab restored
 * at startup) must not wait that long, so reads give up after this and go on without a policy; the
 * background keeps the policy once it arrives (`PolicyCache`).
 */
export const POLICY_WAIT_MS = 250;

/** The policy set for this extension, or none: a browser without one (or without the API) has none. */
export async function readManagedPolicy(
  read: () => Promise<unknown> = () => browser.storage.managed.get(),
  waitMs = Number.POSITIVE_INFINITY,
): Promise<ParsedPolicy> {
  let raw: unknown;
  try {
    const timeout = new Promise<undefined>((resolve) => {
      if (Number.isFinite(waitMs)) setTimeout(() => resolve(undefined), waitMs);
    });
    raw = await Promise.race([read(), timeout]);
  } catch {
    // Firefox rejects when no policy names this extension; that is the usual case.
    return { policy: {}, ignored: [] };
  }
  const parsed = parsePolicy(raw);
  if (parsed.ignored.length > 0) console.warn('[Make-IT-Safe] policy fields ignored:', parsed.ignored.join(', '));
  return parsed;
}

/** What the pages and the helper use: the local settings with the policy's values on top. */
export interface Effective {
  settings: Settings;
  prompts: Prompts;
  locked: ReadonlySet<PolicyField>;
}

export function applyPolicy(settings: Settings, prompts: Prompts, policy: ManagedPolicy): Effective {
  const s: Settings = { ...settings, helper: { ...settings.helper } };
  const p: Prompts = { ...prompts };
  if (policy.language !== undefined) s.language = policy.language;
  if (policy.country !== undefined) s.country = policy.country;
  if (policy.role !== undefined) s.role = policy.role;
  if (policy.platforms !== undefined) s.platforms = policy.platforms;
  if (policy.helperOffSites !== undefined) s.helper.offSites = policy.helperOffSites;
  if (policy.promptEveryDays !== undefined) p.everyDays = policy.promptEveryDays;
  if (policy.promptOffSites !== undefined) p.offSites = policy.promptOffSites;
  const locked = new Set(POLICY_FIELD_NAMES.filter((field) => policy[field] !== undefined));
  return { settings: s, prompts: p, locked };
}

/**
 * For the pages: the settings in effect, without waiting long for a policy (see POLICY_WAIT_MS).
 * A page reads the policy once and passes it back (`known`) when it reads the settings again after
 * a change, so a change shows at once.
 */
export async function readEffective(known?: ManagedPolicy): Promise<Effective & { policy: ManagedPolicy }> {
  const [settings, prompts, policy] = await Promise.all([
    settingsItem.get(),
    promptsItem.get(),
    known ?? readManagedPolicy(undefined, POLICY_WAIT_MS).then((p) => p.policy),
  ]);
  return { ...applyPolicy(settings, prompts, policy), policy };
}

/**
 * The background's copy of the policy: read once at startup (however long the browser takes) and
 * again whenever it changes, so answering the helper waits for it at most once, just after the
 * background starts (`settled`). `onChange` runs when a read brings a different policy, to tell
 * the open helpers.
 */
export class PolicyCache {
  private policy: ManagedPolicy = {};
  private first: Promise<void> | undefined;
  private isSettled = false;
  constructor(
    private readonly onChange: () => void,
    private readonly read: () => Promise<unknown> = () => browser.storage.managed.get(),
  ) {}

  current(): ManagedPolicy {
    return this.policy;
  }

  load(): Promise<void> {
    const run = this.readOnce();
    this.first ??= run.then(
      () => this.settle(),
      () => this.settle(),
    );
    return run;
  }

  /**
   * Resolves when the first read has answered, or after `maxMs`, as a page does (POLICY_WAIT_MS):
   * in the first seconds of a browser session managed storage can take that long, and a policy
   * that comes later still reaches the helpers through `onChange`.
   */
  async settled(maxMs = POLICY_WAIT_MS): Promise<void> {
    if (this.isSettled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.settle();
        resolve();
      }, maxMs);
    });
    try {
      await Promise.race([this.first ?? this.load(), wait]);
    } finally {
      clearTimeout(timer);
    }
  }

  private settle(): void {
    this.isSettled = true;
  }

  private async readOnce(): Promise<void> {
    const { policy } = await readManagedPolicy(this.read);
    if (JSON.stringify(policy) === JSON.stringify(this.policy)) return;
    this.policy = policy;
    this.onChange();
  }
}
