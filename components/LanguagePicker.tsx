import { LANGUAGE_CODES, LANGUAGES, type LanguageCode } from '@/lib/languages';
import { PickerField, type PickerName } from './PickerField';

/** Every language under its own name, marked with its own lang and dir so it reads right. */
export function LanguagePicker(
  props: PickerName & {
    value: LanguageCode;
    /** Set by an administrator's policy: shown, not changeable, with this note. */
    lockedNote?: string | undefined;
    onChange: (code: LanguageCode) => void;
  },
) {
  const locked = props.lockedNote !== undefined;
  const select = (
    <select
      value={props.value}
      data-testid="language"
      aria-labelledby={props.labelledBy}
      disabled={locked}
      aria-describedby={locked ? 'language-locked' : undefined}
      onChange={(event) => {
        const code = (event.currentTarget as HTMLSelectElement).value;
        if ((LANGUAGE_CODES as readonly string[]).includes(code)) props.onChange(code as LanguageCode);
      }}
    >
      <LanguageOptions />
    </select>
  );
  return (
    <>
      <PickerField name={props}>{select}</PickerField>
      {locked && (
        <p class="locked" id="language-locked">
          {props.lockedNote}
        </p>
      )}
    </>
  );
}

/** Each language as an option under its own name, marked with its own lang and dir. */
export function LanguageOptions({ codes = LANGUAGE_CODES }: { codes?: readonly LanguageCode[] }) {
  return (
    <>
      {codes.map((code) => (
        <option key={code} value={code} lang={LANGUAGES[code].tag} dir={LANGUAGES[code].dir}>
          {LANGUAGES[code].nativeName}
        </option>
      ))}
    </>
  );
}

/** The supported sites as options, by name. */
export function PlatformOptions({ platforms }: { platforms: readonly { id: string; name: string }[] }) {
  return (
    <>
      {platforms.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  );
}
