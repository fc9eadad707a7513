import type { Platform } from './types';

/**
 * Messenger on the web (www.messenger.com). What each source says, and what could not be confirmed,
 * is in docs/sources/messenger.md. Only "report a chat" follows Messenger's own web steps as
 * written; the rest are marked 'unconfirmed'.
 * UNCONFIRMED: press reports from early 2026 say Meta closed the messenger.com website in April 2026
 * and redirects it to facebook.com/messages; Meta's own announcement was not retrieved. If so, chats
 * on facebook.com/messages are covered by the Facebook platform (facebook.ts) with the same guides.
 */

const CHECKED = '2026-11-23';

const REPORT_CONVERSATION = {
  url: 'https://www.messenger.com/help/1165699260192280',
  checked: CHECKED,
  status: 'official',
} as const;
const PRIVACY_PANEL = {
  url: 'https://www.messenger.com/help/1165699260192280',
  checked: CHECKED,
  status: 'unconfirmed',
} as const;
// Only says restricting limits "the level of visibility and interaction"; no official page gives the
// restrict effects (not told, no notifications, online status), so the words no longer state them.
const FAMILY_CENTER = {
  url: 'https://familycenter.meta.com/our-products/facebook-messenger/',
  checked: CHECKED,
  status: 'unconfirmed',
} as const;
// The help page's "Computer Help" steps start "Open your Messenger app" (the desktop app), so they are
// not confirmed for messenger.com in a browser.
const MESSAGE_DELIVERY = {
  url: 'https://www.messenger.com/help/2258699540867663',
  checked: CHECKED,
  status: 'unconfirmed',
} as const;
// The words follow this page's path ("profile picture > Availability > On/Off"); the page is undated
// and its list under that path is about stories, so it stays 'unconfirmed'.
const SAFETY_CONTROLS = {
  url: 'https://www.messenger.com/privacy-safety-controls',
  checked: CHECKED,
  status: 'unconfirmed',
} as const;
const UNCOMFORTABLE = {
  url: 'https://www.messenger.com/help/499077007530115',
  checked: CHECKED,
  status: 'official',
} as const;

export const messenger: Platform = {
  id: 'messenger',
  name: 'Messenger',
  hostnames: ['messenger.com', 'www.messenger.com'],
  matches: ['*://messenger.com/*', '*://www.messenger.com/*'],
  minimumAge: {
    // Messenger uses a Facebook account; no Messenger page stating the age was found.
    years: 13,
    source: { url: 'https://www.facebook.com/help/contact/209046679279097', checked: CHECKED, status: 'unconfirmed' },
  },
  // Messenger's settings open in a dialog, not at an address of their own.
  settingsPages: {},
  // messenger.com: a chat at /t/<id> (end-to-end encrypted chats at /e2ee/t/<id>); the start page
  // shows the chat list. There are no profile or post pages on messenger.com.
  pages: [{ kind: 'chat', path: '^/((e2ee/)?t/|$)' }],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openChat', 'openPrivacy', 'chooseBlock'],
      after: true,
      pages: ['chat'],
      source: PRIVACY_PANEL,
    },
    {
      id: 'reportMessage',
      topic: 'report',
      steps: ['openChat', 'openPrivacy', 'chooseSomethingWrong', 'chooseCategory'],
      after: true,
      pages: ['chat'],
      source: REPORT_CONVERSATION,
    },
    {
      id: 'restrictAccount',
      topic: 'limit',
      steps: ['openChat', 'openPrivacy', 'chooseRestrict'],
      after: true,
      pages: ['chat'],
      source: FAMILY_CENTER,
    },
    {
      id: 'messageDelivery',
      topic: 'privacy',
      steps: ['openPreferences', 'openDelivery', 'chooseGroup', 'chooseRequests'],
      after: true,
      source: MESSAGE_DELIVERY,
    },
    {
      id: 'activeStatus',
      topic: 'privacy',
      steps: ['openProfile', 'turnOff'],
      after: true,
      source: SAFETY_CONTROLS,
    },
  ],
  checklist: [
    {
      id: 'whoCanMessage',
      audience: 'kids',
      guide: 'messageDelivery',
      source: MESSAGE_DELIVERY,
    },
    {
      id: 'strangerRequests',
      audience: 'kids',
      steps: ['checkRequests', 'dontAnswer', 'askAdult'],
      source: MESSAGE_DELIVERY,
    },
    {
      id: 'activityStatus',
      audience: 'kids',
      guide: 'activeStatus',
      source: SAFETY_CONTROLS,
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      source: PRIVACY_PANEL,
    },
    {
      id: 'knowReportChat',
      audience: 'kids',
      guide: 'reportMessage',
      source: REPORT_CONVERSATION,
    },
    {
      id: 'knowRestrict',
      audience: 'kids',
      guide: 'restrictAccount',
      source: FAMILY_CENTER,
    },
    {
      id: 'pressure',
      audience: 'kids',
      steps: ['sayNo', 'blockReport', 'tellAdult'],
      source: UNCOMFORTABLE,
    },
    {
      id: 'minimumAge',
      audience: 'parents',
      source: { url: 'https://www.facebook.com/help/contact/209046679279097', checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'supervision',
      audience: 'parents',
      steps: ['openFamilyCenter', 'invite', 'teenAccepts', 'review'],
      source: FAMILY_CENTER,
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['whoChats', 'requests', 'showMe'],
      source: FAMILY_CENTER,
    },
  ],
};
