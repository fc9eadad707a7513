import { useMemo } from 'preact/hooks';
import { PickerField, type PickerName } from './PickerField';

/** Countries named in the reader's language by the browser itself (Intl.DisplayNames). */
export function CountryPicker(
  props: PickerName & {
    value: string | undefined;
    countries: readonly string[];
    locale: string;
    noneLabel: string;
    /** The id of a hint shown with the picker, read after its name. */
    describedBy?: string;
    /** Set by an administrator's policy: shown, not changeable, with this note. */
    lockedNote?: string | undefined;
    onChange: (country: string) => void;
  },
) {
  const options = useMemo(() => {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([props.locale, 'en'], { type: 'region' });
    } catch {
      names = undefined;
    }
    const all = new Set(props.countries);
    if (props.value) all.add(props.value);
    // One collator for the whole sort: localeCompare with a locale builds a new one per comparison.
    const collator = new Intl.Collator(props.locale);
    return [...all]
      .map((code) => ({ code, name: names?.of(code) ?? code }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [props.countries, props.locale, props.value]);
  const select = (
    <select
      value={props.value ?? ''}
      data-testid="country"
      aria-labelledby={props.labelledBy}
      disabled={props.lockedNote !== undefined}
      aria-describedby={
        [props.describedBy, props.lockedNote !== undefined ? 'country-locked' : undefined].filter(Boolean).join(' ') ||
        undefined
      }
      onChange={(event) => {
        const code = (event.currentTarget as HTMLSelectElement).value;
        if (/^[A-Z]{2}$/.test(code)) props.onChange(code);
      }}
    >
      {!props.value && <option value="">{props.noneLabel}</option>}
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ))}
    </select>
  );
  return (
    <>
      <PickerField name={props}>{select}</PickerField>
      {props.lockedNote !== undefined && (
        <p class="locked" id="country-locked">
          {props.lockedNote}
        </p>
      )}
    </>
  );
}
