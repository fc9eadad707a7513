import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/helper-view';
import { hashPin } from '@/lib/pin';
import { NO_PIN, pinItem } from '@/lib/storage';
import { ignoreHeldKey, meantSecondPress } from './second-press';
import { NewPinFields } from './NewPinFields';
import { focusOutsideDialog } from './focus-outside-dialog';
import type { PinGuard } from './pin-guard';

/** Set, change or remove the parent PIN. Changing and removing it need the PIN itself. */
export function PinSettings({
  t,
  pinGuard,
  onDone,
  onFailed,
  message,
}: {
  t: Translate;
  pinGuard: PinGuard;
  /** The message's key: the dashboard translates it when drawn, in the language of the moment. */
  onDone: (key: 'ui:pin.saved' | 'ui:pin.removed') => void;
  /** A change approved with the PIN could not be saved (the form's own alert is not there for it). */
  onFailed: () => void;
  /** What the last change here did, shown under the controls that made it. */
  message?: preact.ComponentChildren;
}) {
  const [changing, setChanging] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const section = useRef<HTMLElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  /**
   * Where the focus goes once "Change the PIN" or Cancel has swapped the controls: the control the
   * keyboard was on is gone with them, and the focus would fall to the top of the page.
   */
  const focusNext = useRef<'form' | 'change' | undefined>(undefined);
  useEffect(() => {
    const next = focusNext.current;
    focusNext.current = undefined;
    if (next === 'change') changeButton.current?.focus();
    else if (next === 'form') {
      const field = section.current?.querySelector<HTMLInputElement>('input[name="pin"]');
      if (field) focusOutsideDialog(field);
    }
  }, [changing]);
  const save = async (pin: string) => {
    const record = await hashPin(pin);
    await pinItem.set({ record, lock: NO_PIN.lock });
    setChanging(false);
    onDone('ui:pin.saved');
  };
  return (
    <section ref={section} aria-labelledby="pin-title" class="pin-settings" data-testid="pin-settings">
      <h2 id="pin-title">{t('ui:pin.title')}</h2>
      <p>{t('ui:pin.intro')}</p>
      <p class="pin-state" data-testid="pin-state">
        {pinGuard.hasPin ? t('ui:pin.isSet') : t('ui:pin.notSet')}
      </p>
      {!pinGuard.hasPin || changing ? (
        <NewPinFields
          t={t}
          idPrefix="dashboard-pin"
          submitLabel={pinGuard.hasPin ? t('ui:pin.change') : t('ui:pin.set')}
          // The form can stay open long after the PIN that opened it (a parent called away): once
          // the PIN's few minutes are over, the new PIN is saved only after the PIN again. The form waits for the save (busy: one press saves once), and says itself if it failed,
          // also when the PIN is asked first; a cancelled PIN dialog leaves the new PIN typed, to try
          // again. Once saved, the form goes.
          onSubmit={async (pin) => {
            if (!pinGuard.hasPin) {
              await save(pin);
              return true;
            }
            return new Promise<boolean>((resolve, reject) => {
              pinGuard.guard(
                () => save(pin).then(() => resolve(true), reject),
                () => resolve(false),
              );
            });
          }}
          {...(changing
            ? {
                onCancel: () => {
                  focusNext.current = 'change';
                  setChanging(false);
                },
              }
            : {})}
        />
      ) : (
        <p class="actions">
          <button
            type="button"
            data-action="change-pin"
            ref={changeButton}
            onClick={() =>
              pinGuard.guard(() => {
                focusNext.current = 'form';
                setChanging(true);
              })
            }
          >
            {t('ui:pin.change')}
          </button>
          {confirmRemove ? (
            <button
              type="button"
              class="danger"
              data-action="remove-pin-confirm"
              onKeyDown={ignoreHeldKey}
              onClick={(event) =>
                meantSecondPress(event) &&
                pinGuard.guard(
                  async () => {
                    try {
                      await pinItem.set(NO_PIN);
                    } catch {
                      onFailed();
                      return;
                    }
                    setConfirmRemove(false);
                    onDone('ui:pin.removed');
                  },
                  () => setConfirmRemove(false),
                )
              }
            >
              {t('ui:pin.removeConfirm')}
            </button>
          ) : (
            <button type="button" data-action="remove-pin" onClick={() => setConfirmRemove(true)}>
              {t('ui:pin.remove')}
            </button>
          )}
        </p>
      )}
      {message}
      <p class="hint">{t('ui:pin.forgotten')}</p>
    </section>
  );
}
