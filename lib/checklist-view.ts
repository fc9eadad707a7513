import type { Language } from './languages';
import type { ChecklistItem, Platform } from './platforms/types';
import { sharedWordsFor } from './platforms/words';
import { buildGuideView, formatDate, sourceLines, type AlsoView, type CheckView, type Translate } from './helper-view';

/** One checklist item as plain strings: what to do, why, and how, with where the steps come from. */
export interface ChecklistItemView {
  id: string;
  title: string;
  why: string;
  /** The first guide's title over `steps`, when the item has a second guide (`also`). */
  stepsTitle?: string;
  steps: string[];
  /** The second guide: how to report, after how to block. */
  also?: AlsoView;
  starters: string[];
  settingsUrl?: string;
  settingsLabel?: string;
  sourceUrl: string;
  sourceLabel: string;
  checkedLabel: string;
  mayDiffer?: string;
  /** When it was ticked, in the reader's language; absent while it is not done. */
  doneLabel?: string;
}

export interface ChecklistView {
  kids: ChecklistItemView[];
  parents: ChecklistItemView[];
}

export type ItemProgress = Record<string, { doneAt: string }>;

function itemText(platform: Platform, item: ChecklistItem, field: 'title' | 'why', t: Translate): string {
  const own = `${platform.id}:checklist.${item.id}.${field}`;
  const shared = sharedWordsFor(item)[field];
  if (!shared) return t(own);
  const group = item.audience === 'kids' ? 'kids' : 'parents';
  const sharedKey =
    item.id === 'minimumAge' && field === 'title' && platform.minimumAge.years === null
      ? 'checklist:parents.minimumAge.titleNone'
      : `checklist:${group}.${item.id}.${field}`;
  // A platform may word a shared item its own way; i18next takes the first key that exists.
  return t([own, sharedKey], { site: platform.name, years: platform.minimumAge.years ?? '' });
}

export function buildItemView(
  platform: Platform,
  item: ChecklistItem,
  t: Translate,
  language: Language,
  progress: ItemProgress = {},
): ChecklistItemView {
  const guide = item.guide ? platform.guides.find((g) => g.id === item.guide) : undefined;
  // An item's own steps rest on its own source; otherwise its guide's steps and source are shown.
  const own = Boolean(item.steps) || !guide;
  const steps = item.steps
    ? item.steps.map((s) => t(`${platform.id}:checklist.${item.id}.steps.${s}`))
    : guide
      ? buildGuideView(platform, guide, t, language).steps
      : [];
  const alsoGuide = !own && item.alsoGuide ? platform.guides.find((g) => g.id === item.alsoGuide) : undefined;
  const also = alsoGuide && buildGuideView(platform, alsoGuide, t, language);
  const done = progress[item.id];
  return {
    id: item.id,
    title: itemText(platform, item, 'title', t),
    why: itemText(platform, item, 'why', t),
    ...(also
      ? {
          stepsTitle: t(`${platform.id}:guides.${guide!.id}.title`),
          also: {
            title: also.title,
            steps: also.steps,
            sourceUrl: also.sourceUrl,
            sourceLabel: also.sourceLabel,
            checkedLabel: also.checkedLabel,
            ...(also.mayDiffer ? { mayDiffer: also.mayDiffer } : {}),
          },
        }
      : {}),
    steps,
    starters: (item.starters ?? []).map((s) => t(`${platform.id}:checklist.${item.id}.starters.${s}`)),
    ...sourceLines(
      platform,
      own ? item.source : guide!.source,
      item.settingsPage ?? guide?.settingsPage,
      t,
      language,
      steps.length > 0,
    ),
    ...(done
      ? { doneLabel: t('ui:popup.checklist.doneOn', { date: formatDate(done.doneAt.slice(0, 10), language) }) }
      : {}),
  };
}

export function buildChecklistView(
  platform: Platform,
  t: Translate,
  language: Language,
  progress: ItemProgress = {},
): ChecklistView {
  const view = (audience: 'kids' | 'parents') =>
    platform.checklist
      .filter((i) => i.audience === audience)
      .map((i) => buildItemView(platform, i, t, language, progress));
  return { kids: view('kids'), parents: view('parents') };
}

/** The step-by-step privacy check: the kids' items not yet done, one step each. */
export function buildCheckView(
  platform: Platform,
  t: Translate,
  language: Language,
  progress: ItemProgress = {},
): CheckView {
  const left = platform.checklist.filter((i) => i.audience === 'kids' && !progress[i.id]);
  const site = platform.name;
  return {
    title: t('ui:check.title'),
    intro: t('ui:check.intro', { site }),
    start: t('ui:check.start'),
    done: t('ui:check.done'),
    skip: t('ui:check.skip'),
    finished: t('ui:check.finished'),
    finishedSkipped: t('ui:check.finishedSkipped'),
    items: left.map((item, i) => {
      const v = buildItemView(platform, item, t, language);
      return {
        id: v.id,
        title: v.title,
        why: v.why,
        ...(v.also ? { stepsTitle: v.stepsTitle, also: v.also } : {}),
        steps: v.steps,
        ...(v.settingsUrl ? { settingsUrl: v.settingsUrl, settingsLabel: v.settingsLabel } : {}),
        sourceUrl: v.sourceUrl,
        sourceLabel: v.sourceLabel,
        checkedLabel: v.checkedLabel,
        ...(v.mayDiffer ? { mayDiffer: v.mayDiffer } : {}),
        position: t('ui:check.position', { current: i + 1, total: left.length }),
      };
    }),
  };
}
