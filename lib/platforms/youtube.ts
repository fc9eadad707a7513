import type { Platform } from './types';

/**
 * YouTube on the web (www.youtube.com). What each source says, and what could not be confirmed for
 * the web, is in docs/sources/youtube.md. YouTube has no private messages and no private account:
 * the guides cover reporting, hiding someone from your own channel (topic 'limit': it is not a
 * block), video visibility and the supervised experience that parents set up in an app.
 */
const checked = '2026-11-23';
const REPORT = 'https://support.google.com/youtube/answer/2802027';
const SUPERVISED = 'https://support.google.com/youtube/answer/10314074';
// Restricted Mode: no stored copy of the official "Turn Restricted Mode on or off" page
// (answer/174084) was found, so restrictedMode still cites this FAQ and stays 'unconfirmed'.
const PARENT_FAQ = 'https://support.google.com/youtube/answer/10315824';
const VIDEO_PRIVACY = 'https://support.google.com/youtube/answer/157177';
const TWO_STEP = 'https://support.google.com/accounts/answer/185839';
// Hiding a user from your channel: the comment menu is described in "Moderate & review comments"
// (an older stored copy, label "Hide from channel"); the live chat moderation page (answer/10888907)
// says "Hide user from this channel" and that YouTube does not tell the person. The step names both
// official labels; "Hide user from channel" (seen only in a GitHub readme) is no longer used.
// No official page about a web "Block" was found.
const HIDE_USER = 'https://support.google.com/youtube/answer/111870';

export const youtube: Platform = {
  id: 'youtube',
  name: 'YouTube',
  hostnames: ['www.youtube.com'],
  matches: ['*://www.youtube.com/*'],
  minimumAge: {
    years: 13,
    source: { url: SUPERVISED, checked, status: 'official' },
  },
  settingsPages: {},
  // YouTube's web addresses: settings under /account (/account, /account_privacy, ...), a video
  // at /watch?v=<id>, a Short at /shorts/<id>, a live stream at /live/<id>, and a channel at
  // /@<handle>, /channel/<id>, /c/<name> or /user/<name>, with tabs such as /videos after it.
  pages: [
    { kind: 'settings', path: '^/account' },
    { kind: 'post', path: '^/(watch/?|shorts/[^/]+/?|live/[^/]+/?)$' },
    { kind: 'profile', path: '^/(@[^/]+|channel/[^/]+|c/[^/]+|user/[^/]+)(/[^/]+)?/?$' },
  ],
  guides: [
    {
      id: 'reportVideo',
      topic: 'report',
      steps: ['openVideo', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['post'],
      source: { url: REPORT, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportComment',
      topic: 'report',
      steps: ['findComment', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['post'],
      source: { url: REPORT, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportAccount',
      topic: 'report',
      steps: ['openChannel', 'openAbout', 'chooseReport'],
      after: true,
      pages: ['profile'],
      source: { url: REPORT, checked, status: 'unconfirmed' },
    },
    {
      id: 'hideUser',
      topic: 'limit',
      steps: ['findComment', 'openMenu', 'chooseHide'],
      after: true,
      pages: ['post'],
      source: { url: HIDE_USER, checked, status: 'unconfirmed' },
    },
    {
      id: 'makeVideosPrivate',
      topic: 'privacy',
      steps: ['openStudio', 'openContent', 'chooseVideo', 'chooseVisibility', 'save'],
      after: true,
      source: { url: VIDEO_PRIVACY, checked, status: 'unconfirmed' },
    },
  ],
  checklist: [
    {
      id: 'supervisedAccount',
      audience: 'kids',
      steps: ['askParent', 'signIn'],
      source: { url: SUPERVISED, checked, status: 'official' },
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'reportVideo',
      source: { url: REPORT, checked, status: 'unconfirmed' },
    },
    {
      id: 'knowReportComment',
      audience: 'kids',
      guide: 'reportComment',
      source: { url: REPORT, checked, status: 'unconfirmed' },
    },
    {
      id: 'privateVideos',
      audience: 'kids',
      guide: 'makeVideosPrivate',
      source: { url: VIDEO_PRIVACY, checked, status: 'unconfirmed' },
    },
    {
      id: 'restrictedMode',
      audience: 'kids',
      steps: ['openMenu', 'openRestricted', 'turnOn'],
      source: { url: PARENT_FAQ, checked, status: 'unconfirmed' },
    },
    {
      id: 'twoStep',
      audience: 'kids',
      steps: ['openAccount', 'openSecurity', 'turnOn'],
      source: { url: TWO_STEP, checked, status: 'official' },
    },
    { id: 'minimumAge', audience: 'parents', source: { url: SUPERVISED, checked, status: 'official' } },
    {
      id: 'supervisedExperience',
      audience: 'parents',
      steps: ['googleAccount', 'openFamilyLink', 'chooseSetting', 'childSignsIn'],
      source: { url: SUPERVISED, checked, status: 'official' },
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['favouriteChannels', 'upsetVideo', 'showMe'],
      source: { url: PARENT_FAQ, checked, status: 'official' },
    },
  ],
};
