import * as z from 'zod/mini';
import type { Language, LanguageCode } from './languages';
import type { Guide, GuideTopic, PageKind, Platform, Source } from './platforms/types';
import type { Helpline } from './helplines';
import { SITUATIONS } from './get-help';
import { servicesFor } from './reporting-services';
import { isolate } from './bidi';
import { ownLongDate } from './own-intl';

/**
 * What the in-page helper and the popup show, as plain resolved strings. The background builds it
 * in the person's language so the content script never carries a dictionary or i18next.
 */

const https = z.string().check(z.regex(/^https:\/\/[^\s]+$/));
const text = z.string().check(z.minLength(1), z.maxLength(2000));

export const guideViewSchema = z.object({
  id: z.string(),
  topic: z.enum(['block', 'report', 'limit', 'privacy']),
  title: text,
  steps: z.array(text),
  after: z.optional(text),
  sourceUrl: https,
  sourceLabel: text,
  checkedLabel: text,
  mayDiffer: z.optional(text),
  settingsUrl: z.optional(https),
  settingsLabel: z.optional(text),
});
export type GuideView = z.infer<typeof guideViewSchema>;

export const helplineViewSchema = z.object({
  id: z.string(),
  name: text,
  number: text,
  tel: z.string().check(z.regex(/^tel:\+?[0-9]+$/)),
  url: z.optional(https),
  description: text,
  callLabel: text,
  callWithName: text,
  websiteLabel: z.optional(text),
  facts: z.array(text),
  checkedLabel: text,
  /**
   * A line to talk to about what happened, called from each situation's last step; not the
   * missing-children hotline (116 000), which is listed with the others but is not for bullying.
   */
  talk: z.boolean(),
});
export type HelplineView = z.infer<typeof helplineViewSchema>;

export const serviceViewSchema = z.object({
  id: z.string(),
  name: text,
  url: https,
  description: text,
  openLabel: text,
  checkedLabel: text,
});
export type ServiceView = z.infer<typeof serviceViewSchema>;

export const situationViewSchema = z.object({
  id: z.string(),
  title: text,
  points: z.array(text),
  servicesTitle: z.optional(text),
  services: z.array(serviceViewSchema),
  actionsTitle: text,
  actions: z.array(text),
});
export type SituationView = z.infer<typeof situationViewSchema>;

export const helpViewSchema = z.object({
  title: text,
  intro: text,
  trustedAdult: z.object({ title: text, text }),
  images: z.object({ title: text, text }),
  whatHappened: z.object({ title: text, intro: text }),
  situations: z.array(situationViewSchema),
  helplineTitle: text,
  helplines: z.array(helplineViewSchema),
  noHelpline: z.optional(text),
});
export type HelpView = z.infer<typeof helpViewSchema>;

/** A checklist item's second guide (how to report, after how to block), with its own source. */
export const alsoViewSchema = z.object({
  title: text,
  steps: z.array(text),
  sourceUrl: https,
  sourceLabel: text,
  checkedLabel: text,
  mayDiffer: z.optional(text),
});
export type AlsoView = z.infer<typeof alsoViewSchema>;

/** One kids' checklist item not yet done, as the step-by-step privacy check shows it. */
export const checkItemViewSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/)),
  title: text,
  why: text,
  /** The first guide's title over `steps`, when the item has a second guide (`also`). */
  stepsTitle: z.optional(text),
  steps: z.array(text),
  also: z.optional(alsoViewSchema),
  settingsUrl: z.optional(https),
  settingsLabel: z.optional(text),
  sourceUrl: https,
  sourceLabel: text,
  checkedLabel: text,
  mayDiffer: z.optional(text),
  /** "Step 2 of 5". */
  position: text,
});
export type CheckItemView = z.infer<typeof checkItemViewSchema>;

export const checkViewSchema = z.object({
  title: text,
  intro: text,
  start: text,
  done: text,
  skip: text,
  finished: text,
  /** The end of a check in which every step was skipped: no "well done". */
  finishedSkipped: text,
  items: z.array(checkItemViewSchema),
});
export type CheckView = z.infer<typeof checkViewSchema>;

const offerViewSchema = z.object({ label: text, text, start: text, later: text });

/**
 * What the launcher needs, and all a page load asks for: the panel's words (guides, help, the
 * privacy check; most of the view's size) are asked for when someone is about to open it.
 */
