import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeThisTab } from '@/components/close-tab';

const FALLBACK = 'chrome-extension://id/options.html';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

function spies(current: () => Promise<{ id?: number } | undefined>) {
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockImplementation(current as never);
  const remove = vi.spyOn(fakeBrowser.tabs, 'remove').mockResolvedValue(undefined);
  const assign = vi.spyOn(location, 'assign').mockImplementation(() => undefined);
  return { remove, assign };
}

describe('closing an extension page (the first run skipped, workshop mode left)', () => {
  it('closes its own tab and goes nowhere', async () => {
    const { remove, assign } = spies(() => Promise.resolve({ id: 7 }));
    await closeThisTab(FALLBACK);
    expect(remove).toHaveBeenCalledWith(7);
    expect(assign).not.toHaveBeenCalled();
  });

  it('goes to the fallback page where it is not in a tab (a popup or a side panel)', async () => {
    const { remove, assign } = spies(() => Promise.resolve(undefined));
    await closeThisTab(FALLBACK);
    expect(remove).not.toHaveBeenCalled();
    expect(assign).toHaveBeenCalledWith(FALLBACK);
  });

  it('goes to the fallback page where the browser will not close the tab', async () => {
    const { remove, assign } = spies(() => Promise.resolve({ id: 7 }));
    remove.mockRejectedValue(new Error('Tabs cannot be edited right now'));
    await closeThisTab(FALLBACK);
    expect(assign).toHaveBeenCalledWith(FALLBACK);
  });
});
