import { useEffect, useRef, useState } from 'preact/hooks';
import { ignoreHeldKey } from './second-press';
import type { Translate } from '@/lib/helper-view';
import { formatUnit } from '@/lib/own-intl';
import { tryPin, type PinAttempt } from '@/lib/pin-attempt';
import { NO_PIN, pinItem, type PinState } from '@/lib/storage';

/** After the right PIN, further changes on the same page need no PIN for this long. */
const UNLOCKED_MS = 5 * 60 * 1000;

/**
 * "30 seconds", "2 minutes", in the reader's language, from the browser's own units (or the
 * extension's, for a language the browser may lack: own-intl.ts).
 */
export function formatWait(ms: number, locale: string): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds >= 60 ? formatUnit(Math.ceil(seconds / 60), 'minute', locale) : formatUnit(seconds, 'second', locale);
}

export interface PinGuard {
  /**
   * Whether a parent PIN is set, or may be: until the stored PIN has been read (or while it cannot
   * be), a page offers nothing that would skip it, such as a new PIN set without the old one.
   */
  hasPin: boolean;
  /**
   * Whether the stored PIN has been read. A page that shows whether a PIN is set waits for it, as
   * for the rest of what it shows: before, it said a PIN was set on an install that had none.
   */
  known: boolean;
  /** Why the stored PIN could not be read, while it has not been: such a page cannot load. */
  unreadable: { error: unknown } | undefined;
  pin: PinState;
  /**
   * Runs `action` now when no PIN is set (or it was entered a moment ago), else after the PIN.
   * Returns whether it ran now, so a control can show its saved state while the PIN is asked.
   * `onCancel` runs if the PIN dialog is closed without the PIN, so a control armed for the action
   * (a red "Yes, …" button) can go back to its first state. `ask` says why this action needs the
   * PIN, where the dialog's usual words ("this change turns some protection off") would not fit
   * or would not say enough: a parent should know what typing the PIN approves.
   */
  guard: (action: () => unknown, onCancel?: () => void, ask?: string) => boolean;
  /** `guard` for a change that turns protection off; a change that turns it on runs at once. */
  guardTurningOff: (turnsOff: boolean, action: () => unknown) => boolean;
  /** The dialog that asks for the PIN; render it once on the page. */
  dialog: preact.JSX.Element;
}

/**
 * The parent PIN in front of the changes that turn protection off (design.md): turning the helper
 * or the privacy reminder off, changing the role, changing or removing the PIN, importing a file;
 * and in front of exporting one, since the file carries the PIN's hash, and a short PIN can be
 * found from it by trying every one.
 * Wrong entries are counted in storage, so closing the page does not reset the wait (pin.ts).
 */