export const launcherViewSchema = z.object({
  lang: z.string(),
  tag: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  fontStack: z.string(),
  lineHeight: z.number(),
  siteName: text,
  minimized: z.boolean(),
  labels: z.object({
    open: text,
    panelLabel: text,
    title: text,
    close: text,
    minimise: text,
    restore: text,
  }),
  /**
   * The offer to check the privacy settings together, when it is due (prompt-schedule.ts): the
   * helper shows it as it mounts. Only a page load's answer can carry it (helper-handlers.ts).
   */
  prompt: z.optional(offerViewSchema),
});
export type LauncherView = z.infer<typeof launcherViewSchema>;

export const helperViewSchema = z.extend(launcherViewSchema, {
  /** The offer's words, due or not: an offer already showing follows a change of language. */
  offer: offerViewSchema,
  guides: z.array(guideViewSchema),
  help: helpViewSchema,
  /** The privacy check, step by step through the kids' items not yet done; absent when all are. */
  check: z.optional(checkViewSchema),
});
export type HelperView = z.infer<typeof helperViewSchema>;

/** The launcher's part of a view, without the panel's words. */
export function launcherPart({
  offer: _offer,
  guides: _guides,
  help: _help,
  check: _check,
  ...launcher
}: HelperView): LauncherView {
  return launcher;
}

/** A `tel:` address: digits and a leading plus only. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}

/** A key, or keys to try in order (the first that exists wins). */
export type Translate = (key: string | string[], vars?: Record<string, string | number>) => string;

/**
 * Building a formatter costs far more than using one (about 0.3 ms each, and a checklist shows a
 * date per item), so each language's is made once.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Dates in the reader's language; Serbo-Croatian numerically, since month names differ by country;
 * Punjabi from the extension's own month names (own-intl.ts).
 */
