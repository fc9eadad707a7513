import { describe, expect, it, vi } from 'vitest';
import { hasPanel, mountHelper } from '@/components/helper-ui';
import { buildHelperView, launcherPart, type HelperView } from '@/lib/helper-view';
import { instagram } from '@/lib/platforms/instagram';
import { LANGUAGES, type LanguageCode } from '@/lib/languages';
import { buildCheckView } from '@/lib/checklist-view';
import { helplinesFor } from '@/lib/helplines';

function view(lang: LanguageCode, minimized = false): HelperView {
  return buildHelperView({
    platform: instagram,
    language: LANGUAGES[lang],
    t: (key) => `${lang} text for ${key}`,
    helplines: [],
    minimized,
  });
}

/** The attribute writes the helper makes while `run` runs (each is a style and render for the page). */
async function attributeWrites(container: HTMLElement, run: () => void): Promise<string[]> {
  const seen: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records)
      seen.push(`${(r.target as Element).className || (r.target as Element).localName}@${r.attributeName}`);
  });
  observer.observe(container, { attributes: true, subtree: true });
  run();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return seen;
}

describe('the in-page helper', () => {
  it('writes nothing when the same view comes again (as it does on every page change of the site)', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountHelper(container, view('en'));
    expect(await attributeWrites(container, () => handle.update(view('en')))).toEqual([]);
    handle.destroy();
  });

  it('writes what changed: another language turns the launcher round and renames its buttons', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountHelper(container, view('en'));
    const writes = await attributeWrites(container, () => handle.update(view('ar')));
    expect(writes).toEqual(expect.arrayContaining(['mis-root@lang', 'mis-root@dir', 'mis-open@aria-label']));
    const root = container.querySelector('.mis-root')!;
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe(LANGUAGES.ar.tag);
    expect(container.querySelector('.mis-open')!.getAttribute('aria-label')).toBe(view('ar').labels.open);
    handle.destroy();
  });

  it('shows a remembered minimised launcher, and writes only the size button and the launcher for it', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountHelper(container, view('en'));
    const writes = await attributeWrites(container, () => handle.update(view('en', true)));
    expect(new Set(writes.map((w) => w.split('@')[0]))).toEqual(new Set(['mis-size', 'mis-launcher mis-min']));
    expect(container.querySelector('.mis-size')!.getAttribute('aria-label')).toBe(view('en').labels.restore);
    handle.destroy();
  });

  it('opens a panel asked for before its words came as they come, with the focus in it, and keeps the words', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const focused = () => container.ownerDocument.activeElement;
    const launcher = launcherPart(view('en'));
    expect(hasPanel(launcher)).toBe(false);
    const handle = mountHelper(container, launcher, {}, { panelCss: '.mis-panel { color: red; }' });
    // A page load parses no inline style: the font is the panel's.
    expect(container.querySelector('.mis-root')!.hasAttribute('style')).toBe(false);
    const open = container.querySelector<HTMLButtonElement>('.mis-open')!;
    open.click();
    expect(handle.isOpen()).toBe(false);
    expect(container.querySelector('#mis-panel')).toBeNull();
    // It is marked busy meanwhile, with the panel's styles in (they hold the cue).
    expect(open.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('style')?.textContent).toContain('.mis-panel');
    // Another launcher view (the same page asked again) does not open it: it has no words.
    handle.update(launcherPart(view('en')));
    expect(handle.isOpen()).toBe(false);
    handle.update(view('en'));
    expect(handle.isOpen()).toBe(true);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(open.hasAttribute('aria-busy')).toBe(false);
    expect(focused()).toBe(container.querySelector('.mis-title'));
    expect(container.querySelector('.mis-root')!.getAttribute('style')).toContain('--mis-font');
    // A launcher's view later (minimised on another page) keeps the words the panel shows.
    handle.update(launcherPart(view('en', true)));
    expect(container.querySelector('#mis-panel')!.textContent).toContain(view('en').guides[0]!.title);
    open.click();
    open.click();
    expect(handle.isOpen()).toBe(true);
    handle.destroy();
  });

  it('lets a waiting opening be taken back, keeps the size the person chose against an older view, and keeps the focus where the person went', () => {
    const container = document.createElement('div');
    const field = document.createElement('input');
    document.body.append(field, container);
    const handle = mountHelper(container, launcherPart(view('en')));
    const open = container.querySelector<HTMLButtonElement>('.mis-open')!;
    // Escape while the words are on their way: the panel does not open when they come.
    open.click();
    open.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(open.hasAttribute('aria-busy')).toBe(false);
    handle.update(view('en'));
    expect(handle.isOpen()).toBe(false);

    const launcher = container.querySelector('.mis-launcher')!;
    container.querySelector<HTMLButtonElement>('.mis-size')!.click();
    expect(launcher.classList.contains('mis-min')).toBe(true);
    // The answer to a request the pointer set off on its way to the button: the old size.
    handle.update(view('en', false));
    expect(launcher.classList.contains('mis-min')).toBe(true);
    // The background has the new size; after that, views say which size again.
    handle.update(view('en', true));
    handle.update(view('en', false));
    expect(launcher.classList.contains('mis-min')).toBe(false);

    // Another language without words: the English ones are not kept.
    handle.update(launcherPart(view('ar')));
    // A second press takes a waiting opening back, and the busy state with it.
    open.click();
    expect(open.getAttribute('aria-busy')).toBe('true');
    open.click();
    expect(open.hasAttribute('aria-busy')).toBe(false);
    // Words that did not come (the request failed): the waiting press is dropped.
    open.click();
    handle.noWords();
    expect(open.hasAttribute('aria-busy')).toBe(false);
    handle.update(view('en'));
    expect(handle.isOpen()).toBe(false);
    handle.update(launcherPart(view('ar')));
    // Opened while waiting, and the person went on to the site meanwhile: it opens, and the focus
    // stays where they put it.
    open.click();
    expect(handle.isOpen()).toBe(false);
    field.focus();
    handle.update(view('ar'));
    expect(handle.isOpen()).toBe(true);
    expect(container.querySelector('#mis-panel')!.textContent).toContain('ar text for');
    expect(document.activeElement).toBe(field);
    handle.destroy();
    field.remove();
  });

  it('a panel rebuilt for another page keeps the focus on what stands where it was', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const feed = view('en');
    // Another kind of page of the site: the same words, the guides in another order.
    const chat = { ...feed, guides: [...feed.guides].reverse() };
    const handle = mountHelper(container, feed);
    container.querySelector<HTMLButtonElement>('.mis-open')!.click();
    for (const [selector, next] of [
      ['.mis-title', chat],
      ['.mis-get-help', feed],
      [`#mis-guide-${feed.guides[0]!.id}`, chat],
    ] as const) {
      const before = container.querySelector<HTMLElement>(selector)!;
      before.focus();
      handle.update(next);
      const after = container.querySelector<HTMLElement>(selector)!;
      expect(after, selector).not.toBe(before);
      expect(document.activeElement, selector).toBe(after);
    }
    handle.destroy();
  });

  it("shows the privacy offer only from a view that says it is due; a panel's view only words it again", () => {
    const offer = (lang: LanguageCode) => ({ ...view(lang), prompt: view(lang).offer });
    // Mounted from a panel's view (the helper turned back on while the page was open): no offer.
    const quiet = document.createElement('div');
    document.body.append(quiet);
    const first = mountHelper(quiet, view('en'));
    expect(quiet.querySelector('.mis-prompt')).toBeNull();
    first.update(view('ar'));
    expect(quiet.querySelector('.mis-prompt')).toBeNull();
    first.destroy();
    // Due at the page load: shown; a panel's view in another language redraws it in that language.
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountHelper(container, launcherPart(offer('en')));
    expect(container.querySelector('.mis-prompt-start')!.textContent).toBe('en text for ui:prompt.start');
    handle.update(view('ar'));
    expect(container.querySelector('.mis-prompt-start')!.textContent).toBe('ar text for ui:prompt.start');
    // A launcher's view without the offer (not due any more) does not take away the one showing.
    handle.update(launcherPart(view('en')));
    expect(container.querySelector('.mis-prompt')).not.toBeNull();
    handle.destroy();
  });

  it("keeps the offer's card while its words stay the same: a press is not lost to a redraw", () => {
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountHelper(container, launcherPart({ ...view('en'), prompt: view('en').offer }));
    const start = container.querySelector<HTMLButtonElement>('.mis-prompt-start')!;
    // The panel's words come as the pointer reaches the card: between its press and its release.
    start.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    handle.update(view('en'));
    handle.update(launcherPart({ ...view('en'), prompt: view('en').offer }));
    expect(container.querySelector('.mis-prompt-start')).toBe(start);
    // Other words (another language) still redraw it.
    handle.update(view('ar'));
    expect(container.querySelector('.mis-prompt-start')).not.toBe(start);
    expect(container.querySelector('.mis-prompt-start')!.textContent).toBe('ar text for ui:prompt.start');
    handle.destroy();
  });

  it('a running check keeps its place, its numbering and the focus when a view comes with what is now stored', () => {
    const t = (key: string | string[], values?: Record<string, unknown>) =>
      `text for ${String(key)}${values ? ` ${JSON.stringify(values)}` : ''}`;
    const kids = instagram.checklist.filter((i) => i.audience === 'kids').map((i) => i.id);
    // The view after `done` steps were marked done: the stored list has lost them.
    const stored = (done: string[]) => ({
      ...view('en'),
      check: buildCheckView(
        instagram,
        t,
        LANGUAGES.en,
        Object.fromEntries(done.map((id) => [id, { doneAt: '2026-11-26T08:00:00.000Z' }])),
      ),
    });
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountHelper(container, launcherPart({ ...stored([]), prompt: view('en').offer }));
    handle.update(stored([]));
    container.querySelector<HTMLButtonElement>('.mis-prompt-start')!.click();
    const panel = container.querySelector('#mis-panel');
    const position = () => container.querySelector('.mis-check-position')!.textContent;
    const current = () => container.querySelector('.mis-check-item')!.getAttribute('data-item');
    expect(position()).toBe(`text for ui:check.position {"current":1,"total":${kids.length}}`);
    container.querySelector<HTMLButtonElement>('.mis-check-done')!.click();
    const next = container.querySelector<HTMLButtonElement>('.mis-check-done')!;
    next.focus();
    // A page change or a setting while the panel is open: a view with the first step gone.
    handle.update(stored(kids.slice(0, 1)));
    expect(container.querySelector('#mis-panel')).toBe(panel);
    expect(container.querySelector('.mis-check-done')).toBe(next);
    expect(document.activeElement).toBe(next);
    expect(current()).toBe(kids[1]);
    expect(position()).toBe(`text for ui:check.position {"current":2,"total":${kids.length}}`);
    // To the end; the last view has no check at all (nothing left to do): "well done" stays.
    for (let i = 1; i < kids.length; i++) container.querySelector<HTMLButtonElement>('.mis-check-done')!.click();
    const { check: _none, ...allDone } = stored(kids);
    handle.update(allDone);
    expect(container.querySelector('.mis-check [role="status"]')!.textContent).toBe('text for ui:check.finished');
    handle.destroy();
  });

  it('"check now" takes the focus to the check, not by way of the launcher (a screen reader would start reading it)', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountHelper(container, view('en'));
    handle.reveal({ kind: 'prompt' });
    const launcherFocused = vi.fn();
    container.querySelector('.mis-open')!.addEventListener('focus', launcherFocused);
    const start = container.querySelector<HTMLButtonElement>('.mis-prompt-start')!;
    start.focus();
    start.click();
    expect(handle.isOpen()).toBe(true);
    // The privacy steps' heading (this view has no check of its own).
    expect(document.activeElement).toBe(container.querySelector('#mis-guide-makePrivate'));
    expect(launcherFocused).not.toHaveBeenCalled();
    handle.destroy();
  });

  it("a presenter's step that takes away the panel or the card the focus is in puts the focus on the launcher", () => {
    const container = document.createElement('div');
    document.body.append(container);
    const first = view('en');
    const handle = mountHelper(container, first);
    const launcher = container.querySelector<HTMLButtonElement>('.mis-open')!;
    // "Get help now" pressed in the panel a step opened; the next step closes the panel.
    handle.reveal({ kind: 'guide', guideId: first.guides[0]!.id });
    container.querySelector<HTMLButtonElement>('.mis-get-help')!.click();
    expect(container.querySelector('#mis-panel')!.contains(document.activeElement)).toBe(true);
    handle.reveal({ kind: 'closed' });
    expect(document.activeElement).toBe(launcher);
    // The focus on the card's "check now"; the next step opens a guide, which takes the card away.
    handle.reveal({ kind: 'prompt' });
    container.querySelector<HTMLButtonElement>('.mis-prompt-start')!.focus();
    handle.reveal({ kind: 'guide', guideId: first.guides[0]!.id });
    expect(container.querySelector('.mis-prompt')).toBeNull();
    expect(document.activeElement).toBe(launcher);
    // A step with the focus elsewhere on the page leaves it there.
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    handle.reveal({ kind: 'closed' });
    expect(document.activeElement).toBe(elsewhere);
    handle.destroy();
    elsewhere.remove();
  });

  describe('the privacy check and what is stored meanwhile', () => {
    const kids = instagram.checklist.filter((i) => i.audience === 'kids').map((i) => i.id);
    /** A panel's view after `done` steps were marked done, as the background builds it. */
    const stored = (lang: LanguageCode, done: string[]): HelperView => {
      const t = (key: string | string[], values?: Record<string, unknown>) =>
        `${lang} ${String(key)}${values ? ` ${JSON.stringify(values)}` : ''}`;
      return buildHelperView({
        platform: instagram,
        language: LANGUAGES[lang],
        t,
        helplines: [],
        minimized: false,
        check: buildCheckView(
          instagram,
          t,
          LANGUAGES[lang],
          Object.fromEntries(done.map((id) => [id, { doneAt: '2026-11-26T08:00:00.000Z' }])),
        ),
      });
    };
    const mount = (first: HelperView, options = {}) => {
      const container = document.createElement('div');
      document.body.append(container);
      return { container, handle: mountHelper(container, first, {}, options) };
    };

    it('started from the panel, begins at the first step not done by now (ticked in the popup meanwhile)', () => {
      const { container, handle } = mount(stored('en', []), { open: true });
      handle.update(stored('en', kids.slice(0, 2)));
      container.querySelector<HTMLButtonElement>('.mis-check-start')!.click();
      expect(container.querySelector('.mis-check-item')!.getAttribute('data-item')).toBe(kids[2]);
      expect(container.querySelector('.mis-check-position')!.textContent).toContain(
        `"current":1,"total":${kids.length - 2}`,
      );
      handle.destroy();
    });

    it('finished, and the language changed: over, rather than its end left in the old language', () => {
      const { container, handle } = mount(stored('en', []), { open: true });
      container.querySelector<HTMLButtonElement>('.mis-check-start')!.click();
      const done: string[] = [];
      for (const id of kids) {
        container.querySelector<HTMLButtonElement>('.mis-check-done')!.click();
        done.push(id);
        handle.update(stored('en', done));
      }
      expect(container.querySelector('.mis-check [role="status"]')!.textContent).toBe('en ui:check.finished');
      handle.update(stored('ar', done));
      expect(container.querySelector('#mis-panel')!.textContent).not.toContain('en ui:check');
      expect(container.querySelector('.mis-check')).toBeNull();
      handle.destroy();
    });

    it('a double-click on Done or Skip handles one step: its second click does not press the next step', () => {
      const marked: string[] = [];
      const container = document.createElement('div');
      document.body.append(container);
      const handle = mountHelper(container, stored('en', []), { onItemDone: (id) => marked.push(id) }, { open: true });
      container.querySelector<HTMLButtonElement>('.mis-check-start')!.click();
      const current = () => container.querySelector('.mis-check-item')!.getAttribute('data-item');
      const click = (selector: string, detail: number) =>
        container.querySelector(selector)!.dispatchEvent(new MouseEvent('click', { bubbles: true, detail }));
      // A browser's double-click: a click (detail 1), then a click counted as the second (detail
      // 2) on whatever is under the pointer by then, the next step's button.
      click('.mis-check-done', 1);
      click('.mis-check-done', 2);
      expect(current()).toBe(kids[1]);
      expect(marked).toEqual([kids[0]]);
      click('.mis-check-skip', 1);
      click('.mis-check-skip', 2);
      expect(current()).toBe(kids[2]);
      // A key press (detail 0) presses.
      click('.mis-check-done', 0);
      expect(current()).toBe(kids[3]);
      expect(marked).toEqual([kids[0], kids[2]]);
      // Nor does it open the next step's settings page or source (a link in a new tab), nor any
      // link in the panel (where "check now" was, a guide's links may be).
      const links = [...container.querySelectorAll<HTMLAnchorElement>('#mis-panel a')];
      expect(links.length).toBeGreaterThan(0);
      for (const a of links) {
        const second = new MouseEvent('click', { bubbles: true, cancelable: true, detail: 2 });
        a.dispatchEvent(second);
        expect(second.defaultPrevented, a.href).toBe(true);
      }
      handle.destroy();
    });

    it('a second "check now" (a presenter starting over) asks every step again', () => {
      const { container, handle } = mount(stored('en', []));
      handle.reveal({ kind: 'prompt' });
      container.querySelector<HTMLButtonElement>('.mis-prompt-start')!.click();
      for (const _ of kids) container.querySelector<HTMLButtonElement>('.mis-check-skip')!.click();
      expect(container.querySelector('.mis-check-done')).toBeNull();
      handle.reveal({ kind: 'closed' });
      handle.reveal({ kind: 'prompt' });
      container.querySelector<HTMLButtonElement>('.mis-prompt-start')!.click();
      expect(container.querySelector('.mis-check-item')!.getAttribute('data-item')).toBe(kids[0]);
      handle.destroy();
    });
  });

  it('a panel rebuilt for another page keeps the focus on the same link, not another one to the same address', () => {
    const t = (key: string | string[]) => `en text for ${String(key)}`;
    const page = (pageKind: 'profile' | 'post') =>
      buildHelperView({
        platform: instagram,
        language: LANGUAGES.en,
        t,
        helplines: helplinesFor('GB', 'en'),
        country: 'GB',
        minimized: false,
        pageKind,
      });
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountHelper(container, page('profile'), {}, { open: true });
    // A helpline's number: in the list of helplines, and under each situation's last step.
    const call = container.querySelector<HTMLAnchorElement>('.mis-helplines a[href^="tel:"]')!;
    const href = call.getAttribute('href')!;
    expect(container.querySelectorAll(`a[href="${href}"]`).length).toBeGreaterThan(1);
    call.focus();
    handle.update(page('post'));
    expect(document.activeElement).not.toBe(call);
    expect(document.activeElement).toBe(container.querySelector(`.mis-helplines a[href="${href}"]`));
    // A source cited by two guides: the focus stays in its own guide.
    const guides = [...container.querySelectorAll<HTMLElement>('[data-guide]')];
    const shared = guides
      .flatMap((g) => [...g.querySelectorAll<HTMLAnchorElement>('a[href^="https:"]')])
      .find((a, i, all) => all.findIndex((b) => b.getAttribute('href') === a.getAttribute('href')) !== i)!;
    const guide = shared.closest('[data-guide]')!.getAttribute('data-guide');
    shared.focus();
    handle.update(page('profile'));
    const now = document.activeElement as HTMLElement;
    expect(now.getAttribute('href')).toBe(shared.getAttribute('href'));
    expect(now.closest('[data-guide]')!.getAttribute('data-guide')).toBe(guide);
    handle.destroy();
  });

  it('"check now" on the prompt before the words came opens the panel at the privacy check when they come', () => {
    const t = (key: string | string[]) => `text for ${String(key)}`;
    const withCheck = {
      ...view('en'),
      prompt: { label: 'Privacy', text: 'Check?', start: 'Check now', later: 'Not now' },
      check: buildCheckView(instagram, t, LANGUAGES.en),
    };
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountHelper(container, launcherPart(withCheck));
    const start = container.querySelector<HTMLButtonElement>('.mis-prompt-start')!;
    start.click();
    expect(handle.isOpen()).toBe(false);
    expect(start.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('.mis-open')!.hasAttribute('aria-busy')).toBe(false);
    handle.update(withCheck);
    expect(handle.isOpen()).toBe(true);
    expect(container.ownerDocument.activeElement).toBe(container.querySelector('#mis-check-title'));
    // The check has started: its first step is showing, not its introduction.
    expect(container.querySelector('.mis-check-done')).not.toBeNull();
    handle.destroy();
  });

  it('a "check now" that waits: taken away with its card, carried to a card in another language, replaced by a press of the launcher', () => {
    const t = (key: string | string[]) => `text for ${String(key)}`;
    const withCheck = (lang: LanguageCode) => ({
      ...view(lang),
      prompt: { label: `${lang} privacy`, text: 'Check?', start: `${lang} check now`, later: `${lang} not now` },
      check: buildCheckView(instagram, t, LANGUAGES[lang]),
    });
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountHelper(container, launcherPart(withCheck('en')));
    const start = () => container.querySelector<HTMLButtonElement>('.mis-prompt-start')!;
    const open = container.querySelector<HTMLButtonElement>('.mis-open')!;

    // "Not now" while "check now" waits: the card goes, and the panel does not open later.
    start().click();
    container.querySelector<HTMLButtonElement>('.mis-prompt-later')!.click();
    expect(container.querySelector('.mis-prompt')).toBeNull();
    handle.update(withCheck('en'));
    expect(handle.isOpen()).toBe(false);

    // The card rebuilt in another language while its "check now" waits (a view in another
    // language drops the words there were): the new button is busy and has the focus; when the
    // words come, the panel opens at the privacy check.
    handle.update(launcherPart(withCheck('ar')));
    handle.reveal({ kind: 'prompt' });
    start().focus();
    start().click();
    handle.update(launcherPart(withCheck('en')));
    expect(start().textContent).toBe('en check now');
    expect(start().getAttribute('aria-busy')).toBe('true');
    expect(container.ownerDocument.activeElement).toBe(start());
    handle.update(withCheck('en'));
    expect(handle.isOpen()).toBe(true);
    expect(container.ownerDocument.activeElement).toBe(container.querySelector('#mis-check-title'));

    // A presenter puts the card back and then away while its "check now" waits: nothing opens.
    handle.reveal({ kind: 'closed' });
    handle.update(launcherPart(withCheck('ar')));
    handle.reveal({ kind: 'prompt' });
    start().click();
    handle.reveal({ kind: 'closed' });
    handle.update(withCheck('ar'));
    expect(handle.isOpen()).toBe(false);

    // The launcher pressed while "check now" waits opens the panel at its top, not at the check,
    // and does not take the first press back.
    handle.update(launcherPart(withCheck('en')));
    handle.reveal({ kind: 'prompt' });
    start().click();
    open.click();
    expect(open.getAttribute('aria-busy')).toBe('true');
    expect(start().hasAttribute('aria-busy')).toBe(false);
    handle.update(withCheck('en'));
    expect(handle.isOpen()).toBe(true);
    expect(container.ownerDocument.activeElement).toBe(container.querySelector('.mis-title'));
    expect(open.hasAttribute('aria-busy')).toBe(false);
    handle.destroy();
  });

  it('names the size button by what it does next, without also calling it pressed', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountHelper(container, view('en'));
    const size = container.querySelector<HTMLButtonElement>('.mis-size')!;
    expect(size.getAttribute('aria-label')).toBe(view('en').labels.minimise);
    size.click();
    // "Make the button bigger, pressed" said two contradicting things: a label that changes is
    // the whole state, so the button is not a toggle as well.
    expect(size.getAttribute('aria-label')).toBe(view('en').labels.restore);
    expect(size.hasAttribute('aria-pressed')).toBe(false);
    size.click();
    expect(size.getAttribute('aria-label')).toBe(view('en').labels.minimise);
    expect(size.hasAttribute('aria-pressed')).toBe(false);
    handle.destroy();
  });

  it('ends a privacy check with "well done" only when a step was done, not when every one was skipped', () => {
    const t = (key: string | string[]) => `text for ${String(key)}`;
    const withCheck = { ...view('en'), check: buildCheckView(instagram, t, LANGUAGES.en) };
    const run = (press: (step: number) => 'done' | 'skip') => {
      const container = document.createElement('div');
      document.body.append(container);
      const handle = mountHelper(container, withCheck, {}, { open: true });
      container.querySelector<HTMLButtonElement>('.mis-check-start')!.click();
      for (let step = 0; step < withCheck.check.items.length; step++) {
        container.querySelector<HTMLButtonElement>(`.mis-check-${press(step)}`)!.click();
      }
      const end = container.querySelector('.mis-check [role="status"]')?.textContent;
      handle.destroy();
      container.remove();
      return end;
    };
    expect(run(() => 'skip')).toBe('text for ui:check.finishedSkipped');
    expect(run((step) => (step === 2 ? 'done' : 'skip'))).toBe('text for ui:check.finished');
    expect(run(() => 'done')).toBe('text for ui:check.finished');
  });

  it("reveal() leaves the focus on the presenter's own controls; opening it oneself moves focus in", () => {
    const next = document.createElement('button');
    const container = document.createElement('div');
    document.body.append(next, container);
    const handle = mountHelper(container, view('en'));
    next.focus();
    handle.reveal({ kind: 'guide', guideId: view('en').guides[0]!.id });
    expect(handle.isOpen()).toBe(true);
    expect(document.activeElement).toBe(next);
    handle.reveal({ kind: 'help', situation: 'imageShared' });
    expect(document.activeElement).toBe(next);
    handle.reveal({ kind: 'closed' });
    expect(document.activeElement).toBe(next);
    // A person's own click on the launcher still takes them into the panel, at its title, so the
    // next Tab is "get help now".
    container.querySelector<HTMLButtonElement>('.mis-open')!.click();
    expect(document.activeElement).toBe(container.querySelector('.mis-title'));
    handle.destroy();
    next.remove();
  });

  it('keeps the open panel, where the person scrolled to, when only the launcher size or nothing changed', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountHelper(container, view('en'), {}, { open: true });
    const panel = container.querySelector('#mis-panel')!;
    const body = panel.querySelector<HTMLElement>('.mis-body')!;
    body.scrollTop = 120;
    handle.update(view('en'));
    handle.update(view('en', true));
    expect(container.querySelector('#mis-panel')).toBe(panel);
    expect(body.scrollTop).toBe(120);
    // Another language is new words: the panel is built again, still open, in Arabic.
    handle.update(view('ar', true));
    const rebuilt = container.querySelector('#mis-panel')!;
    expect(rebuilt).not.toBe(panel);
    expect(rebuilt.textContent).toContain('ar text for');
    expect(handle.isOpen()).toBe(true);
    handle.destroy();
  });

  it('keeps the situation someone is reading open when the panel is drawn again in another language', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountHelper(container, view('en'), {}, { open: true });
    const situation = (id: string) => container.querySelector<HTMLDetailsElement>(`details[data-situation="${id}"]`)!;
    situation('imageShared').open = true;
    // Someone reading it with the keyboard: the focus comes back to it, not to the top of the panel.
    situation('imageShared').querySelector('summary')!.focus();
    handle.update(view('ar'));
    expect(container.textContent).toContain('ar text for');
    expect(situation('imageShared').open).toBe(true);
    expect(document.activeElement).toBe(situation('imageShared').querySelector('summary'));
    const open = [...container.querySelectorAll<HTMLDetailsElement>('details[data-situation]')].filter((d) => d.open);
    expect(open.map((d) => d.getAttribute('data-situation'))).toEqual(['imageShared']);
    handle.destroy();
  });
});
