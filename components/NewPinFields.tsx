import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/helper-view';
import { isAcceptablePin } from '@/lib/pin';

/** Why a new PIN cannot be used yet, or undefined when both entries are a valid, matching PIN. */
export function newPinProblem(pin: string, repeat: string): 'format' | 'mismatch' | undefined {
  if (!isAcceptablePin(pin)) return 'format';
  if (pin !== repeat) return 'mismatch';
  return undefined;
}

/**
 * A new parent PIN, typed twice. Used on the first run (optional) and on the dashboard. The PIN is
 * handed to `onSubmit` and hashed there; it is never stored as typed.
 */
export function NewPinFields(props: {
  t: Translate;
  idPrefix: string;
  submitLabel: string;
  /**
   * Resolves true once the PIN is saved, false when it was not (the PIN dialog it needed was
   * cancelled): the fields keep what was typed, to try again. Rejects when the save failed.
   */
  onSubmit: (pin: string) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t, idPrefix } = props;
  const [problem, setProblem] = useState<'format' | 'mismatch' | undefined>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  // Each try gets a new alert: the same problem twice in a row changes no text, and a screen
  // reader then said nothing the second time.
  const [tries, setTries] = useState(0);
  const submit = async (event: Event) => {
    event.preventDefault();
    setTries((n) => n + 1);
    const form = event.currentTarget as HTMLFormElement;
    const pin = (form.elements.namedItem('pin') as HTMLInputElement).value;
    const repeat = (form.elements.namedItem('repeat') as HTMLInputElement).value;
    const found = newPinProblem(pin, repeat);
    setProblem(found);
    setFailed(false);
    if (found) return;
    setBusy(true);
    try {
      if (await props.onSubmit(pin)) form.reset();
    } catch {
      // Nothing was saved: the PIN typed stays in the fields, to try again.
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="new-pin" onSubmit={(e) => void submit(e)} data-testid={`${idPrefix}-form`}>
      <p class="hint" id={`${idPrefix}-rule`}>
        {t('ui:pin.rule')}
      </p>
      <label class="field">
        <span>{t('ui:pin.new')}</span>
        <input
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          maxLength={12}
          aria-describedby={`${idPrefix}-rule ${idPrefix}-problem`}
          data-testid={`${idPrefix}-pin`}
        />
      </label>
      <label class="field">
        <span>{t('ui:pin.repeat')}</span>
        <input
          name="repeat"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          maxLength={12}
          aria-describedby={`${idPrefix}-problem`}
          data-testid={`${idPrefix}-repeat`}
        />
      </label>
      <p key={tries} id={`${idPrefix}-problem`} role="alert" class="pin-message">
        {busy ? t('ui:pin.saving') : problem ? t(`ui:pin.problems.${problem}`) : failed ? t('ui:error.saving') : ''}
      </p>
      <p class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('ui:pin.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
