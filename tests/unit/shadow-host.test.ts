import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShadowHost } from '../../entrypoints/social.content/shadow-host';

const NAME = 'make-it-safe-helper';
/** Lets the MutationObserver callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the helper host', () => {
  afterEach(() => {
    for (const old of [...document.getElementsByTagName(NAME)]) old.remove();
    if (!document.body) document.documentElement.append(document.createElement('body'));
  });

  it('goes after <body>, as the last child of <html>, not among the page own elements', () => {
    document.body.innerHTML = '<main></main><button id="last">chat</button>';
    const ui = createShadowHost(NAME, ':host { display: block }');
    ui.mount();
    expect(document.documentElement.lastElementChild).toBe(ui.host);
    expect(document.body.lastElementChild?.id).toBe('last');
    expect(document.body.contains(ui.host)).toBe(false);
  });

  it('keeps its contents away from the page: a closed root', () => {
    const ui = createShadowHost(NAME, '');
    ui.mount();
    expect(ui.host.shadowRoot).toBeNull();
    expect(ui.container.isConnected).toBe(true);
    expect(document.querySelector(`${NAME} div`)).toBeNull();
  });

  it('before the parser has made <body>, waits for it, then goes after it', async () => {
    document.body.remove();
    const ui = createShadowHost(NAME, '');
    ui.mount();
    ui.mount(); // a second call while waiting adds nothing
    expect(ui.host.isConnected).toBe(false);
    document.documentElement.append(document.createElement('head'));
    await settle();
    expect(ui.host.isConnected).toBe(false);
    const body = document.createElement('body');
    document.documentElement.append(body);
    await settle();
    expect(ui.host.isConnected).toBe(true);
    expect(body.nextElementSibling).toBe(ui.host);
    expect(document.getElementsByTagName(NAME)).toHaveLength(1);
    // What the parser adds to <body> later still comes before the helper.
    body.append(document.createElement('main'));
    expect(document.documentElement.lastElementChild).toBe(ui.host);
  });

  it('waiting for <body>, follows a page that replaces <html> itself', async () => {
    const oldHtml = document.documentElement;
    document.body.remove();
    const ui = createShadowHost(NAME, '');
    ui.mount();
    const html = document.createElement('html');
    oldHtml.remove();
    document.append(html);
    await settle();
    expect(ui.host.isConnected).toBe(false);
    html.append(document.createElement('head'), document.createElement('body'));
    await settle();
    expect(html.lastElementChild).toBe(ui.host);
    html.remove();
    document.append(oldHtml);
  });

  it('removed while it waits for <body>, it never joins the page', async () => {
    document.body.remove();
    const ui = createShadowHost(NAME, '');
    ui.mount();
    ui.remove();
    document.documentElement.append(document.createElement('body'));
    await settle();
    expect(ui.host.isConnected).toBe(false);
  });

  it('goes back after <body> when the page took it away', () => {
    const ui = createShadowHost(NAME, '');
    ui.mount();
    ui.host.remove();
    ui.mount();
    expect(document.documentElement.lastElementChild).toBe(ui.host);
  });
});

describe('the helper host, taken out by the page', () => {
  afterEach(() => {
    for (const old of [...document.getElementsByTagName(NAME)]) old.remove();
    if (!document.body) document.documentElement.append(document.createElement('body'));
  });

  it('says so once per removal, and the caller decides whether it goes back', async () => {
    const removed = vi.fn();
    const ui = createShadowHost(NAME, '', removed);
    ui.mount();
    // The page's own changes, its <body>'s or <html>'s, with the host left in place: nothing.
    document.body.append(document.createElement('main'));
    document.documentElement.append(document.createElement('footer'));
    await settle();
    expect(removed).not.toHaveBeenCalled();

    ui.host.remove();
    await settle();
    expect(removed).toHaveBeenCalledTimes(1);
    // Left out: later changes to the page do not put it back or call again.
    document.documentElement.append(document.createElement('aside'));
    await settle();
    expect(ui.host.isConnected).toBe(false);
    expect(removed).toHaveBeenCalledTimes(1);

    ui.mount();
    expect(document.documentElement.lastElementChild).toBe(ui.host);
    document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
    await settle();
    expect(removed).toHaveBeenCalledTimes(2);
    for (const extra of document.querySelectorAll('footer, aside')) extra.remove();
  });

  it('taken out inside <body>, where the observer does not look, is found when the helper looks again', async () => {
    const removed = vi.fn();
    const ui = createShadowHost(NAME, '', removed);
    ui.mount();
    document.body.append(ui.host);
    await settle();
    expect(removed).not.toHaveBeenCalled();
    ui.host.remove();
    await settle();
    expect(removed).not.toHaveBeenCalled();
    ui.recheck();
    ui.recheck();
    expect(removed).toHaveBeenCalledTimes(1);
  });

  it('is not watched once the helper took it away itself', async () => {
    const removed = vi.fn();
    const ui = createShadowHost(NAME, '', removed);
    ui.mount();
    ui.remove();
    document.documentElement.append(document.createElement('footer'));
    await settle();
    expect(removed).not.toHaveBeenCalled();
    expect(ui.host.isConnected).toBe(false);
    document.querySelector('footer')?.remove();
  });

  describe('put back after the page took it out, gives the focus back', () => {
    /**
     * A host the caller puts back at once, as the helper does, with two buttons inside, the second
     * focused. `focused()`: which of them has the focus now (the page sees only the host).
     */
    const focusedInside = () => {
      const ui = createShadowHost(NAME, '', () => ui.mount());
      const buttons = [document.createElement('button'), document.createElement('button')];
      let last: number | undefined;
      buttons.forEach((button, i) => button.addEventListener('focus', () => (last = i)));
      ui.container.append(...buttons);
      ui.mount();
      buttons[1]!.focus();
      const focused = () => (document.activeElement === ui.host ? last : undefined);
      expect(focused()).toBe(1);
      return { ui, button: buttons[1]!, focused };
    };

    it('where the browser says nothing as the host goes (Firefox)', async () => {
      const { ui, focused } = focusedInside();
      ui.host.remove();
      expect(focused()).toBeUndefined();
      await settle();
      expect(ui.host.isConnected).toBe(true);
      expect(focused()).toBe(1);
    });

    it('where the browser tells the focus left as the host went (Chromium)', async () => {
      const { ui, button, focused } = focusedInside();
      button.blur(); // Chromium: a focusout as the host goes, before the observer hears of it
      ui.host.remove();
      await settle();
      expect(focused()).toBe(1);
      await settle();
      expect(focused()).toBe(1);
    });

    it('not where the person had already left the helper', async () => {
      const { ui, button, focused } = focusedInside();
      button.blur();
      await settle();
      ui.host.remove();
      await settle();
      expect(ui.host.isConnected).toBe(true);
      expect(focused()).toBeUndefined();
    });

    it('not where the page moved the focus to something of its own', async () => {
      const { ui, focused } = focusedInside();
      const search = document.createElement('input');
      document.body.append(search);
      ui.host.remove();
      search.focus();
      await settle();
      expect(ui.host.isConnected).toBe(true);
      expect(focused()).toBeUndefined();
      expect(document.activeElement).toBe(search);
      search.remove();
    });

    it('not once the helper took itself away', async () => {
      const { ui, focused } = focusedInside();
      ui.remove();
      ui.mount();
      await settle();
      expect(ui.host.isConnected).toBe(true);
      expect(focused()).toBeUndefined();
    });
  });
});
