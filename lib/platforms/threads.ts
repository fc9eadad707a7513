import type { Platform } from './types';

/**
 * Threads (Meta, linked to Instagram) on the web. What each source says, and what could not be
 * confirmed for the web, is in docs/sources/threads.md. Only www.threads.com is listed: Threads
 * moved its web app there in April 2025 and the old threads.net addresses now lead to it.
 */
const checked = '2026-11-23';
const helpCenter = 'https://help.instagram.com/788669719351544';

export const threads: Platform = {
  id: 'threads',
  name: 'Threads',
  hostnames: ['www.threads.com'],
  matches: ['*://www.threads.com/*'],
  minimumAge: {
    years: 13,
    source: { url: 'https://help.instagram.com/769983657850450', checked, status: 'unconfirmed' },
  },
  settingsPages: {
    privacy: 'https://www.threads.com/settings/privacy',
  },
  // Threads' web addresses: settings under /settings/, messages under /messages, a post at
  // /@<username>/post/<code>, and a profile at /@<username>.
  pages: [
    { kind: 'settings', path: '^/settings(/|$)' },
    { kind: 'chat', path: '^/messages(/|$)' },
    { kind: 'post', path: '^/@[^/]+/post/[^/]+' },
    { kind: 'profile', path: '^/@[^/]+/?$' },
  ],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openProfile', 'openMenu', 'chooseBlock'],
      after: true,
      pages: ['profile'],
      source: { url: helpCenter, checked, status: 'unconfirmed' },
    },
    {
      id: 'restrictAccount',
      topic: 'limit',
      steps: ['openProfile', 'openMenu', 'chooseRestrict'],
      after: true,
      pages: ['profile'],
      source: { url: helpCenter, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportAccount',
      topic: 'report',
      steps: ['openProfile', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['profile'],
      source: { url: helpCenter, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportPost',
      topic: 'report',
      steps: ['openPost', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['post'],
      source: { url: helpCenter, checked, status: 'unconfirmed' },
    },
    {
      id: 'makePrivate',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'turnOn'],
      after: true,
      settingsPage: 'privacy',
      pages: ['settings'],
      source: { url: helpCenter, checked, status: 'unconfirmed' },
    },
  ],
  checklist: [
    {
      id: 'privateAccount',
      audience: 'kids',
      guide: 'makePrivate',
      settingsPage: 'privacy',
      source: { url: helpCenter, checked, status: 'unconfirmed' },
    },
    {
      id: 'whoCanComment',
      audience: 'kids',
      steps: ['openSettings', 'openPrivacy', 'chooseMentions'],
      settingsPage: 'privacy',
      source: { url: helpCenter, checked, status: 'unconfirmed' },
    },
    {
      id: 'locationOff',
      audience: 'kids',
      steps: ['checkPost', 'removePlace'],
      source: { url: helpCenter, checked, status: 'unconfirmed' },
    },
    {
      id: 'reviewFollowers',
      audience: 'kids',
      steps: ['openFollowers', 'checkNames', 'removeOrBlock'],
      source: { url: helpCenter, checked, status: 'unconfirmed' },
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      alsoGuide: 'reportAccount',
      source: { url: helpCenter, checked, status: 'unconfirmed' },
    },
    {
      id: 'knowRestrict',
      audience: 'kids',
      guide: 'restrictAccount',
      source: { url: helpCenter, checked, status: 'unconfirmed' },
    },
    {
      id: 'minimumAge',
      audience: 'parents',
      source: { url: 'https://help.instagram.com/769983657850450', checked, status: 'unconfirmed' },
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['whoFollows', 'uneasy', 'showMe'],
      source: { url: helpCenter, checked, status: 'unconfirmed' },
    },
  ],
};
