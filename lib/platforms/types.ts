/** The shape of a platform data file. Kept free of zod so the content script can import the data cheaply. */

/** How sure we are that the steps match what the site shows today. */
export type SourceStatus =
  /** The steps follow the platform's own help page, read on `checked`. */
  | 'official'
  /** The help page was read, but its exact menu wording on the web could not be confirmed. */
  | 'unconfirmed';

export interface Source {
  /** The platform's official help page the steps rest on. */
  url: string;
  /** ISO date (YYYY-MM-DD) on which the steps were last checked against that page. */
  checked: string;
  status: SourceStatus;
}

/**
 * What a person wants to do; the popup's buttons and the panel's sections are grouped by it.
 * `limit` is the quieter step short of blocking: restrict, mute or hide.
 */
export type GuideTopic = 'block' | 'report' | 'limit' | 'privacy';

/** The kinds of page the helper tells apart, to put the guides that matter there first. */
export type PageKind = 'settings' | 'profile' | 'post' | 'chat';

export interface PagePattern {
  kind: PageKind;
  /** A regular expression (source) for the address's path, anchored with ^. */
  path: string;
}

export interface Guide {
  /** Words live in locales/<lang>/platforms/<platform>.json under `guides.<guide id>`. */
  id: string;
  topic: GuideTopic;
  /** Step ids, in order; each is a key under `<platform>.<guide id>.steps`. */
  steps: string[];
  /** Whether `<platform>.<guide id>.after` says what happens next (is the other person told?). */
  after: boolean;
  /** A key of `settingsPages` to link to, when the guide changes a setting. */
  settingsPage?: string;
  /** The kinds of page on which this guide comes first (a block guide on a profile, say). */
  pages?: PageKind[];
  source: Source;
}

/** Kids' items every platform can have; their title and "why" are shared (locales/<lang>/checklist.json). */
export const STANDARD_KIDS_ITEMS = [
  'privateAccount',
  'whoCanMessage',
  'whoCanComment',
  'locationOff',
  'findByContacts',
  'activityStatus',
  'reviewFollowers',
  'twoStep',
  'knowBlockReport',
] as const;

/** Parents' items whose title (and for `talk` the "why") are shared by every platform. */
export const SHARED_PARENTS_ITEMS = ['minimumAge', 'talk'] as const;

export interface ChecklistItem {
  /** Words live in locales/<lang>/platforms/<platform>.json under `checklist.<item id>`. */
  id: string;
  audience: 'kids' | 'parents';
  /** The guide that shows how to do it. */
  guide?: string;
  /**
   * A second guide, for an item that promises two things ("block and report"): shown after the
   * first, each under its own title, so the item teaches everything its title says.
   */
  alsoGuide?: string;
  /** Step ids of its own, when no guide shows how; words under `checklist.<id>.steps`. */
  steps?: string[];
  /** Conversation starters for parents; words under `checklist.<id>.starters`. */
  starters?: string[];
  settingsPage?: string;
  source: Source;
}

export interface Platform {
  id: string;
  /** A brand name: the same in every language. */
  name: string;
  /** Every hostname the helper runs on, lower case, without a port. */
  hostnames: string[];
  /** Content-script match patterns; `*://` so local test servers on http match too. */
  matches: string[];
  /** `years: null` when the platform sets no minimum age (the words say who it is for). */
  minimumAge: { years: number | null; source: Source };
  /** Addresses of the platform's own settings pages, by name. */
  settingsPages: Record<string, string>;
  /** Which kind of page an address is, by its path; the first pattern that matches wins. */
  pages: PagePattern[];
  guides: Guide[];
  checklist: ChecklistItem[];
}
