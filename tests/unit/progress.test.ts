import { describe, expect, it } from 'vitest';
import { withItem } from '@/lib/progress';

const NOW = new Date('2026-11-23T12:00:00.000Z');

describe('ticking a checklist item', () => {
  it('records when it was done, and unticking removes it', () => {
    const done = withItem({}, 'tiktok', 'privateAccount', true, NOW);
    expect(done).toEqual({ tiktok: { privateAccount: { doneAt: NOW.toISOString() } } });
    expect(withItem(done, 'tiktok', 'privateAccount', false, NOW)).toEqual({ tiktok: {} });
  });

  it('keeps the first date when an item already done is ticked again, and leaves other platforms alone', () => {
    const before = {
      tiktok: { privateAccount: { doneAt: '2026-01-01T00:00:00.000Z' } },
      x: { twoStep: { doneAt: '2026-02-02T00:00:00.000Z' } },
    };
    expect(withItem(before, 'tiktok', 'privateAccount', true, NOW)).toBe(before);
    expect(withItem(before, 'tiktok', 'twoStep', true, NOW).x).toBe(before.x);
    expect(withItem(before, 'reddit', 'twoStep', false, NOW)).toBe(before);
  });
});

describe('per-site off lists', () => {
  it('take a site out when it is turned on, and add it once when turned off', async () => {
    const { withSiteOn } = await import('@/lib/site-lists');
    expect(withSiteOn(['x', 'tiktok'], 'x', true)).toEqual(['tiktok']);
    expect(withSiteOn(['tiktok'], 'x', false)).toEqual(['tiktok', 'x']);
    expect(withSiteOn(['x'], 'x', false)).toEqual(['x']);
    expect(withSiteOn([], 'x', true)).toEqual([]);
  });
});

describe('the helper per site', () => {
  it('is turned on or off in a copy of the settings, nothing else changed', async () => {
    const { withHelperOn } = await import('@/lib/site-lists');
    const settings = { language: 'fr', helper: { minimized: true, offSites: ['x'] } };
    expect(withHelperOn(settings, 'tiktok', false)).toEqual({
      language: 'fr',
      helper: { minimized: true, offSites: ['x', 'tiktok'] },
    });
    expect(withHelperOn(settings, 'x', true)).toEqual({ language: 'fr', helper: { minimized: true, offSites: [] } });
    expect(settings.helper.offSites).toEqual(['x']);
  });
});
