import type { Platform } from './types';

/**
 * Twitch on the web (www.twitch.tv). What each source says, and what could not be confirmed for
 * the web, is in docs/sources/twitch.md. Twitch's own help pages were not among the stored pages,
 * so every guide is marked 'unconfirmed' and the helper says the site may look different.
 */
const checked = '2026-11-23';
const PARENTS_GUIDE = 'https://safety.twitch.tv/s/article/Guide-Parents-Educators?language=en_US';
const WHISPERS_API = 'https://dev.twitch.tv/docs/api/reference/whispers/';
const REPORTER = 'https://pl.blog.twitch.tv/en/2020/12/01/improving-the-reporter-experience';

export const twitch: Platform = {
  id: 'twitch',
  name: 'Twitch',
  hostnames: ['www.twitch.tv'],
  matches: ['*://www.twitch.tv/*'],
  minimumAge: {
    years: 13,
    source: { url: PARENTS_GUIDE, checked, status: 'unconfirmed' },
  },
  settingsPages: {
    securityPrivacy: 'https://www.twitch.tv/settings/security',
  },
  // Twitch's web addresses: settings under /settings/, a chat on its own at
  // /popout/<channel>/chat, a past broadcast at /videos/<id>, a clip at /<channel>/clip/<slug>,
  // and a channel (profile and live stream) at /<channel> with /about, /videos, /clips, /schedule.
  pages: [
    { kind: 'settings', path: '^/settings/' },
    { kind: 'chat', path: '^/popout/[^/]+/chat' },
    { kind: 'post', path: '^/(videos/\\d+|[A-Za-z0-9_]+/clip/[^/]+)/?$' },
    {
      kind: 'profile',
      path: '^/(?!(settings|directory|videos|popout|downloads|p|search|subscriptions|wallet|inventory|drops|friends|turbo|jobs|privacy|prime)(/|$))[A-Za-z0-9_]+(/(about|videos|clips|schedule))?/?$',
    },
  ],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openUserCard', 'openMenu', 'chooseBlock'],
      after: true,
      pages: ['profile', 'post', 'chat'],
      source: { url: PARENTS_GUIDE, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportAccount',
      topic: 'report',
      steps: ['openUserCard', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['profile', 'chat'],
      source: { url: REPORTER, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportVideo',
      topic: 'report',
      steps: ['openStream', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['profile', 'post'],
      source: { url: REPORTER, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportMessage',
      topic: 'report',
      steps: ['openWhisper', 'openSettings', 'chooseReport'],
      after: true,
      source: { url: REPORTER, checked, status: 'unconfirmed' },
    },
    {
      id: 'chatFilters',
      topic: 'limit',
      steps: ['openChatSettings', 'openFilters', 'turnOn'],
      after: true,
      pages: ['profile', 'chat'],
      source: { url: PARENTS_GUIDE, checked, status: 'unconfirmed' },
    },
    {
      id: 'blockWhispers',
      topic: 'privacy',
      steps: ['openSettings', 'openSecurity', 'turnOn'],
      after: true,
      settingsPage: 'securityPrivacy',
      pages: ['settings'],
      source: { url: WHISPERS_API, checked, status: 'unconfirmed' },
    },
  ],
  checklist: [
    {
      id: 'whoCanMessage',
      audience: 'kids',
      guide: 'blockWhispers',
      settingsPage: 'securityPrivacy',
      source: { url: WHISPERS_API, checked, status: 'unconfirmed' },
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      alsoGuide: 'reportAccount',
      source: { url: PARENTS_GUIDE, checked, status: 'unconfirmed' },
    },
    {
      id: 'knowReportStream',
      audience: 'kids',
      guide: 'reportVideo',
      source: { url: REPORTER, checked, status: 'unconfirmed' },
    },
    {
      id: 'chatFilters',
      audience: 'kids',
      guide: 'chatFilters',
      source: { url: PARENTS_GUIDE, checked, status: 'unconfirmed' },
    },
    {
      id: 'noPersonalInfo',
      audience: 'kids',
      steps: ['openSettings', 'openProfile', 'checkProfile'],
      source: { url: PARENTS_GUIDE, checked, status: 'unconfirmed' },
    },
    {
      id: 'twoStep',
      audience: 'kids',
      steps: ['openSettings', 'openSecurity', 'setUp'],
      settingsPage: 'securityPrivacy',
      source: { url: WHISPERS_API, checked, status: 'unconfirmed' },
    },
    { id: 'minimumAge', audience: 'parents', source: { url: PARENTS_GUIDE, checked, status: 'unconfirmed' } },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['whoWatch', 'whisperStranger', 'showMe'],
      source: { url: PARENTS_GUIDE, checked, status: 'unconfirmed' },
    },
  ],
};
