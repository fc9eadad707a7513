import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render, type ComponentChild } from 'preact';
import { RolePicker } from '@/components/RolePicker';
import { SiteSwitchBox } from '@/components/SiteSwitches';
import { PromptSettings } from '@/components/PromptSettings';
import { DEFAULT_PROMPTS, NO_PIN, pinItem } from '@/lib/storage';
import { PIN_ITERATIONS } from '@/lib/pin';
import { formatWait, usePinGuard, type PinGuard } from '@/components/pin-guard';
import { newPinProblem } from '@/components/NewPinFields';

const t = (key: string | string[], vars?: Record<string, string | number>) =>
  `${String(key)}${vars ? JSON.stringify(vars) : ''}`;
const LOCKED = 'Set by your administrator';

function mount(vnode: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('settings set by an administrator', () => {
  it('show the role disabled, with the note read with it', () => {
    const root = mount(h(RolePicker, { value: 'child', t, locked: true, lockedNote: LOCKED, onChange: () => true }));
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios).toHaveLength(3);
    expect(radios.every((r) => r.disabled)).toBe(true);
    expect(radios.find((r) => r.checked)?.value).toBe('child');
    const fieldset = root.querySelector('fieldset')!;
    expect(root.querySelector(`#${fieldset.getAttribute('aria-describedby')!}`)?.textContent).toBe(LOCKED);
  });

  it('show a site switch disabled, with the note read with it', () => {
    const root = mount(
      h(SiteSwitchBox, {
        kind: 'helper',
        site: { id: 'tiktok', name: 'TikTok' },
        on: false,
        locked: true,
        lockedNote: LOCKED,
        t,
        onChange: () => true,
      }),
    );
    const box = root.querySelector<HTMLInputElement>('input')!;
    expect(box.disabled).toBe(true);
    expect(box.checked).toBe(false);
    expect(root.querySelector(`#${box.getAttribute('aria-describedby')!}`)?.textContent).toBe(LOCKED);
  });

  it('show the reminder period disabled', () => {
    const root = mount(
      h(PromptSettings, {
        prompts: { ...DEFAULT_PROMPTS, everyDays: 30 },
        t,
        locale: 'en',
        lockedPeriod: true,
        lockedNote: LOCKED,
        onChange: () => true,
      }),
    );
    const select = root.querySelector<HTMLSelectElement>('select')!;
    expect(select.disabled).toBe(true);
    expect(select.value).toBe('30');
    expect(root.querySelector('#prompt-period-locked')?.textContent).toBe(LOCKED);
  });

  const PERIOD = (words: string) => `ui:promptSettings.everyPeriod${JSON.stringify({ period: words })}`;
  // An administrator's policy (or an imported file) may set any number of days: the list showed
  // "Every week" for 3 days, and for 60.
  it.each([
    [3, 'en', PERIOD('3 days'), ['3', '7', '14', '30', '0']],
    [60, 'en', PERIOD('60 days'), ['7', '14', '30', '60', '0']],
    [21, 'ru', PERIOD('21 день'), ['7', '14', '21', '30', '0']],
    [3, 'pa-Guru', PERIOD('3 ਦਿਨ'), ['3', '7', '14', '30', '0']],
    // "Every day", not "Every 1 day".
    [1, 'de', 'ui:promptSettings.every.1', ['1', '7', '14', '30', '0']],
  ])('show a period of %i days as it is, in %s, among the choices in order', (everyDays, locale, label, order) => {
    const root = mount(
      h(PromptSettings, {
        prompts: { ...DEFAULT_PROMPTS, everyDays },
        t,
        locale,
        lockedPeriod: true,
        lockedNote: LOCKED,
        onChange: () => true,
      }),
    );
    const select = root.querySelector<HTMLSelectElement>('select')!;
    expect(select.value).toBe(String(everyDays));
    expect(select.selectedOptions[0]?.textContent).toBe(label);
    expect([...select.options].map((o) => o.value)).toEqual(order);
  });

  it('offer only the four choices once the period is one of them', () => {
    const root = mount(h(PromptSettings, { prompts: DEFAULT_PROMPTS, t, locale: 'en', onChange: () => true }));
    const options = [...root.querySelectorAll<HTMLOptionElement>('option')];
    expect(options.map((o) => o.value)).toEqual(['7', '14', '30', '0']);
    expect(options.map((o) => o.textContent)).toEqual([
      'ui:promptSettings.every.7',
      'ui:promptSettings.every.14',
      'ui:promptSettings.every.30',
      'ui:promptSettings.every.0',
    ]);
  });
});

describe('switches behind the PIN', () => {
  it('keep showing the saved state while the PIN is asked, and say whether a change turns protection off', () => {
    const onChange = vi.fn(() => false);
    const root = mount(
      h(SiteSwitchBox, {
        kind: 'helper',
        site: { id: 'x', name: 'X' },
        on: true,
        locked: false,
        lockedNote: LOCKED,
        t,
        onChange,
      }),
    );
    const box = root.querySelector<HTMLInputElement>('input')!;
    box.click();
    expect(onChange).toHaveBeenCalledWith(false);
    expect(box.checked).toBe(true);
  });

  it('tell the page a reminder period of "never" turns it off, and keep the old period while the PIN is asked', () => {
    const onChange = vi.fn((_change: unknown, _off: boolean) => false);
    const root = mount(h(PromptSettings, { prompts: DEFAULT_PROMPTS, t, locale: 'en', onChange }));
    const select = root.querySelector<HTMLSelectElement>('select')!;
    select.value = '0';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange.mock.calls[0]![1]).toBe(true);
    expect(select.value).toBe('7');
    select.value = '30';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange.mock.calls[1]![1]).toBe(false);
  });

  it('leave the role radios as chosen when the change goes through, and put the saved one back when it waits', () => {
    const root = mount(h(RolePicker, { value: 'parent', t, onChange: () => false }));
    root.querySelector<HTMLInputElement>('input[value="educator"]')!.click();
    expect(root.querySelector<HTMLInputElement>('input:checked')?.value).toBe('parent');
  });
});

