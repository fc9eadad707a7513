import type { Platform } from './types';

/**
 * Snapchat in a desktop browser: Snapchat for Web (www.snapchat.com/web, and its older address
 * web.snapchat.com) and the account site accounts.snapchat.com. Why these hostnames, what each
 * source says and what could not be confirmed for the web is in docs/sources/snapchat.md.
 * Snapchat's own pages describe the app; the privacy settings behind the kids' checklist exist only
 * in the app, so those items say so and every guide and item with steps is 'unconfirmed'.
 */

const CHECKED = '2026-11-23';
/** The items whose sources were read again, and changed, on this date. */
const RECHECKED = '2026-11-25';

/** Snapchat Family Safety Hub FAQ: minimum age 13, contact and location defaults, confidential reports. */
const FAMILY_FAQ = 'https://parents.snapchat.com/snapchat-family-safety-faq';
/** Snap Values: additional protections for teens (private by default, friends only). */
const TEEN_PROTECTIONS = 'https://values.snap.com/privacy/teens';
/** Snap Values: reporting a safety concern (press and hold → Report; reports are confidential). */
const SAFETY_REPORTING = 'https://values.snap.com/safety/safety-reporting';
/** Snap Safety: the Trust & Safety team (reporting in the app and through the Support site). */
const SAFETY_TEAM = 'https://www.snap.com/en-US/safety/safety-team';
/** Snapchat Family Safety Hub: parental controls (Family Centre, needs the app and a parent account). */
const PARENTAL_CONTROLS = 'https://parents.snapchat.com/en-GB/parental-controls';
/**
 * Snapchat Support: how to block a friend, in the app, and what blocking does (group chats too).
 * Read in German, the only stored copy; without a language in the address the help centre opens
 * it in the reader's language.
 */
const BLOCKING = 'https://help.snapchat.com/hc/articles/7012401093396';
/** Snapchat Support: the privacy settings (Privacy Controls: Contact Me, View My Story, See Me in Find Friends). */
const PRIVACY_SETTINGS = 'https://help.snapchat.com/hc/en-us/articles/7012343074580';
/** Snapchat Support: two-factor authentication with an authenticator app (Settings → Two-Factor Authentication). */
const TWO_FACTOR = 'https://help.snapchat.com/hc/en-us/articles/7012345351700';

export const snapchat: Platform = {
  id: 'snapchat',
  name: 'Snapchat',
  hostnames: ['www.snapchat.com', 'web.snapchat.com', 'accounts.snapchat.com'],
  matches: ['*://www.snapchat.com/*', '*://web.snapchat.com/*', '*://accounts.snapchat.com/*'],
  minimumAge: {
    years: 13,
    source: { url: FAMILY_FAQ, checked: CHECKED, status: 'official' },
  },
  // No settings page is linked: the privacy settings are in the app, and no address on these
  // hostnames could be confirmed for them.
  settingsPages: {},
  // Snapchat's web addresses: the account site under /accounts/ (accounts.snapchat.com), Snapchat
  // for Web (the chat list and the chats) under /web, and a public profile at /add/<username>.
  pages: [
    { kind: 'settings', path: '^/accounts/' },
    { kind: 'chat', path: '^/web(/|$)' },
    { kind: 'profile', path: '^/add/(?!spotlight/)[^/]+/?$' },
  ],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openChat', 'openFriendMenu', 'chooseBlock'],
      after: true,
      pages: ['chat'],
      source: { url: BLOCKING, checked: RECHECKED, status: 'unconfirmed' },
    },
    {
      id: 'reportAccount',
      topic: 'report',
      steps: ['openChat', 'openFriendMenu', 'chooseReport'],
      after: true,
      pages: ['chat', 'profile'],
      source: { url: SAFETY_REPORTING, checked: RECHECKED, status: 'unconfirmed' },
    },
    {
      id: 'reportMessage',
      topic: 'report',
      steps: ['openChat', 'openMessageMenu', 'chooseReport'],
      after: true,
      pages: ['chat'],
      source: { url: SAFETY_REPORTING, checked: RECHECKED, status: 'unconfirmed' },
    },
    {
      id: 'reportOnline',
      topic: 'report',
      steps: ['openSupport', 'chooseSafety', 'fillForm'],
      after: true,
      source: { url: SAFETY_TEAM, checked: CHECKED, status: 'unconfirmed' },
    },
  ],
  checklist: [
    {
      id: 'privateAccount',
      audience: 'kids',
      steps: ['openSettings', 'openViewStory', 'chooseFriends'],
      source: { url: PRIVACY_SETTINGS, checked: RECHECKED, status: 'unconfirmed' },
    },
    {
      id: 'whoCanMessage',
      audience: 'kids',
      steps: ['openSettings', 'openContactMe', 'chooseFriends'],
      source: { url: PRIVACY_SETTINGS, checked: RECHECKED, status: 'unconfirmed' },
    },
    {
      id: 'findByContacts',
      audience: 'kids',
      steps: ['openSettings', 'openFindFriends', 'turnOff'],
      // Quick Add is called Find Friends now (help.snapchat.com 34691800487316, in docs/sources).
      source: { url: PRIVACY_SETTINGS, checked: RECHECKED, status: 'unconfirmed' },
    },
    {
      id: 'locationOff',
      audience: 'kids',
      steps: ['openMap', 'openMapSettings', 'turnOnGhost'],
      source: { url: FAMILY_FAQ, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'twoStep',
      audience: 'kids',
      steps: ['openSettings', 'openTwoFactor', 'followSteps'],
      source: { url: TWO_FACTOR, checked: RECHECKED, status: 'unconfirmed' },
    },
    {
      id: 'reviewFollowers',
      audience: 'kids',
      steps: ['openChats', 'checkNames', 'blockStrangers'],
      source: { url: TEEN_PROTECTIONS, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      alsoGuide: 'reportAccount',
      source: { url: BLOCKING, checked: RECHECKED, status: 'unconfirmed' },
    },
    {
      id: 'minimumAge',
      audience: 'parents',
      source: { url: FAMILY_FAQ, checked: CHECKED, status: 'official' },
    },
    {
      id: 'familyCenter',
      audience: 'parents',
      steps: ['getApp', 'addTeen', 'openFamilyCenter', 'invite'],
      source: { url: PARENTAL_CONTROLS, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['strangerAdds', 'screenshots', 'showMe'],
      source: { url: PARENTAL_CONTROLS, checked: CHECKED, status: 'official' },
    },
  ],
};
