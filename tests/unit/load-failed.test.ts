import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render, type ComponentChild } from 'preact';
import { browserWordsLanguage } from '@/components/LoadFailed';
import { Dashboard } from '@/entrypoints/options/Dashboard';
import { Welcome } from '@/entrypoints/welcome/Welcome';
import { App as Popup } from '@/entrypoints/popup/App';
import { App as Brochure } from '@/entrypoints/brochure/App';
import { Workshop } from '@/entrypoints/workshop/Workshop';
import { Handout } from '@/entrypoints/handout/Handout';

// The pages that load their own words find that they cannot (as after an update under an open page).
vi.mock('@/lib/view-for', () => ({
  i18nFor: () => Promise.reject(new Error('the words could not load')),
  helperViewFor: () => Promise.reject(new Error('the words could not load')),
}));

/** The browser's own words, as Chromium gives them to a browser in Arabic. */
const MESSAGES: Record<string, string> = {
  '@@ui_locale': 'ar',
  loadError: 'تعذّر تحميل Make-IT-Safe. أغلق هذه النافذة وحاول مرة أخرى.',
};

function mount(vnode: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}

/** Waits until the page has drawn its message, or fails after a second. */
async function alertIn(root: HTMLElement): Promise<HTMLElement> {
  await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull(), { timeout: 1000 });
  return root.querySelector<HTMLElement>('[role="alert"]')!;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => MESSAGES[name] ?? '');
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ar');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe("the language of the browser's own words", () => {
  it("is the browser's where there are words for it, else English, left to right", () => {
    expect(browserWordsLanguage('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(browserWordsLanguage('ur_PK')).toEqual({ lang: 'ur-PK', dir: 'rtl' });
    expect(browserWordsLanguage('fr_CA')).toEqual({ lang: 'fr-CA', dir: 'ltr' });
    // No words in Hebrew or Portuguese: the browser takes the English ones.
    expect(browserWordsLanguage('he')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(browserWordsLanguage('pt_BR')).toEqual({ lang: 'en', dir: 'ltr' });
    // Croatian reads our Serbo-Croatian, but the browser looks for an "hr" folder and finds none.
    expect(browserWordsLanguage('hr')).toEqual({ lang: 'en', dir: 'ltr' });
  });
});

describe("a page that could not load says so, in the browser's language and direction", () => {
  const failed = () => {
    const loading = Promise.reject(new Error('the words could not load'));
    // main.tsx starts the load before the page's first effect: a handler comes only then.
    loading.catch(() => undefined);
    return loading;
  };
  const pages: [string, () => ComponentChild][] = [
    ['dashboard', () => h(Dashboard, { loading: failed() as never })],
    ['first run', () => h(Welcome, { loading: failed() as never })],
    ['popup', () => h(Popup, { loading: failed() as never })],
    ['brochure', () => h(Brochure, { initial: failed() as never })],
    ['brochure, its words', () => h(Brochure, { initial: Promise.resolve({ lang: 'fr', layout: 'side' }) as never })],
    ['workshop', () => h(Workshop, {})],
    ['handout', () => h(Handout, {})],
  ];
  for (const [name, page] of pages) {
    it(name, async () => {
      const root = mount(page());
      const alert = await alertIn(root);
      expect(alert.textContent).toBe(MESSAGES['loadError']);
      expect(root.querySelector('[aria-busy]')).toBeNull();
      expect(document.documentElement.lang).toBe('ar');
      expect(document.documentElement.dir).toBe('rtl');
    });
  }
});
