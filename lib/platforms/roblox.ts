import type { Platform } from './types';

/**
 * Roblox on the web (www.roblox.com). What each source says, and what could not be confirmed for
 * today's web version, is in docs/sources/roblox.md. Roblox sets no minimum age: the words explain
 * how accounts under 13 differ. Games ("experiences") run in the Roblox app started from the site,
 * so the in-game report guide describes the in-game menu.
 */
const checked = '2026-11-23';

const BLOCK = 'https://en.help.roblox.com/hc/en-us/articles/203314270-Games-and-Gameplay-Reporting-Abuse-In-Game';
const REPORT_IN_GAME =
  'https://en.help.roblox.com/hc/en-us/articles/203314270-Reporting-Abuse-and-Blocking-Chat-In-Game';
const REPORT = 'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations-and-Block-a-User';
const CHAT_PRIVACY = 'https://en.help.roblox.com/hc/en-us/articles/203313120';
const TWO_STEP = 'https://en.help.roblox.com/hc/en-us/articles/212459863-FAQ-2-Step-Verification';
const PARENTS = 'https://en.help.roblox.com/hc/en-us/articles/30428321333140-Parents-How-to-Link-Your-Child-s-Account';

// Roblox addresses may start with a language part (/de/, /pt-br/...); it is optional here.
const LOCALE = '(?:[a-z]{2}(?:-[a-z]{2,4})?/)?';

export const roblox: Platform = {
  id: 'roblox',
  name: 'Roblox',
  hostnames: ['www.roblox.com'],
  matches: ['*://www.roblox.com/*'],
  minimumAge: {
    years: null,
    source: { url: CHAT_PRIVACY, checked, status: 'unconfirmed' },
  },
  // The account settings are one page with tabs in the address's #! part.
  settingsPages: {
    privacy: 'https://www.roblox.com/my/account#!/privacy',
    security: 'https://www.roblox.com/my/account#!/security',
    parentalControls: 'https://www.roblox.com/my/account#!/parental-controls',
  },
  // Settings under /my/account, messages under /my/messages, a game ("experience") page at
  // /games/<number>/<name>, a profile at /users/<number>/profile.
  pages: [
    { kind: 'settings', path: `^/${LOCALE}my/account` },
    { kind: 'chat', path: `^/${LOCALE}my/messages` },
    { kind: 'post', path: `^/${LOCALE}games/\\d+` },
    { kind: 'profile', path: `^/${LOCALE}users/\\d+/profile` },
  ],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openProfile', 'openMenu', 'chooseBlock'],
      after: true,
      pages: ['profile'],
      source: { url: BLOCK, checked, status: 'official' },
    },
    {
      id: 'reportInExperience',
      topic: 'report',
      steps: ['openMenu', 'openReport', 'choosePlayer', 'describeSubmit'],
      after: true,
      pages: ['post'],
      source: { url: REPORT_IN_GAME, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportMessage',
      topic: 'report',
      steps: ['findContent', 'clickReport', 'sendReport'],
      after: true,
      pages: ['chat'],
      source: { url: REPORT, checked, status: 'unconfirmed' },
    },
    {
      id: 'chatSettings',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'chooseFriends'],
      after: true,
      settingsPage: 'privacy',
      pages: ['settings'],
      source: { url: CHAT_PRIVACY, checked, status: 'unconfirmed' },
    },
  ],
  checklist: [
    {
      id: 'whoCanMessage',
      audience: 'kids',
      guide: 'chatSettings',
      settingsPage: 'privacy',
      source: { url: CHAT_PRIVACY, checked, status: 'unconfirmed' },
    },
    {
      id: 'whoCanJoin',
      audience: 'kids',
      steps: ['openSettings', 'openPrivacy', 'chooseFriends'],
      settingsPage: 'privacy',
      source: { url: CHAT_PRIVACY, checked, status: 'unconfirmed' },
    },
    {
      id: 'reviewFollowers',
      audience: 'kids',
      steps: ['openProfile', 'askYourself', 'blockStranger'],
      source: { url: BLOCK, checked, status: 'unconfirmed' },
    },
    {
      id: 'twoStep',
      audience: 'kids',
      steps: ['openSettings', 'openSecurity', 'turnOn'],
      settingsPage: 'security',
      source: { url: TWO_STEP, checked, status: 'official' },
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      alsoGuide: 'reportMessage',
      source: { url: BLOCK, checked, status: 'official' },
    },
    {
      id: 'reportInGame',
      audience: 'kids',
      guide: 'reportInExperience',
      source: { url: REPORT_IN_GAME, checked, status: 'unconfirmed' },
    },
    {
      id: 'minimumAge',
      audience: 'parents',
      source: { url: CHAT_PRIVACY, checked, status: 'unconfirmed' },
    },
    {
      id: 'parentalControls',
      audience: 'parents',
      steps: ['createAccount', 'verifyAge', 'linkChild', 'setControls'],
      settingsPage: 'parentalControls',
      source: { url: PARENTS, checked, status: 'unconfirmed' },
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['favouriteGames', 'strangers', 'freeRobux'],
      source: { url: CHAT_PRIVACY, checked, status: 'unconfirmed' },
    },
  ],
};