export function formatDate(isoDate: string, language: Language): string {
  const own = ownLongDate(isoDate, language.tag);
  if (own) return own;
  let format = dateFormats.get(language.code);
  if (!format) {
    format =
      language.code === 'sh'
        ? new Intl.DateTimeFormat('hr', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' })
        : new Intl.DateTimeFormat(language.tag, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(language.code, format);
  }
  return format.format(new Date(`${isoDate}T12:00:00Z`));
}

/**
 * Where steps come from, as every guide and checklist item shows it: the official page, the date
 * checked, "may look different" for unconfirmed steps, and the settings page when there is one.
 */
export function sourceLines(
  platform: Platform,
  source: Source,
  settingsPage: string | undefined,
  t: Translate,
  language: Language,
  hasSteps = true,
): Pick<GuideView, 'sourceUrl' | 'sourceLabel' | 'checkedLabel' | 'mayDiffer' | 'settingsUrl' | 'settingsLabel'> {
  const site = platform.name;
  const settingsUrl = settingsPage ? platform.settingsPages[settingsPage] : undefined;
  return {
    sourceUrl: source.url,
    sourceLabel: t('ui:guide.officialHelp', { site }),
    checkedLabel: t('ui:guide.checked', { date: formatDate(source.checked, language) }),
    ...(source.status === 'unconfirmed' && hasSteps ? { mayDiffer: t('ui:guide.mayDiffer', { site }) } : {}),
    ...(settingsUrl ? { settingsUrl, settingsLabel: t('ui:guide.openSettings', { site }) } : {}),
  };
}

export function buildGuideView(platform: Platform, guide: Guide, t: Translate, language: Language): GuideView {
  const base = `${platform.id}:guides.${guide.id}`;
  return {
    id: guide.id,
    topic: guide.topic,
    title: t(`${base}.title`),
    steps: guide.steps.map((step) => t(`${base}.steps.${step}`)),
    ...(guide.after ? { after: t(`${base}.after`) } : {}),
    ...sourceLines(platform, guide.source, guide.settingsPage, t, language),
  };
}

function buildSituations(
  country: string | undefined,
  t: Translate,
  language: Language,
  anyTalk: boolean,
): SituationView[] {
  return SITUATIONS.map((situation) => {
    const services = servicesFor(situation.services, country).map((s) => ({
      id: s.id,
      name: s.name,
      url: s.url,
      // The named image-removal services each say what they do; hotlines share one description.
      description: t(s.kind === 'imageRemoval' ? `help:services.about.${s.id}` : `help:services.kinds.${s.kind}`),
      openLabel: t('help:services.open', { name: s.name }),
      checkedLabel: t('help:services.source', { date: formatDate(s.source.checked, language) }),
    }));
    return {
      id: situation.id,
      title: t(`help:situations.${situation.id}.title`),
      points: situation.points.map((point) => t(`help:situations.${situation.id}.points.${point}`)),
      ...(services.length > 0 ? { servicesTitle: t('help:services.title') } : {}),
      services,
      actionsTitle: t('help:actions.title'),
      // Without a line to call, the last step says so instead of "talk to a helpline".
      actions: situation.actions.map((action) =>
        action === 'helpline' && !anyTalk ? t('help:helpline.none') : t(`help:actions.${action}`),
      ),
    };
  });
}

/** `country` is the person's (ISO 3166-1 alpha-2), which decides the services and helplines shown. */
export function buildHelpView(
  helplines: readonly Helpline[],
  t: Translate,
  language: Language,
  country?: string,
): HelpView {
  const talks = (h: Helpline) => h.kind !== 'missing';
  const anyTalk = helplines.some(talks);
  // The lines to talk to first; the missing-children hotline after them.
  const ordered = [...helplines.filter(talks), ...helplines.filter((h) => !talks(h))];
  return {
    title: t('help:title'),
    intro: t('help:intro'),
    trustedAdult: { title: t('help:trustedAdult.title'), text: t('help:trustedAdult.text') },
    images: { title: t('help:images.title'), text: t('help:images.text') },
    whatHappened: { title: t('help:whatHappened.title'), intro: t('help:whatHappened.intro') },
    situations: buildSituations(country, t, language, anyTalk),
    helplineTitle: t('help:helpline.title'),
    helplines: ordered.map((h) => {
      const callLabel = t('help:helpline.call', { number: h.number });
      return {
        id: h.id,
        name: h.name,
        number: h.number,
        tel: telHref(h.number),
        ...(h.url ? { url: h.url, websiteLabel: t('help:helpline.website', { name: h.name }) } : {}),
        description: t(`help:helpline.kinds.${h.kind}`),
        callLabel,
        // "Childline: Call 0800 1111", one text: an element inside it made Chromium name the link
        // "Childline : Call". In right-to-left words the name is isolated (a name that is only a
        // number, "116 000", would otherwise be drawn "000 116"), as the translator isolates values.
        callWithName: `${language.dir === 'rtl' ? isolate(h.name) : h.name}: ${callLabel}`,
        facts: [...(h.free ? [t('help:helpline.free')] : []), ...(h.open247 ? [t('help:helpline.always')] : [])],
        checkedLabel: t('help:helpline.source', { date: formatDate(h.source.checked, language) }),
        talk: talks(h),
      };
    }),
    ...(anyTalk ? {} : { noHelpline: t('help:helpline.none') }),
  };
}

export const TOPIC_ORDER: readonly GuideTopic[] = ['block', 'report', 'limit', 'privacy'];

/**
 * Block first, then report, then restrict or mute, then privacy; but the guides for the page the person is on come before
 * all others: on a settings page its steps, on a profile, post or chat how to block and report.
 */
export function orderGuides(guides: readonly Guide[], pageKind?: PageKind): Guide[] {
  const byTopic = [...guides].sort((a, b) => TOPIC_ORDER.indexOf(a.topic) - TOPIC_ORDER.indexOf(b.topic));
  if (!pageKind) return byTopic;
  const here = (g: Guide) => g.pages?.includes(pageKind) ?? false;
  return [...byTopic.filter(here), ...byTopic.filter((g) => !here(g))];
}

export function buildHelperView(options: {
  platform: Platform;
  language: Language;
  t: Translate;
  helplines: readonly Helpline[];
  country?: string;
  pageKind?: PageKind;
  minimized: boolean;
  prompt?: boolean;
  check?: CheckView;
}): HelperView {
  const { platform, language, t } = options;
  const site = platform.name;
  const guides = orderGuides(platform.guides, options.pageKind).map((g) => buildGuideView(platform, g, t, language));
  const offer = {
    label: t('ui:prompt.label'),
    text: t('ui:prompt.text', { site }),
    start: t('ui:prompt.start'),
    later: t('ui:prompt.later'),
  };
  return {
    lang: language.code as LanguageCode,
    tag: language.tag,
    dir: language.dir,
    fontStack: language.fontStack,
    lineHeight: language.lineHeight,
    siteName: site,
    minimized: options.minimized,
    labels: {
      open: t('ui:helper.open'),
      panelLabel: t('ui:helper.panelLabel', { site }),
      title: t('ui:helper.title', { site }),
      close: t('ui:helper.close'),
      minimise: t('ui:helper.minimise'),
      restore: t('ui:helper.restore'),
    },
    guides,
    help: buildHelpView(options.helplines, t, language, options.country),
    ...(options.check && options.check.items.length > 0 ? { check: options.check } : {}),
    offer,
    ...(options.prompt ? { prompt: offer } : {}),
  };
}
