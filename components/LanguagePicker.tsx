import { LANGUAGE_CODES, LANGUAGES, type LanguageCode } from '@/lib/languages';

/** Every language under its own name, marked with its own lang and dir so it reads right. */
export function LanguagePicker(props: { value: LanguageCode; label: string; disabled?: boolean; describedBy?: string; onChange: (code: LanguageCode) => void }) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <select
        value={props.value}
        data-testid="language"
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={(event) => {
          const code = (event.currentTarget as HTMLSelectElement).value;
          if ((LANGUAGE_CODES as readonly string[]).includes(code)) props.onChange(code as LanguageCode);
        }}
      >
        {LANGUAGE_CODES.map((code) => (
          <option key={code} value={code} lang={LANGUAGES[code].tag} dir={LANGUAGES[code].dir}>
            {LANGUAGES[code].nativeName}
          </option>
        ))}
      </select>
    </label>
  );
}
