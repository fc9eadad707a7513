import type { Platform, Source } from './types';

/**
 * Telegram Web. What each source says, and what could not be confirmed for the web version, is in
 * docs/sources/telegram.md. Telegram's own pages give the settings paths for all its apps
 * (Settings > Privacy and Security > ...) and the web steps for reporting a message; where the
 * web menus themselves are not described, the guide is 'unconfirmed'.
 */

const checked = '2026-11-23';

/** The Telegram FAQ: who can contact you, last seen, phone number, usernames, 2-Step Verification. */
const faq: Source = { url: 'https://telegram.org/faq', checked, status: 'unconfirmed' };
/** Telegram's Safety page: "right-click it on Desktop or Web, then select 'Report'". */
const safety: Source = { url: 'https://telegram.org/safety', checked, status: 'official' };
/** The Spam FAQ: the 'Report spam' button in a chat, and what happens to a reported account. */
const spamFaq: Source = { url: 'https://telegram.org/faq_spam', checked, status: 'unconfirmed' };

export const telegram: Platform = {
  id: 'telegram',
  name: 'Telegram',
  hostnames: ['web.telegram.org'],
  matches: ['*://web.telegram.org/*'],
  // Telegram's Terms of Service set 16 for the EU and the UK and no age elsewhere; the words say so.
  minimumAge: {
    years: 16,
    source: { url: 'https://telegram.org/tos', checked, status: 'official' },
  },
  // Telegram Web has no address of its own for settings: they open inside the page.
  settingsPages: {},
  // Telegram Web is a single-page app: its two versions live at /k/ and /a/, and the open chat is
  // named only after the # (which the path does not include). The settings, a chat and a profile
  // all share the same path, so the address tells no kind of page apart.
  pages: [],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openChat', 'openMenu', 'chooseBlock'],
      after: true,
      source: faq,
    },
    {
      id: 'reportMessage',
      topic: 'report',
      steps: ['openChat', 'rightClick', 'chooseReport', 'chooseReason'],
      after: true,
      source: safety,
    },
    {
      id: 'reportSpam',
      topic: 'report',
      steps: ['openChat', 'chooseReportSpam'],
      after: true,
      source: spamFaq,
    },
    {
      id: 'leaveGroup',
      topic: 'limit',
      steps: ['openGroup', 'openMenu', 'chooseLeave'],
      after: true,
      source: faq,
    },
    {
      id: 'phoneNumber',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'openPhoneNumber', 'chooseNobody', 'chooseFindContacts'],
      after: true,
      source: faq,
    },
    {
      id: 'lastSeen',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'openLastSeen', 'chooseWho'],
      after: true,
      source: faq,
    },
    {
      id: 'groupInvites',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'openGroups', 'chooseMyContacts'],
      after: true,
      source: faq,
    },
    {
      id: 'profilePhoto',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'openProfilePhoto', 'chooseMyContacts'],
      after: true,
      source: faq,
    },
    {
      id: 'removeUsername',
      topic: 'privacy',
      steps: ['openSettings', 'editProfile', 'clearUsername'],
      after: true,
      source: faq,
    },
    {
      id: 'twoStep',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'openTwoStep', 'setPassword'],
      after: true,
      source: faq,
    },
  ],
  checklist: [
    { id: 'findByContacts', audience: 'kids', guide: 'phoneNumber', source: faq },
    { id: 'noPublicUsername', audience: 'kids', guide: 'removeUsername', source: faq },
    { id: 'groupInvites', audience: 'kids', guide: 'groupInvites', source: faq },
    { id: 'activityStatus', audience: 'kids', guide: 'lastSeen', source: faq },
    { id: 'profilePhoto', audience: 'kids', guide: 'profilePhoto', source: faq },
    { id: 'twoStep', audience: 'kids', guide: 'twoStep', source: faq },
    { id: 'leaveGroups', audience: 'kids', guide: 'leaveGroup', source: faq },
    { id: 'knowBlockReport', audience: 'kids', guide: 'blockAccount', alsoGuide: 'reportMessage', source: faq },
    {
      id: 'minimumAge',
      audience: 'parents',
      source: { url: 'https://telegram.org/tos', checked, status: 'official' },
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['strangerWrote', 'groupsChannels', 'showMe'],
      source: { url: 'https://telegram.org/faq', checked, status: 'official' },
    },
  ],
};
