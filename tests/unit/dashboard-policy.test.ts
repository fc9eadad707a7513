import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';
import { Dashboard, load } from '@/entrypoints/options/Dashboard';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/storage';

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.set({ ...DEFAULT_SETTINGS, language: 'en', role: 'parent', setupDone: true });
});
afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const role = (root: HTMLElement, value: string) =>
  root.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!;

describe("the dashboard and an administrator's policy", () => {
  it('shows a policy that answers late (the first read of a browser session) and one changed while it is open', async () => {
    let policy: Record<string, unknown> = { role: 'child' };
    // Slower than the page's first read waits for, as Chromium is at the start of a session.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(
      () => new Promise((resolve) => setTimeout(() => resolve(policy as never), 400)),
    );
    const root = document.createElement('div');
    document.body.append(root);
    render(h(Dashboard, { loading: load() }), root);
    await vi.waitFor(() => expect(root.querySelector('main.dashboard')).not.toBeNull(), { timeout: 5000 });
    // Drawn before the policy came: the family's own role, not locked.
    expect(role(root, 'parent').checked).toBe(true);
    await vi.waitFor(() => expect(role(root, 'child').checked).toBe(true), { timeout: 5000 });
    expect(role(root, 'child').disabled).toBe(true);
    // The administrator changes it: the page follows.
    policy = { role: 'educator' };
    await fakeBrowser.storage.onChanged.trigger({ role: { newValue: 'educator' } }, 'managed');
    await vi.waitFor(() => expect(role(root, 'educator').checked).toBe(true), { timeout: 5000 });
    expect(role(root, 'educator').disabled).toBe(true);
    // And lifts it: the family's own role again, not locked.
    policy = {};
    await fakeBrowser.storage.onChanged.trigger({ role: { oldValue: 'educator' } }, 'managed');
    await vi.waitFor(() => expect(role(root, 'parent').checked).toBe(true), { timeout: 5000 });
    expect(role(root, 'parent').disabled).toBe(false);
  });
});
