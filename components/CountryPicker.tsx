import { useMemo } from 'preact/hooks';
import { NO_COUNTRY, isCountryChoice } from '@/lib/helplines';
import { regionNamer } from '@/lib/region-names';
import { PickerField, type PickerName } from './PickerField';

/**
 * Countries named in the reader's language (lib/region-names.ts), and, last,
 * "my country is not in the list" (NO_COUNTRY), which a family can choose at any time, also after
 * a country was set or guessed. "Choose a country" shows only while nothing is chosen or guessed.
 */
export function CountryPicker(
  props: PickerName & {
    /** A country code, NO_COUNTRY, or undefined while nothing is chosen (pickedCountry). */
    value: string | undefined;
    countries: readonly string[];
    locale: string;
    noneLabel: string;
    notListedLabel: string;
    /** The id of a hint shown with the picker, read after its name. */
    describedBy?: string;
    /** Set by an administrator's policy: shown, not changeable, with this note. */
    lockedNote?: string | undefined;
    /** A country code or NO_COUNTRY. */
    onChange: (country: string) => void;
  },
) {
  const options = useMemo(() => {
    const nameOf = regionNamer(props.locale);
    const all = new Set(props.countries);
    if (props.value && props.value !== NO_COUNTRY) all.add(props.value);
    // One collator for the whole sort: localeCompare with a locale builds a new one per comparison.
    const collator = new Intl.Collator(props.locale);
    return [...all].map((code) => ({ code, name: nameOf(code) })).sort((a, b) => collator.compare(a.name, b.name));
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
        if (isCountryChoice(code)) props.onChange(code);
      }}
    >
      {!props.value && <option value="">{props.noneLabel}</option>}
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ))}
      <option value={NO_COUNTRY}>{props.notListedLabel}</option>
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
