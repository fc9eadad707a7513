import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';
import { usePinGuard, type PinGuard } from '@/components/pin-guard';
import { NewPinFields } from '@/components/NewPinFields';
import { hashPin } from '@/lib/pin';
import { NO_PIN, pinItem } from '@/lib/storage';

beforeEach(async () => {
  fakeBrowser.reset();
  await pinItem.set({ record: await hashPin('1357'), lock: NO_PIN.lock });
});

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

/** A page with the PIN dialog; `guard()` is the guard of its latest render. */
function mountGuard(): { root: HTMLElement; guard: () => PinGuard } {
  let guard: PinGuard | undefined;
  function Page() {
    const pinGuard = usePinGuard((key) => String(key), 'en');
    guard = pinGuard;
    return h('div', null, pinGuard.dialog);
  }
  const root = document.createElement('div');
  document.body.append(root);
  render(h(Page, {}), root);
  return { root, guard: () => guard! };
}

describe('the PIN guard', () => {
  it('tells an action still waiting for the PIN that it was given up when another one asks', async () => {
    const { root, guard } = mountGuard();
    const dialog = () => root.querySelector<HTMLDialogElement>('[data-testid="pin-dialog"]')!;
    await vi.waitFor(() => expect(guard().hasPin).toBe(true));
    const first = { action: vi.fn(), cancelled: vi.fn() };
    const second = { action: vi.fn(), cancelled: vi.fn() };
    guard().guard(first.action, first.cancelled);
    await vi.waitFor(() => expect(dialog().open).toBe(true));
    guard().guard(second.action, second.cancelled);
    // A form waiting for the first (busy, "Saving…") is let go.
    expect(first.cancelled).toHaveBeenCalledTimes(1);
    expect(second.cancelled).not.toHaveBeenCalled();
    root.querySelector<HTMLInputElement>('[data-testid="pin-entry"]')!.value = '1357';
    dialog().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(second.action).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(first.action).not.toHaveBeenCalled();
  });

  it('never keeps a PIN typed in the dialog for the next time it opens', async () => {
    const { root, guard } = mountGuard();
    const dialog = () => root.querySelector<HTMLDialogElement>('[data-testid="pin-dialog"]')!;
    const entry = () => root.querySelector<HTMLInputElement>('[data-testid="pin-entry"]')!;
    const action = vi.fn();
    // Typed, then cancelled (Cancel, or Escape: the dialog's cancel event).
    guard().guard(action);
    await vi.waitFor(() => expect(dialog().open).toBe(true));
    entry().value = '1357';
    dialog().dispatchEvent(new Event('cancel'));
    await vi.waitFor(() => expect(dialog().open).toBe(false));
    guard().guard(action);
    await vi.waitFor(() => expect(dialog().open).toBe(true));
    expect(entry().value).toBe('');
    // A wrong PIN: nothing can be typed while it is checked (it would stay, hidden, before the next
    // try), and the field is empty after.
    entry().value = '9999';
    dialog().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(entry().readOnly).toBe(true));
    await vi.waitFor(() => expect(entry().readOnly).toBe(false), { timeout: 5000 });
    expect(entry().value).toBe('');
    // Typed while the PIN is locked out: the wait is said, and the PIN is not left there.
    await pinItem.set({
      record: (await pinItem.get()).record,
      lock: { failures: 3, lockedUntil: new Date(Date.now() + 60_000).toISOString() },
    });
    entry().value = '1357';
    dialog().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('#pin-dialog-message')!.textContent).not.toBe(''));
    expect(entry().value).toBe('');
    // Typed and left there, then asked for something else: empty for the new ask.
    entry().value = '1357';
    guard().guard(vi.fn());
    await vi.waitFor(() => expect(entry().value).toBe(''));
    expect(action).not.toHaveBeenCalled();
  });

  it('reads out what the PIN approves with the field, which takes the focus at once', async () => {
    const { root, guard } = mountGuard();
    guard().guard(vi.fn(), undefined, 'Importing replaces everything stored.');
    const entry = root.querySelector<HTMLInputElement>('[data-testid="pin-entry"]')!;
    await vi.waitFor(() => expect(document.activeElement).toBe(entry));
    const description = entry
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(description).toContain('Importing replaces everything stored.');
  });
});

describe('the new PIN form', () => {
  it('says the same problem again as a new alert, so a screen reader reads it again', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(h(NewPinFields, { t: (key) => String(key), idPrefix: 'test', submitLabel: 'Set', onSubmit: vi.fn() }), root);
    const submitWith = (pin: string, repeat: string) => {
      root.querySelector<HTMLInputElement>('[name="pin"]')!.value = pin;
      root.querySelector<HTMLInputElement>('[name="repeat"]')!.value = repeat;
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    };
    submitWith('4821', '4822');
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')!.textContent).toBe('ui:pin.problems.mismatch'));
    const first = root.querySelector('[role="alert"]');
    submitWith('4821', '4823');
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBe(first));
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('ui:pin.problems.mismatch');
  });
});
