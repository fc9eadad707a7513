import { describe, expect, it } from 'vitest';
import { isPromptDue, kidsItemsLeft, markShown, snooze } from '@/lib/prompt-schedule';
import { DEFAULT_PROMPTS, promptsSchema, type Prompts } from '@/lib/storage';
import { instagram } from '@/lib/platforms/instagram';

const at = (iso: string) => new Date(iso);
const NOW = at('2026-11-23T10:00:00Z');

describe('privacy prompt schedule (fixed clock)', () => {
  it('is due on a first visit, and not again within the period', () => {
    expect(isPromptDue(NOW, DEFAULT_PROMPTS, 'instagram', 3)).toBe(true);
    const shown = markShown(DEFAULT_PROMPTS, 'instagram', NOW);
    expect(promptsSchema.safeParse(shown).success).toBe(true);
    expect(isPromptDue(at('2026-11-24T10:00:00Z'), shown, 'instagram', 3)).toBe(false);
    expect(isPromptDue(at('2026-11-30T09:59:59Z'), shown, 'instagram', 3)).toBe(false);
    expect(isPromptDue(at('2026-11-30T10:00:00Z'), shown, 'instagram', 3)).toBe(true);
    // Each site has its own schedule.
    expect(isPromptDue(at('2026-11-24T10:00:00Z'), shown, 'tiktok', 3)).toBe(true);
  });

  it('follows the period the parent set, and never asks when it is off', () => {
    const monthly: Prompts = { ...markShown(DEFAULT_PROMPTS, 'instagram', NOW), everyDays: 30 };
    expect(isPromptDue(at('2026-12-10T10:00:00Z'), monthly, 'instagram', 3)).toBe(false);
    expect(isPromptDue(at('2026-12-23T10:00:00Z'), monthly, 'instagram', 3)).toBe(true);
    expect(isPromptDue(NOW, { ...DEFAULT_PROMPTS, everyDays: 0 }, 'instagram', 3)).toBe(false);
    expect(isPromptDue(NOW, { ...DEFAULT_PROMPTS, offSites: ['instagram'] }, 'instagram', 3)).toBe(false);
  });

  it('does not let a date written while the clock ran ahead silence it for months', () => {
    const yearAhead = at('2027-11-23T10:00:00Z');
    // Shown, then "not now", both while the clock said a year later; the clock then put right.
    const wrongClock = snooze(markShown(DEFAULT_PROMPTS, 'instagram', yearAhead), 'instagram', yearAhead);
    expect(isPromptDue(yearAhead, wrongClock, 'instagram', 3)).toBe(false);
    expect(isPromptDue(NOW, wrongClock, 'instagram', 3)).toBe(true);
  });

  it('"not now" holds for a day', () => {
    const later = snooze(DEFAULT_PROMPTS, 'instagram', NOW);
    expect(isPromptDue(at('2026-11-23T20:00:00Z'), later, 'instagram', 3)).toBe(false);
    expect(isPromptDue(at('2026-11-24T10:00:01Z'), later, 'instagram', 3)).toBe(true);
  });

  it("does not ask again once the kids' checklist is done", () => {
    const kids = instagram.checklist.filter((i) => i.audience === 'kids').map((i) => i.id);
    const parents = instagram.checklist.filter((i) => i.audience === 'parents').map((i) => i.id);
    expect(kidsItemsLeft(instagram, {})).toEqual(kids);
    const doneAt = NOW.toISOString();
    // Parents' items done do not count: the prompt is about the child's own settings.
    const progress = { instagram: Object.fromEntries([...kids.slice(1), ...parents].map((id) => [id, { doneAt }])) };
    expect(kidsItemsLeft(instagram, progress)).toEqual([kids[0]]);
    const all = { instagram: { ...progress.instagram, [kids[0]!]: { doneAt } } };
    expect(kidsItemsLeft(instagram, all)).toEqual([]);
    expect(isPromptDue(NOW, DEFAULT_PROMPTS, 'instagram', 0)).toBe(false);
  });
});
