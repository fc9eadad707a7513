import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';
import { Workshop } from '@/entrypoints/workshop/Workshop';

// The helper's view for one site cannot be built (as after an update under the open page).
const FAILING_SITE = 'tiktok';
vi.mock('@/lib/view-for', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/view-for')>();
  return {
    ...real,
    helperViewFor: (...args: Parameters<typeof real.helperViewFor>) =>
      args[0].id === FAILING_SITE ? Promise.reject(new Error('the view could not load')) : real.helperViewFor(...args),
  };
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) =>
    name === 'loadError' ? 'Make-IT-Safe could not load. Close this window and try again.' : '',
  );
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
});
afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

it('a site whose helper cannot load after the start leaves only the message: no helper from before beside it', async () => {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(Workshop, {}), root);
  await vi.waitFor(() => expect(document.querySelector('make-it-safe-helper')).not.toBeNull(), { timeout: 5000 });
  const site = root.querySelector<HTMLSelectElement>('[data-testid="platform"]')!;
  expect([...site.options].map((o) => o.value)).toContain(FAILING_SITE);
  site.value = FAILING_SITE;
  site.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(root.querySelector('[data-testid="load-failed"]')).not.toBeNull(), { timeout: 5000 });
  expect(document.querySelector('make-it-safe-helper')).toBeNull();
  expect(document.body.textContent).toBe('Make-IT-Safe could not load. Close this window and try again.');
});
