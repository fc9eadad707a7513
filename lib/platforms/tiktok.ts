import type { Platform } from './types';

/**
 * TikTok on the web (www.tiktok.com). What each source says, and what could not be confirmed for
 * the web version, is in docs/sources/tiktok.md. TikTok's own help pages describe the app, so every
 * guide is marked 'unconfirmed' and the helper says the site may look slightly different.
 */

const CHECKED = '2026-11-23';

/** TikTok Support: "Direct messages" (who can message, report and block in messages, 16+ only). */
const DM_HELP = 'https://support.tiktok.com/en/account-and-privacy/account-privacy-settings/direct-message';
/** TikTok Support: "Make your account public or private" (Private account, Suggest your account to others). */
const PRIVACY_HELP =
  'https://support.tiktok.com/en/account-and-privacy/account-privacy-settings/making-your-account-public-or-private';
/** TikTok Newsroom: what Family Pairing lets parents set (comments: everyone, friends, no one, ...). */
const FAMILY_PAIRING_NEWS = 'https://newsroom.tiktok.com/en-ie/supporting-youth-families-tiktok';
/** TikTok Safety Center: Guardian's guide (Family Pairing, talking with teens). */
const GUARDIANS_GUIDE = 'https://www.tiktok.com/safety/en/guardians-guide';
/** TikTok Safety Center: For Parents (who TikTok is for: 13 and over). */
const FOR_PARENTS = 'https://www.tiktok.com/safety/resources/for-parents';

export const tiktok: Platform = {
  id: 'tiktok',
  name: 'TikTok',
  hostnames: ['www.tiktok.com'],
  matches: ['*://www.tiktok.com/*'],
  minimumAge: {
    years: 13,
    source: { url: FOR_PARENTS, checked: CHECKED, status: 'official' },
  },
  settingsPages: {
    privacy: 'https://www.tiktok.com/setting',
  },
  // TikTok's web addresses: settings at /setting, messages at /messages, a video or photo post at
  // /@<username>/video/<number> or /@<username>/photo/<number>, and a profile at /@<username>.
  pages: [
    { kind: 'settings', path: '^/setting(/|$)' },
    { kind: 'chat', path: '^/messages(/|$)' },
    { kind: 'post', path: '^/@[^/]+/(video|photo)/\\d+' },
    { kind: 'profile', path: '^/@[^/]+/?$' },
  ],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openProfile', 'openMenu', 'chooseBlock'],
      after: true,
      pages: ['profile', 'chat'],
      source: { url: DM_HELP, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'reportAccount',
      topic: 'report',
      steps: ['openProfile', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['profile'],
      source: { url: DM_HELP, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'reportVideo',
      topic: 'report',
      steps: ['openVideo', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['post'],
      source: { url: DM_HELP, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'reportMessage',
      topic: 'report',
      steps: ['openChat', 'hoverMessage', 'chooseReport'],
      after: true,
      pages: ['chat'],
      source: { url: DM_HELP, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'muteChat',
      topic: 'limit',
      steps: ['openChat', 'openChatMenu', 'turnOnMute'],
      after: true,
      pages: ['chat'],
      source: { url: DM_HELP, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'makePrivate',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'turnOn'],
      after: true,
      settingsPage: 'privacy',
      pages: ['settings'],
      source: { url: PRIVACY_HELP, checked: CHECKED, status: 'unconfirmed' },
    },
  ],
  checklist: [
    {
      id: 'privateAccount',
      audience: 'kids',
      guide: 'makePrivate',
      settingsPage: 'privacy',
      source: { url: PRIVACY_HELP, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'whoCanMessage',
      audience: 'kids',
      steps: ['openSettings', 'openPrivacy', 'chooseFewest'],
      settingsPage: 'privacy',
      source: { url: DM_HELP, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'whoCanComment',
      audience: 'kids',
      steps: ['openSettings', 'openPrivacy', 'chooseFriends'],
      settingsPage: 'privacy',
      source: { url: FAMILY_PAIRING_NEWS, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'findByContacts',
      audience: 'kids',
      steps: ['openSettings', 'openPrivacy', 'turnOff'],
      settingsPage: 'privacy',
      source: { url: PRIVACY_HELP, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'reviewFollowers',
      audience: 'kids',
      steps: ['openFollowers', 'checkNames', 'removeStrangers'],
      source: { url: PRIVACY_HELP, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      alsoGuide: 'reportAccount',
      source: { url: DM_HELP, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'minimumAge',
      audience: 'parents',
      source: { url: FOR_PARENTS, checked: CHECKED, status: 'official' },
    },
    {
      id: 'familyPairing',
      audience: 'parents',
      steps: ['ownAccount', 'openFamilyPairing', 'linkAccounts', 'chooseSettings'],
      source: { url: GUARDIANS_GUIDE, checked: CHECKED, status: 'unconfirmed' },
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['whoFollows', 'uneasy', 'showMe'],
      source: { url: GUARDIANS_GUIDE, checked: CHECKED, status: 'official' },
    },
  ],
};
