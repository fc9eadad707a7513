import type { Prompts } from '@/lib/storage';
import type { Translate } from '@/lib/helper-view';

/** How often the privacy prompt may come back; 0 is never. */
export const PROMPT_PERIODS = [7, 14, 30, 0] as const;

/** The privacy prompt's period (every site) and whether it may appear on this site. */
export function PromptSettings(props: {
  prompts: Prompts;
  site?: { id: string; name: string };
  t: Translate;
  onChange: (change: (p: Prompts) => Prompts) => void;
}) {
  const { prompts, site, t } = props;
  const period = (PROMPT_PERIODS as readonly number[]).includes(prompts.everyDays) ? prompts.everyDays : 7;
  return (
    <>
      <label class="field">
        <span>{t('ui:promptSettings.label')}</span>
        <select
          value={String(period)}
          data-testid="prompt-period"
          onChange={(event) => {
            const days = Number((event.currentTarget as HTMLSelectElement).value);
            if ((PROMPT_PERIODS as readonly number[]).includes(days)) props.onChange((p) => ({ ...p, everyDays: days }));
          }}
        >
          {PROMPT_PERIODS.map((days) => (
            <option key={days} value={String(days)}>
              {t(`ui:promptSettings.every.${days}`)}
            </option>
          ))}
        </select>
      </label>
      {site && period !== 0 && (
        <label class="toggle">
          <input
            type="checkbox"
            data-testid="prompt-site"
            checked={!prompts.offSites.includes(site.id)}
            onChange={(event) => {
              const on = (event.currentTarget as HTMLInputElement).checked;
              props.onChange((p) => ({
                ...p,
                offSites: on ? p.offSites.filter((id) => id !== site.id) : [...new Set([...p.offSites, site.id])],
              }));
            }}
          />
          <span>{t('ui:promptSettings.onSite', { site: site.name })}</span>
        </label>
      )}
    </>
  );
}
