import type { Progress } from './storage';

/**
 * One checklist item ticked or unticked, as every page does it (popup, dashboard, the helper's
 * privacy check). Ticking an item already done keeps the date it was first done.
 */
export function withItem(progress: Progress, platformId: string, itemId: string, done: boolean, now: Date): Progress {
  const forPlatform = { ...(progress[platformId] ?? {}) };
  if (done) {
    if (forPlatform[itemId]) return progress;
    forPlatform[itemId] = { doneAt: now.toISOString() };
  } else {
    if (!forPlatform[itemId]) return progress;
    delete forPlatform[itemId];
  }
  return { ...progress, [platformId]: forPlatform };
}
