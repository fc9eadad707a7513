import type { Platform } from './types';

/**
 * Reddit on the web (www.reddit.com). What each source says, and what could not be confirmed for
 * today's web version, is in docs/sources/reddit.md. Several help pages were only found in their
 * Portuguese, Spanish or French versions on support.reddithelp.com (docs/sources/reddit.md cites
 * those): the links leave the language out of the address, and the help centre (Zendesk) opens the
 * same article in the reader's browser language, or English. Reddit has
 * no parent tool that links accounts, so the parents' list is the minimum age and talking.
 */
const checked = '2026-11-23';

const REPORT = 'https://support.reddithelp.com/hc/articles/360043479851';
const BLOCK = 'https://reddit.zendesk.com/hc/en-us/articles/214548323-Blocking-unwanted-contact';
const CHAT = 'https://support.reddithelp.com/hc/articles/360043036052';
const FOLLOWERS = 'https://support.reddithelp.com/hc/articles/4406644781204';
const REPORTING_SECTION = 'https://support.reddithelp.com/hc/sections/360008810132';

export const reddit: Platform = {
  id: 'reddit',
  name: 'Reddit',
  hostnames: ['www.reddit.com'],
  matches: ['*://www.reddit.com/*'],
  minimumAge: {
    years: 13,
    source: { url: REPORTING_SECTION, checked, status: 'unconfirmed' },
  },
  settingsPages: {
    settings: 'https://www.reddit.com/settings/',
    privacy: 'https://www.reddit.com/settings/privacy',
  },
  // Settings under /settings, chat under /chat and private messages under /message/, a post at
  // /r/<community>/comments/<id>/... (or on a profile, /user/<name>/comments/<id>/...), a profile
  // at /user/<name>/ or /u/<name>/.
  pages: [
    { kind: 'settings', path: '^/settings(/|$)' },
    { kind: 'chat', path: '^/(chat|message)(/|$)' },
    { kind: 'post', path: '^/(r|u|user)/[^/]+/comments/' },
    { kind: 'profile', path: '^/(u|user)/[^/]+' },
  ],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openProfile', 'openMenu', 'chooseBlock'],
      after: true,
      pages: ['profile', 'chat'],
      source: { url: BLOCK, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportAccount',
      topic: 'report',
      steps: ['openProfile', 'openMenu', 'chooseReport', 'chooseWhat'],
      after: true,
      pages: ['profile'],
      source: { url: REPORT, checked, status: 'official' },
    },
    {
      id: 'reportPost',
      topic: 'report',
      steps: ['openPost', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['post'],
      source: { url: REPORT, checked, status: 'official' },
    },
    {
      id: 'reportComment',
      topic: 'report',
      steps: ['findComment', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['post'],
      source: { url: REPORT, checked, status: 'official' },
    },
    {
      id: 'reportMessage',
      topic: 'report',
      steps: ['dontIgnore', 'openChat', 'hoverMessage', 'chooseReport'],
      after: true,
      pages: ['chat'],
      source: { url: REPORT, checked, status: 'unconfirmed' },
    },
    {
      id: 'chatSettings',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'chooseNobody', 'privateMessages'],
      after: true,
      settingsPage: 'privacy',
      pages: ['settings'],
      source: { url: CHAT, checked, status: 'unconfirmed' },
    },
  ],
  checklist: [
    {
      id: 'whoCanMessage',
      audience: 'kids',
      guide: 'chatSettings',
      settingsPage: 'privacy',
      source: { url: CHAT, checked, status: 'unconfirmed' },
    },
    {
      id: 'chatRequests',
      audience: 'kids',
      steps: ['seeRequest', 'acceptKnown', 'reportBlock'],
      source: { url: CHAT, checked, status: 'unconfirmed' },
    },
    {
      id: 'reviewFollowers',
      audience: 'kids',
      steps: ['openProfile', 'openFollowers', 'blockStranger', 'turnOffFollowing'],
      settingsPage: 'settings',
      source: { url: FOLLOWERS, checked, status: 'unconfirmed' },
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      alsoGuide: 'reportAccount',
      source: { url: BLOCK, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportContent',
      audience: 'kids',
      guide: 'reportPost',
      source: { url: REPORT, checked, status: 'official' },
    },
    {
      id: 'knowReportChat',
      audience: 'kids',
      guide: 'reportMessage',
      source: { url: REPORT, checked, status: 'unconfirmed' },
    },
    {
      id: 'minimumAge',
      audience: 'parents',
      source: { url: REPORTING_SECTION, checked, status: 'unconfirmed' },
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['communities', 'uneasy', 'chatRequests'],
      source: { url: CHAT, checked, status: 'unconfirmed' },
    },
  ],
};
