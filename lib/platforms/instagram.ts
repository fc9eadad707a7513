import type { Platform } from './types';

/**
 * Instagram on the web. What each source says, and what could not be confirmed for the web
 * version, is in docs/sources/instagram.md. Every guide is marked 'unconfirmed': the official pages
 * found describe the app, or the web with older labels, so the helper says the site may look
 * different. Only the parents' Supervision steps follow an official page as written.
 */

const checked = '2026-11-23';

/** Official pages the guides and items rest on (what each confirms: docs/sources/instagram.md). */
const antiBullying = 'https://about.instagram.com/community/anti-bullying';
const parentsPage = 'https://about.instagram.com/community/parents';
const saferInternetDay = 'https://about.instagram.com/blog/tips-and-tricks/safer-internet-day';
const saferInternetDay2020 = 'https://about.instagram.com/blog/announcements/safer-internet-day-2020';
const reportHelp = 'https://help.instagram.com/519598734752872';
const teenSettings = 'https://help.instagram.com/3237561506542117';
const teenAccounts = 'https://familycenter.meta.com/instagram-safety';
const supervisionHelp = 'https://help.instagram.com/472274307935829';
const twoFactorHelp = 'https://help.instagram.com/566810106808145';

export const instagram: Platform = {
  id: 'instagram',
  name: 'Instagram',
  hostnames: ['instagram.com', 'www.instagram.com'],
  matches: ['*://instagram.com/*', '*://www.instagram.com/*'],
  minimumAge: {
    years: 13,
    source: { url: teenSettings, checked, status: 'official' },
  },
  settingsPages: {
    accountPrivacy: 'https://www.instagram.com/accounts/who_can_see_your_content/',
  },
  // Instagram's web addresses: settings under /accounts/, messages under /direct/, a post or reel
  // at /p/<code>/ or /reel/<code>/, and a profile at /<username>/.
  pages: [
    { kind: 'settings', path: '^/accounts/' },
    { kind: 'chat', path: '^/direct/' },
    { kind: 'post', path: '^/(p|reel|reels)/[^/]+/?$' },
    { kind: 'profile', path: '^/(?!explore/|reels/|stories/)[A-Za-z0-9._]+/?$' },
  ],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openProfile', 'openMenu', 'chooseBlock'],
      after: true,
      pages: ['profile', 'chat'],
      source: { url: antiBullying, checked, status: 'unconfirmed' },
    },
    {
      id: 'restrictAccount',
      topic: 'limit',
      steps: ['openProfile', 'openMenu', 'chooseRestrict'],
      after: true,
      pages: ['profile'],
      source: { url: antiBullying, checked, status: 'unconfirmed' },
    },
    {
      id: 'muteAccount',
      topic: 'limit',
      steps: ['openProfile', 'openFollowing', 'chooseMute'],
      after: true,
      pages: ['profile'],
      source: { url: saferInternetDay2020, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportAccount',
      topic: 'report',
      steps: ['openProfile', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['profile'],
      source: { url: reportHelp, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportPost',
      topic: 'report',
      steps: ['openPost', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['post'],
      source: { url: reportHelp, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportComment',
      topic: 'report',
      steps: ['openPost', 'hoverComment', 'chooseReport'],
      after: true,
      pages: ['post'],
      source: { url: saferInternetDay, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportMessage',
      topic: 'report',
      steps: ['openChat', 'hoverMessage', 'chooseReport'],
      after: true,
      pages: ['chat'],
      source: { url: saferInternetDay, checked, status: 'unconfirmed' },
    },
    {
      id: 'makePrivate',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'turnOn'],
      after: true,
      settingsPage: 'accountPrivacy',
      pages: ['settings'],
      source: { url: parentsPage, checked, status: 'unconfirmed' },
    },
  ],
  checklist: [
    {
      id: 'privateAccount',
      audience: 'kids',
      guide: 'makePrivate',
      settingsPage: 'accountPrivacy',
      source: { url: parentsPage, checked, status: 'unconfirmed' },
    },
    {
      id: 'whoCanMessage',
      audience: 'kids',
      steps: ['openSettings', 'openMessages', 'chooseWho'],
      source: { url: teenSettings, checked, status: 'unconfirmed' },
    },
    {
      id: 'whoCanComment',
      audience: 'kids',
      steps: ['openSettings', 'openTags', 'openComments'],
      source: { url: antiBullying, checked, status: 'unconfirmed' },
    },
    {
      id: 'hiddenWords',
      audience: 'kids',
      steps: ['openSettings', 'openHiddenWords', 'turnOn'],
      source: { url: antiBullying, checked, status: 'unconfirmed' },
    },
    {
      id: 'reviewFollowers',
      audience: 'kids',
      steps: ['openProfile', 'openFollowers', 'removeUnknown'],
      source: { url: parentsPage, checked, status: 'unconfirmed' },
    },
    {
      id: 'twoStep',
      audience: 'kids',
      steps: ['openAccountsCenter', 'openTwoFactor', 'chooseMethod', 'saveCodes'],
      source: { url: twoFactorHelp, checked, status: 'unconfirmed' },
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      alsoGuide: 'reportAccount',
      source: { url: antiBullying, checked, status: 'unconfirmed' },
    },
    {
      id: 'minimumAge',
      audience: 'parents',
      source: { url: teenAccounts, checked, status: 'official' },
    },
    {
      id: 'supervision',
      audience: 'parents',
      steps: ['openSupervision', 'createInvite', 'acceptInvite', 'checkTogether'],
      source: { url: supervisionHelp, checked, status: 'official' },
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['whoFollows', 'uneasy', 'showMe'],
      source: { url: parentsPage, checked, status: 'official' },
    },
  ],
};
