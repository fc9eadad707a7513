import { withSiteOn } from '@/lib/site-lists';
import type { Prompts } from '@/lib/storage';
import type { Translate } from '@/lib/helper-view';
import { formatUnit } from '@/lib/own-intl';
import { SiteSwitchBox } from './SiteSwitches';

/** How often the privacy prompt may come back; 0 is never. */
export const PROMPT_PERIODS = [7, 14, 30, 0] as const;

/**
 * The periods with words of their own: the four choices, and a day, which a policy may set ("Every
 * day", where "Every 1 day" read as a form's words).
 */
const NAMED_PERIODS: readonly number[] = [...PROMPT_PERIODS, 1];

export type PromptChange = (p: Prompts) => Prompts;

/**
 * The periods the list offers: the four choices, and the one in effect when it is none of them
 * (an administrator's policy, or an imported file, may set any number of days), so the list shows
 * what applies rather than the nearest choice. Shortest first; "never" last.
 */
export function periodChoices(everyDays: number): number[] {
  const choices: number[] = [...PROMPT_PERIODS];
  if (!choices.includes(everyDays)) choices.push(everyDays);
  return choices.sort((a, b) => (a === 0 ? 1 : b === 0 ? -1 : a - b));
}

/**
 * The privacy prompt's period (every site) and whether it may appear on this site. `onChange` is
 * told whether the change turns the reminder off, which the pages put behind the parent PIN; it
 * returns false while the PIN is asked, and the controls show the saved value until then.
 */
export function PromptSettings(props: {
  prompts: Prompts;
  site?: { id: string; name: string };
  t: Translate;
  /** The page's BCP 47 tag, for "every 3 days" when the period is not one of the four choices. */
  locale: string;
  lockedPeriod?: boolean;
  lockedSite?: boolean;
  lockedNote?: string;
  onChange: (change: PromptChange, turnsOff: boolean) => boolean;
}) {
  const { prompts, site, t } = props;
  const period = prompts.everyDays;
  const name = (days: number) =>
    NAMED_PERIODS.includes(days)
      ? t(`ui:promptSettings.every.${days}`)
      : t('ui:promptSettings.everyPeriod', { period: formatUnit(days, 'day', props.locale) });
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
          {periodChoices(period).map((days) => (
            <option key={days} value={String(days)}>
              {name(days)}
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
