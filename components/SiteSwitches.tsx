import type { Translate } from '@/lib/helper-view';

export interface SiteSwitch {
  /** 'helper': the in-page helper; 'prompt': the privacy reminder. */
  kind: 'helper' | 'prompt';
  site: { id: string; name: string };
  on: boolean;
  locked: boolean;
}

/**
 * One switch: the helper or the privacy reminder on one site. Turning it off may first ask for the
 * PIN: `onChange` returns false then, and the box shows the saved state until the change is made.
 */
export function SiteSwitchBox(
  props: SiteSwitch & { t: Translate; lockedNote: string; onChange: (on: boolean) => boolean },
) {
  const { kind, site, t } = props;
  const noteId = `${kind}-${site.id}-locked`;
  return (
    <label class="toggle">
      <input
        type="checkbox"
        data-testid={`${kind}-site`}
        data-site={site.id}
        checked={props.on}
        disabled={props.locked}
        aria-describedby={props.locked ? noteId : undefined}
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          if (!props.onChange(input.checked)) input.checked = props.on;
        }}
      />
      <span>{t(kind === 'helper' ? 'ui:helperSettings.onSite' : 'ui:promptSettings.onSite', { site: site.name })}</span>
      {props.locked && (
        <span class="locked" id={noteId}>
          {props.lockedNote}
        </span>
      )}
    </label>
  );
}
