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
});
