import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';
import { Workshop } from '@/entrypoints/workshop/Workshop';

// The helper's view for one site, and the words of one language, cannot load (as after an update
// under the open page). A view can be held back until a test lets it go.
const FAILING_SITE = 'tiktok';
const FAILING_LANGUAGE = 'ar';
const hold = vi.hoisted(() => ({ next: false, release: () => undefined as void }));
vi.mock('@/lib/view-for', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/view-for')>();
  return {
    ...real,
    i18nFor: (lang: Parameters<typeof real.i18nFor>[0]) =>
      lang === FAILING_LANGUAGE ? Promise.reject(new Error('the words could not load')) : real.i18nFor(lang),
    helperViewFor: async (...args: Parameters<typeof real.helperViewFor>) => {
      if (args[0].id === FAILING_SITE) throw new Error('the view could not load');
      if (hold.next) {
        hold.next = false;
        await new Promise<void>((resolve) => (hold.release = resolve));
      }
      return real.helperViewFor(...args);
    },
  };
});

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  // The workshop keeps its choices in the address: each test starts from none.
  history.replaceState(null, '', '/');
  root = document.createElement('div');
  document.body.append(root);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) =>
    name === 'loadError' ? 'Make-IT-Safe could not load. Close this window and try again.' : '',
  );
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
});
afterEach(() => {
  render(null, root);
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

it('a site whose helper cannot load after the start leaves only the message: no helper from before beside it', async () => {
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

it('a view still on its way when the page fails mounts no helper when it comes', { timeout: 20_000 }, async () => {
  render(h(Workshop, {}), root);
  await vi.waitFor(() => expect(document.querySelector('make-it-safe-helper')).not.toBeNull(), { timeout: 5000 });
  // Another site's view is held; meanwhile a language whose words cannot load is chosen.
  hold.next = true;
  const site = root.querySelector<HTMLSelectElement>('[data-testid="platform"]')!;
  site.value = [...site.options].map((o) => o.value).find((id) => id !== site.value && id !== FAILING_SITE)!;
  site.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(hold.next).toBe(false), { timeout: 5000 });
  const language = root.querySelector<HTMLSelectElement>('[data-testid="language"]')!;
  language.value = FAILING_LANGUAGE;
  language.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(root.querySelector('[data-testid="load-failed"]')).not.toBeNull(), { timeout: 5000 });
  hold.release();
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(document.querySelector('make-it-safe-helper')).toBeNull();
});