describe('PIN words', () => {
  it("say the wait in the reader's language, in seconds or whole minutes", () => {
    expect(formatWait(30_000, 'en')).toBe('30 seconds');
    expect(formatWait(61_000, 'en')).toBe('2 minutes');
    expect(formatWait(15 * 60_000, 'de')).toBe('15 Minuten');
    expect(formatWait(1000, 'xx-invalid-???')).toBe('1 second');
  });

  it('accept a new PIN only as 4 to 12 digits typed the same twice', () => {
    expect(newPinProblem('4821', '4821')).toBeUndefined();
    expect(newPinProblem('482', '482')).toBe('format');
    expect(newPinProblem('48a1', '48a1')).toBe('format');
    expect(newPinProblem('1234567890123', '1234567890123')).toBe('format');
    expect(newPinProblem('4821', '4822')).toBe('mismatch');
  });
});

describe('the PIN guard', () => {
  beforeEach(() => fakeBrowser.reset());

  /** A PIN record, never checked here: the guard only needs to know that a PIN is set. */
  const record = {
    algorithm: 'PBKDF2-SHA-256' as const,
    iterations: PIN_ITERATIONS,
    salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
    hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=',
  };

  /** A page with the guard, and the guard as the page had it on its first render. */
  function pageWithGuard(): { guard: PinGuard['guard']; root: HTMLElement } {
    let first: PinGuard | undefined;
    function Page() {
      const pin = usePinGuard(t, 'en');
      first ??= pin;
      return pin.dialog;
    }
    const root = mount(h(Page, {}));
    return { guard: first!.guard, root };
  }

  it('does not let an action through before the stored PIN has been read: it asks for the PIN', async () => {
    await pinItem.set({ ...NO_PIN, record });
    const action = vi.fn();
    const { guard, root } = pageWithGuard();
    // At once, as a click the moment the page opens would.
    expect(guard(action)).toBe(false);
    await vi.waitFor(() => expect(root.querySelector('dialog')?.open).toBe(true));
    expect(action).not.toHaveBeenCalled();
  });

  it('asks for the PIN, and runs nothing, while the stored PIN cannot be read; the dialog says it could not check', async () => {
    await pinItem.set({ ...NO_PIN, record });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    try {
      const action = vi.fn();
      const { guard, root } = pageWithGuard();
      expect(guard(action)).toBe(false);
      await vi.waitFor(() => expect(root.querySelector('dialog')?.open).toBe(true));
      root.querySelector<HTMLInputElement>('[data-testid="pin-entry"]')!.value = '1234';
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await vi.waitFor(() => expect(root.querySelector('#pin-dialog-message')?.textContent).toBe('ui:pin.checkFailed'));
      expect(action).not.toHaveBeenCalled();
    } finally {
      get.mockRestore();
    }
    expect((await pinItem.get()).record).toEqual(record);
  });

  it('counts a PIN it cannot read as set: no page offers a way around it meanwhile', async () => {
    await pinItem.set({ ...NO_PIN, record });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    let seen: boolean[] = [];
    function Page() {
      const pin = usePinGuard(t, 'en');
      seen.push(pin.hasPin);
      return pin.dialog;
    }
    try {
      mount(h(Page, {}));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every(Boolean)).toBe(true);
    } finally {
      get.mockRestore();
    }
    // Read, with no PIN stored: known to be unset.
    fakeBrowser.reset();
    seen = [];
    mount(h(Page, {}));
    await vi.waitFor(() => expect(seen.at(-1)).toBe(false));
  });

  it('asked for while it could not be read, runs the action once the read shows no PIN is set', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
    const action = vi.fn();
    const { guard, root } = pageWithGuard();
    guard(action);
    await vi.waitFor(() => expect(root.querySelector('dialog')?.open).toBe(true));
    get.mockRestore();
    root.querySelector<HTMLInputElement>('[data-testid="pin-entry"]')!.value = '1234';
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(root.querySelector('dialog')?.open).toBe(false);
    expect((await pinItem.get()).lock.failures).toBe(0);
  });

  it('keeps the focus in the dialog when Confirm is pressed during a lock-out', async () => {
    const lockedUntil = new Date(Date.now() + 60_000).toISOString();
    await pinItem.set({ record, lock: { failures: 5, lockedUntil } });
    const action = vi.fn();
    const { guard, root } = pageWithGuard();
    guard(action);
    await vi.waitFor(() => expect(root.querySelector('dialog')?.open).toBe(true));
    root.querySelector<HTMLInputElement>('[data-testid="pin-entry"]')!.value = '1234';
    // Confirm itself pressed: it turns off while the entry is looked at, which dropped the focus.
    const confirm = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    confirm.focus();
    confirm.click();
    await vi.waitFor(() => expect(root.querySelector('#pin-dialog-message')?.textContent).toMatch(/minute/));
    expect(document.activeElement).toBe(root.querySelector('[data-testid="pin-entry"]'));
    expect(action).not.toHaveBeenCalled();
  });

  it('runs it as soon as the read shows there is no PIN', async () => {
    const action = vi.fn();
    const { guard } = pageWithGuard();
    expect(guard(action)).toBe(false);
    await vi.waitFor(() => expect(action).toHaveBeenCalledOnce());
  });
});
