import type { Platform } from './types';

/**
 * Instagram on the web. What each source says, and what could not be confirmed for the web
 * version, is in docs/sources.md. Every guide is marked 'unconfirmed': the official pages found
 * describe the app, or the web with older labels, so the helper says the site may look different.
 */
export const instagram: Platform = {
  id: 'instagram',
  name: 'Instagram',
  hostnames: ['instagram.com', 'www.instagram.com'],
  matches: ['*://instagram.com/*', '*://www.instagram.com/*'],
  minimumAge: {
    years: 13,
    source: { url: 'https://help.instagram.com/3237561506542117', checked: '2026-11-23', status: 'official' },
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
      source: { url: 'https://about.instagram.com/blog/tips-and-tricks/safer-internet-day', checked: '2026-11-23', status: 'unconfirmed' },
    },
    {
      id: 'reportAccount',
      topic: 'report',
      steps: ['openProfile', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['profile'],
      source: { url: 'https://help.instagram.com/519598734752872', checked: '2026-11-23', status: 'unconfirmed' },
    },
    {
      id: 'reportPost',
      topic: 'report',
      steps: ['openPost', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['post'],
      source: { url: 'https://help.instagram.com/519598734752872', checked: '2026-11-23', status: 'unconfirmed' },
    },
    {
      id: 'reportMessage',
      topic: 'report',
      steps: ['openChat', 'hoverMessage', 'chooseReport'],
      after: true,
      pages: ['chat'],
      source: { url: 'https://about.instagram.com/blog/tips-and-tricks/safer-internet-day', checked: '2026-11-23', status: 'unconfirmed' },
    },
    {
      id: 'makePrivate',
      topic: 'privacy',
      steps: ['openSettings', 'openPrivacy', 'turnOn'],
      after: true,
      settingsPage: 'accountPrivacy',
      pages: ['settings'],
      source: { url: 'https://about.instagram.com/community/parents', checked: '2026-11-23', status: 'unconfirmed' },
    },
  ],
  checklist: [
    {
      id: 'privateAccount',
      audience: 'kids',
      guide: 'makePrivate',
      settingsPage: 'accountPrivacy',
      source: { url: 'https://about.instagram.com/community/parents', checked: '2026-11-23', status: 'unconfirmed' },
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      source: { url: 'https://about.instagram.com/blog/tips-and-tricks/safer-internet-day', checked: '2026-11-23', status: 'unconfirmed' },
    },
    {
      id: 'reviewFollowers',
      audience: 'kids',
      source: { url: 'https://about.instagram.com/blog/tips-and-tricks/safer-internet-day', checked: '2026-11-23', status: 'unconfirmed' },
    },
  ],
};
