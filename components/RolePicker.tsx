import { ROLES, type Role } from '@/lib/storage';
import type { Translate } from '@/lib/helper-view';

/**
 * Who is setting up. A change may first ask for the parent PIN: `onChange` returns false then, and
 * the saved role stays shown until the change is made.
 */
export function RolePicker(props: {
  value: Role;
  t: Translate;
  locked?: boolean;
  lockedNote?: string;
  /** The id of a heading just above that already names the choice (see PickerName). */
  labelledBy?: string;
  onChange: (role: Role) => boolean | void;
}) {
  const { t } = props;
  return (
    <fieldset
      class="choices"
      data-testid="role"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.locked ? 'role-locked' : undefined}
    >
      {!props.labelledBy && <legend>{t('ui:role.label')}</legend>}
      {ROLES.map((role) => (
        <label class="choice" key={role}>
          <input
            type="radio"
            name="role"
            value={role}
            checked={props.value === role}
            disabled={props.locked}
            onChange={(event) => {
              const radio = event.currentTarget as HTMLInputElement;
              if (props.onChange(role) !== false) return;
              for (const other of radio.closest('fieldset')?.querySelectorAll('input') ?? []) {
                if (other instanceof HTMLInputElement && other.name === 'role')
                  other.checked = other.value === props.value;
              }
            }}
          />
          <span>
            <span class="choice-name">{t(`ui:role.${role}.name`)}</span>
            <span class="hint">{t(`ui:role.${role}.hint`)}</span>
          </span>
        </label>
      ))}
      {props.locked && (
        <p class="locked" id="role-locked">
          {props.lockedNote}
        </p>
      )}
    </fieldset>
  );
}
