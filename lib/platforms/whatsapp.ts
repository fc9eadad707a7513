import type { Platform, Source } from './types';

/**
 * WhatsApp Web. What each source says, and what could not be confirmed for the web version, is in
 * docs/sources/whatsapp.md. The privacy settings rest on WhatsApp's own "Web and Desktop" help
 * page, which confirms Settings > Privacy and the settings in it but not the icon that opens
 * Settings nor the option names; blocking, reporting and leaving a group rest on help pages whose
 * stored copies show the phone apps only. All guides are therefore 'unconfirmed' and written to
 * stay true on the web.
 */

const checked = '2026-11-23';

/**
 * "How to change your privacy settings", Web and Desktop: Settings > Privacy and what it holds. The
 * page does not name the icon that opens Settings or the options (My contacts, Nobody), which the
 * steps need, so it is 'unconfirmed'.
 */
const privacySettings: Source = { url: 'https://faq.whatsapp.com/3307102709559968', checked, status: 'unconfirmed' };
/**
 * "How to block and report contacts" (the stored copies show the phone apps' steps). What happens
 * after blocking or reporting someone rests on "About blocking and reporting someone on WhatsApp",
 * https://faq.whatsapp.com/414631957536067, which gives no steps and so is not the guides' source.
 */
const blockAndReport: Source = { url: 'https://faq.whatsapp.com/1142481766359885', checked, status: 'unconfirmed' };
/** The Teen Information Center, with WhatsApp's advice for parents and guardians. */
const teenCenter: Source = { url: 'https://faq.whatsapp.com/773166357950949', checked, status: 'unconfirmed' };

export const whatsapp: Platform = {
  id: 'whatsapp',
  name: 'WhatsApp',
  hostnames: ['web.whatsapp.com'],
  matches: ['*://web.whatsapp.com/*'],
  minimumAge: {
    years: 13,
    source: { url: 'https://faq.whatsapp.com/3539044006356145', checked, status: 'official' },
  },
  // WhatsApp Web has no address of its own for settings: they open inside the page.
  settingsPages: {},
  // WhatsApp Web is a single-page app: the address stays https://web.whatsapp.com/ whether a chat,
  // a contact's info or the settings are open, so the address tells no kind of page apart.
  pages: [],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openChat', 'openContactInfo', 'chooseBlock'],
      after: true,
      source: blockAndReport,
    },
    {
      id: 'reportAccount',
      topic: 'report',
      steps: ['openChat', 'openContactInfo', 'chooseReport'],
      after: true,
      source: blockAndReport,
    },
    {
      id: 'reportMessage',
      topic: 'report',
      steps: ['openChat', 'openMessageMenu', 'chooseReport'],
      after: true,
      source: blockAndReport,
    },
    {
      id: 'leaveGroup',
      topic: 'limit',
      steps: ['openGroup', 'openGroupInfo', 'chooseExit'],
      after: true,
      source: blockAndReport,
    },
    {
      id: 'groupPrivacy',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'openGroups', 'chooseMyContacts'],
      after: true,
      source: privacySettings,
    },
    {
      id: 'profilePrivacy',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'setProfilePhoto', 'setAbout'],
      after: true,
      source: privacySettings,
    },
    {
      id: 'lastSeenPrivacy',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'openLastSeen', 'chooseWho'],
      after: true,
      source: privacySettings,
    },
  ],
  checklist: [
    { id: 'groupInvites', audience: 'kids', guide: 'groupPrivacy', source: privacySettings },
    { id: 'profilePhoto', audience: 'kids', guide: 'profilePrivacy', source: privacySettings },
    { id: 'activityStatus', audience: 'kids', guide: 'lastSeenPrivacy', source: privacySettings },
    {
      id: 'twoStep',
      audience: 'kids',
      steps: ['onPhone', 'openAccount', 'turnOn'],
      source: teenCenter,
    },
    {
      id: 'strangerMessages',
      audience: 'kids',
      steps: ['dontReply', 'blockOrReport', 'tellAdult'],
      source: blockAndReport,
    },
    { id: 'leaveGroups', audience: 'kids', guide: 'leaveGroup', source: blockAndReport },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      alsoGuide: 'reportAccount',
      source: blockAndReport,
    },
    {
      id: 'minimumAge',
      audience: 'parents',
      source: { url: 'https://faq.whatsapp.com/3539044006356145', checked, status: 'official' },
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['whichGroups', 'unknownNumber', 'showMe'],
      source: { url: 'https://faq.whatsapp.com/773166357950949', checked, status: 'official' },
    },
  ],
};