export function usePinGuard(t: Translate, locale: string): PinGuard {
  const [pin, setPin] = useState<PinState>(NO_PIN);
  const [pending, setPending] = useState<(() => unknown) | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [askText, setAskText] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const onCancelled = useRef<(() => void) | undefined>(undefined);
  /** The action the open dialog asks the PIN for, as a ref: a submit still checking reads it after. */
  const asking = useRef<(() => unknown) | undefined>(undefined);
  const unlockedUntil = useRef(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);

  // Until the stored PIN has been read, nothing is known about it: an action asked for in that
  // moment waits for the read rather than running as if there were no PIN.
  // A ref as well as the state: a click handled before the next render must see the PIN too.
  const latest = useRef<PinState | undefined>(undefined);
  const [known, setKnown] = useState(false);
  const [unreadable, setUnreadable] = useState<{ error: unknown } | undefined>();
  const remember = (state: PinState) => {
    latest.current = state;
    setPin(state);
    setKnown(true);
  };
  const firstRead = useRef<Promise<PinState> | undefined>(undefined);
  const readFirst = () =>
    (firstRead.current ??= pinItem.get().then(
      (state) => {
        if (!latest.current) remember(state);
        return latest.current ?? state;
      },
      (error: unknown) => {
        // Storage could not be read: the next action reads again.
        firstRead.current = undefined;
        throw error;
      },
    ));

  useEffect(() => {
    readFirst().catch((error: unknown) => setUnreadable({ error }));
    return pinItem.watch(remember);
  }, []);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (pending && !element.open) {
      element.showModal();
      input.current?.focus();
    } else if (!pending && element.open) element.close();
  }, [pending]);

  const hasPin = !known || pin.record !== undefined;

  /**
   * The dialog stays in the page between asks: a PIN left typed in it (cancelled, Escape, a wait
   * imposed, a check that failed) was still there the next time it opened, and a child pressing
   * Confirm then approved what they asked for with the parent's PIN.
   */
  const clearEntry = () => {
    if (input.current) input.current.value = '';
  };

  const ask = (action: () => unknown, onCancel: (() => void) | undefined, why: string | undefined) => {
    clearEntry();
    // An action still waiting for the PIN is given up for the new one: told so, as when cancelled,
    // so a form waiting for it does not wait for ever.
    if (asking.current) onCancelled.current?.();
    onCancelled.current = onCancel;
    setMessage(undefined);
    setAskText(why);
    asking.current = action;
    setPending(() => action);
  };

  const guard = (action: () => unknown, onCancel?: () => void, why?: string): boolean => {
    const known = latest.current;
    if (!known) {
      void readFirst().then(
        (state) => {
          if (state.record === undefined) return void action();
          ask(action, onCancel, why);
        },
        // Unknown, the PIN is asked for: nothing that needs it runs unchecked. The dialog says so
        // if the PIN still cannot be read.
        () => ask(action, onCancel, why),
      );
      return false;
    }
    if (known.record === undefined || Date.now() < unlockedUntil.current) {
      void action();
      return true;
    }
    ask(action, onCancel, why);
    return false;
  };

  const cancel = () => {
    clearEntry();
    asking.current = undefined;
    setPending(undefined);
    setMessage(undefined);
    const onCancel = onCancelled.current;
    onCancelled.current = undefined;
    onCancel?.();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const field = input.current;
    const action = asking.current;
    // Nothing typed (Confirm pressed by mistake, Enter held down from the button that asked): not
    // a try, so it cannot count towards the lock.
    if (!field || busy || !action || field.value === '') return;
    setBusy(true);
    let attempt: PinAttempt;
    const typed = field.value;
    // Not kept for another try: whatever the answer, it is typed again.
    field.value = '';
    try {
      attempt = await tryPin(typed);
    } catch {
      // Storage could not be read or written: nothing was approved, the dialog says so and stays
      // usable, the focus back in the field (Confirm, turned off while checking, had dropped it).
      setMessage(t('ui:pin.checkFailed'));
      field.focus();
      return;
    } finally {
      setBusy(false);
    }
    // Cancelled (or asked for something else) while the PIN was being checked: the entry counts,
    // but what it was typed for no longer runs.
    if (asking.current !== action) return;
    if (attempt.result === 'locked') {
      setMessage(t('ui:pin.wait', { time: formatWait(attempt.waitMs, locale) }));
      field.focus();
      return;
    }
    // 'none': no PIN is set after all (it was asked for while it could not be read).
    if (attempt.result === 'right' || attempt.result === 'none') {
      if (attempt.result === 'right') unlockedUntil.current = Date.now() + UNLOCKED_MS;
      asking.current = undefined;
      onCancelled.current = undefined;
      setPending(undefined);
      setMessage(undefined);
      void action();
      return;
    }
    setMessage(
      attempt.waitMs > 0
        ? `${t('ui:pin.wrong')} ${t('ui:pin.wait', { time: formatWait(attempt.waitMs, locale) })}`
        : t('ui:pin.wrong'),
    );
    field.focus();
  };

  const element = (
    <dialog
      ref={dialog}
      class="pin-dialog"
      aria-labelledby="pin-dialog-title"
      onCancel={cancel}
      data-testid="pin-dialog"
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="pin-dialog-title">{t('ui:pin.askTitle')}</h2>
        <p id="pin-ask-text" data-testid="pin-ask-text">
          {askText ?? t('ui:pin.askText')}
        </p>
        <label class="field">
          <span>{t('ui:pin.label')}</span>
          <input
            ref={input}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            data-testid="pin-entry"
            // Emptied when a try begins: a digit typed during the check would stay, hidden, in
            // front of the next try.
            readOnly={busy}
            // What the PIN approves is read with the field, which takes the focus at once: for an
            // import, that the file replaces everything, the PIN included.
            aria-describedby="pin-ask-text pin-dialog-message"
            onKeyDown={ignoreHeldKey}
          />
        </label>
        <p id="pin-dialog-message" role="alert" class="pin-message">
          {busy ? t('ui:pin.checking') : (message ?? '')}
        </p>
        <p class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('ui:pin.confirm')}
          </button>
          <button type="button" onClick={cancel}>
            {t('ui:pin.cancel')}
          </button>
        </p>
        <p class="hint">{t('ui:pin.forgotten')}</p>
      </form>
    </dialog>
  );

  const guardTurningOff = (turnsOff: boolean, action: () => unknown): boolean => {
    if (turnsOff) return guard(action);
    void action();
    return true;
  };

  return {
    hasPin,
    known,
    unreadable: known ? undefined : unreadable,
    pin,
    guard,
    guardTurningOff,
    dialog: element,
  };
}
