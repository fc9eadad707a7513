import { withSiteOn } from '@/lib/site-lists';
import type { Prompts } from '@/lib/storage';
import type { Translate } from '@/lib/helper-view';
import { SiteSwitchBox } from './SiteSwitches';

/** How often the privacy prompt may come back; 0 is never. */
export const PROMPT_PERIODS = [7, 14, 30, 0] as const;

export type PromptChange = (p: Prompts) => Prompts;

/**
 * The privacy prompt's period (every site) and whether it may appear on this site. `onChange` is
 * told whether the change turns the reminder off, which the pages put behind the parent PIN; it
 * returns false while the PIN is asked, and the controls show the saved value until then.
 */
export function PromptSettings(props: {
  prompts: Prompts;
  site?: { id: string; name: string };
  t: Translate;
  lockedPeriod?: boolean;
  lockedSite?: boolean;
  lockedNote?: string;
  onChange: (change: PromptChange, turnsOff: boolean) => boolean;
}) {
  const { prompts, site, t } = props;
  const period = (PROMPT_PERIODS as readonly number[]).includes(prompts.everyDays)
    ? prompts.everyDays
    : prompts.everyDays === 0
      ? 0
      : 7;
  return (
    <>
      <label class="field">
        <span>{t('ui:promptSettings.label')}</span>
        <select
          value={String(period)}
          data-testid="prompt-period"
          disabled={props.lockedPeriod}
          aria-describedby={props.lockedPeriod ? 'prompt-period-locked' : undefined}
          onChange={(event) => {
            const select = event.currentTarget as HTMLSelectElement;
            const days = Number(select.value);
            const applied =
              (PROMPT_PERIODS as readonly number[]).includes(days) &&
              props.onChange((p) => ({ ...p, everyDays: days }), days === 0);
            if (!applied) select.value = String(period);
          }}
        >
          {PROMPT_PERIODS.map((days) => (
            <option key={days} value={String(days)}>
              {t(`ui:promptSettings.every.${days}`)}
            </option>
          ))}
        </select>
      </label>
      {props.lockedPeriod && (
        <p class="locked" id="prompt-period-locked">
          {props.lockedNote}
        </p>
      )}
      {site && period !== 0 && (
        <SiteSwitchBox
          kind="prompt"
          site={site}
          on={!prompts.offSites.includes(site.id)}
          locked={Boolean(props.lockedSite)}
          lockedNote={props.lockedNote ?? ''}
          t={t}
          onChange={(on) => props.onChange((p) => ({ ...p, offSites: withSiteOn(p.offSites, site.id, on) }), !on)}
        />
      )}
    </>
  );
}
