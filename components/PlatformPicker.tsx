import type { Translate } from '@/lib/helper-view';

/** The sites the family uses, ticked from the supported ones. */
export function PlatformPicker(props: {
  platforms: readonly { id: string; name: string }[];
  value: readonly string[];
  t: Translate;
  locked?: boolean;
  lockedNote?: string;
  onChange: (ids: string[]) => void;
}) {
  const { t } = props;
  return (
    <fieldset
      class="choices platforms-picker"
      data-testid="family-platforms"
      aria-describedby={props.locked ? 'platforms-locked' : 'platforms-hint'}
    >
      <legend>{t('ui:familyPlatforms.label')}</legend>
      <p class="hint" id="platforms-hint">
        {t('ui:familyPlatforms.hint')}
      </p>
      <div class="grid">
        {props.platforms.map((p) => (
          <label class="choice" key={p.id}>
            <input
              type="checkbox"
              value={p.id}
              checked={props.value.includes(p.id)}
              disabled={props.locked}
              onChange={(event) => {
                const on = (event.currentTarget as HTMLInputElement).checked;
                // In the registry's order, whatever order they were ticked in.
                const chosen = new Set(props.value);
                if (on) chosen.add(p.id);
                else chosen.delete(p.id);
                props.onChange(props.platforms.map((x) => x.id).filter((id) => chosen.has(id)));
              }}
            />
            <span>{p.name}</span>
          </label>
        ))}
      </div>
      {props.locked && (
        <p class="locked" id="platforms-locked">
          {props.lockedNote}
        </p>
      )}
    </fieldset>
  );
}
