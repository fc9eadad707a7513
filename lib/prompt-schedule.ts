import type { Platform } from './platforms/types';
import type { Progress, Prompts } from './storage';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long "not now" holds. */
export const SNOOZE_DAYS = 1;

/** The kids' checklist items of a platform that are not done yet. */
export function kidsItemsLeft(platform: Platform, progress: Progress): string[] {
  const done = progress[platform.id] ?? {};
  return platform.checklist
    .filter((item) => item.audience === 'kids' && !Object.hasOwn(done, item.id))
    .map((item) => item.id);
}

/**
 * Whether the helper offers to check the privacy settings together now: at most once per period,
 * never while "not now" holds, never on a site where a parent turned it off, and never once
 * everything on the kids' checklist is done.
 */
export function isPromptDue(now: Date, prompts: Prompts, platformId: string, itemsLeft: number): boolean {
  if (prompts.everyDays === 0 || itemsLeft === 0 || prompts.offSites.includes(platformId)) return false;
  const log = prompts.log[platformId];
  const t = now.getTime();
  // Dates further ahead than "not now" or "shown" could write were written while the clock ran
  // ahead: they do not count, or one wrong clock would silence the offer on the site for months.
  const snoozedFor = log?.snoozedUntil ? Date.parse(log.snoozedUntil) - t : 0;
  if (snoozedFor > 0 && snoozedFor <= SNOOZE_DAYS * DAY_MS) return false;
  const since = log?.lastShown ? t - Date.parse(log.lastShown) : Infinity;
  if (since >= 0 && since < prompts.everyDays * DAY_MS) return false;
  return true;
}

export function markShown(prompts: Prompts, platformId: string, now: Date): Prompts {
  return {
    ...prompts,
    log: { ...prompts.log, [platformId]: { ...prompts.log[platformId], lastShown: now.toISOString() } },
  };
}

export function snooze(prompts: Prompts, platformId: string, now: Date): Prompts {
  const until = new Date(now.getTime() + SNOOZE_DAYS * DAY_MS).toISOString();
  return { ...prompts, log: { ...prompts.log, [platformId]: { ...prompts.log[platformId], snoozedUntil: until } } };
}
