import type { Platform } from '@/lib/platforms/types';
import type { Translate } from '@/lib/helper-view';

/** The kids' checklist of one platform; "done" is remembered with the time it was ticked. */
export function Checklist(props: {
  platform: Platform;
  progress: Record<string, { doneAt: string }>;
  t: Translate;
  onToggle: (itemId: string, done: boolean) => void;
}) {
  const { platform, progress, t } = props;
  const items = platform.checklist.filter((i) => i.audience === 'kids');
  const done = items.filter((i) => progress[i.id]).length;
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('ui:popup.checklist.title', { site: platform.name })}</h2>
      <p class="progress" data-testid="checklist-progress">
        {t('ui:popup.checklist.progress', { done, total: items.length })}
      </p>
      <ul>
        {items.map((item) => {
          const id = `item-${item.id}`;
          return (
            <li key={item.id}>
              <input
                type="checkbox"
                id={id}
                checked={Boolean(progress[item.id])}
                aria-describedby={`${id}-why`}
                onChange={(e) => props.onToggle(item.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <label for={id}>{t(`checklists:${platform.id}.${item.id}.title`)}</label>
              <p id={`${id}-why`} class="why">
                {t(`checklists:${platform.id}.${item.id}.why`)}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
