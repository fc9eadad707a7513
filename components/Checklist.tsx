import type { ComponentChildren } from 'preact';
import type { Platform } from '@/lib/platforms/types';
import type { Translate } from '@/lib/helper-view';
import type { Language } from '@/lib/languages';
import { buildChecklistView, type ChecklistItemView, type ItemProgress } from '@/lib/checklist-view';
import { isSafeHref } from './dom';

/** Where steps come from: the official page (checked again, as the helper's links are) and when. */
function SourceLine(props: { url: string; label: string; checked: string; settings?: { url: string; label: string } }) {
  const { settings } = props;
  return (
    <p class="mis-links">
      {settings && isSafeHref(settings.url) && (
        <a class="mis-button-link" href={settings.url} target="_blank" rel="noopener noreferrer">
          {settings.label}
        </a>
      )}
      {isSafeHref(props.url) ? (
        <a href={props.url} target="_blank" rel="noopener noreferrer">
          {props.label}
        </a>
      ) : (
        <span>{props.label}</span>
      )}
      <span class="mis-checked">{props.checked}</span>
    </p>
  );
}

function StepList(props: { steps: string[] }) {
  return (
    <ol class="mis-steps">
      {props.steps.map((step, i) => (
        <li key={i}>{step}</li>
      ))}
    </ol>
  );
}

function ItemSteps(props: { item: ChecklistItemView; t: Translate }) {
  const { item, t } = props;
  if (item.steps.length === 0 && item.starters.length === 0) return null;
  return (
    <details class="how">
      <summary>{item.starters.length > 0 ? t('ui:popup.checklist.starters') : t('ui:popup.checklist.howTo')}</summary>
      {/* An item that promises two things (block and report) shows both, each under its title. */}
      {item.stepsTitle && <p class="part">{item.stepsTitle}</p>}
      {item.steps.length > 0 && <StepList steps={item.steps} />}
      {item.starters.length > 0 && (
        <ul class="mis-steps starters">
          {item.starters.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      )}
      {item.mayDiffer && <p class="mis-note">{item.mayDiffer}</p>}
      <SourceLine
        url={item.sourceUrl}
        label={item.sourceLabel}
        checked={item.checkedLabel}
        settings={
          item.settingsUrl && item.settingsLabel ? { url: item.settingsUrl, label: item.settingsLabel } : undefined
        }
      />
      {item.also && (
        <>
          <p class="part">{item.also.title}</p>
          <StepList steps={item.also.steps} />
          {item.also.mayDiffer && <p class="mis-note">{item.also.mayDiffer}</p>}
          <SourceLine url={item.also.sourceUrl} label={item.also.sourceLabel} checked={item.also.checkedLabel} />
        </>
      )}
    </details>
  );
}

function ItemList(props: {
  platformId: string;
  audience: 'kids' | 'parents';
  items: ChecklistItemView[];
  t: Translate;
  onToggle: (itemId: string, done: boolean) => void;
  noteFor?: ((itemId: string) => ComponentChildren) | undefined;
}) {
  return (
    <ul data-audience={props.audience}>
      {props.items.map((item) => {
        // Prefixed with the platform: the dashboard shows several platforms' lists on one page.
        const id = `${props.platformId}-item-${item.id}`;
        const note = props.noteFor?.(item.id);
        return (
          <li key={item.id} data-item={item.id}>
            <input
              type="checkbox"
              id={id}
              checked={Boolean(item.doneLabel)}
              aria-describedby={`${id}-why`}
              onChange={(e) => props.onToggle(item.id, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for={id}>{item.title}</label>
            <p id={`${id}-why`} class="why">
              {item.why}
              {item.doneLabel && <span class="done-on"> {item.doneLabel}</span>}
            </p>
            {note && <div class="note">{note}</div>}
            <ItemSteps item={item} t={props.t} />
          </li>
        );
      })}
    </ul>
  );
}

/** The kids' and the parents' checklists of one platform; "done" is remembered with its time. */
export function Checklist(props: {
  platform: Platform;
  progress: ItemProgress;
  t: Translate;
  language: Language;
  onToggle: (itemId: string, done: boolean) => void;
  /**
   * What became of an item's last change, when it needs saying (it could not be saved): under the
   * item, where the eye is, not at one end of a list that may be longer than the window.
   */
  noteFor?: (itemId: string) => ComponentChildren;
  /** The heading level of the two lists: 2 in the popup, 3 under a platform's heading in the dashboard. */
  level?: 2 | 3;
}) {
  const { platform, progress, t, language } = props;
  const Heading = props.level === 3 ? 'h3' : 'h2';
  const view = buildChecklistView(platform, t, language, progress);
  const count = (items: ChecklistItemView[]) =>
    t('ui:popup.checklist.progress', { done: items.filter((i) => i.doneLabel).length, total: items.length });
  const list = (audience: 'kids' | 'parents', items: ChecklistItemView[]) => (
    <ItemList
      platformId={platform.id}
      audience={audience}
      items={items}
      t={t}
      onToggle={props.onToggle}
      noteFor={props.noteFor}
    />
  );
  return (
    <>
      <section class="checklist" aria-labelledby={`${platform.id}-checklist-title`}>
        <Heading id={`${platform.id}-checklist-title`}>
          {t('ui:popup.checklist.title', { site: platform.name })}
        </Heading>
        <p class="progress" data-testid="checklist-progress">
          {count(view.kids)}
        </p>
        {list('kids', view.kids)}
      </section>
      <section class="checklist parents" aria-labelledby={`${platform.id}-parents-title`}>
        <Heading id={`${platform.id}-parents-title`}>{t('ui:popup.checklist.parents')}</Heading>
        <p class="progress" data-testid="parents-progress">
          {count(view.parents)}
        </p>
        {list('parents', view.parents)}
      </section>
    </>
  );
}
