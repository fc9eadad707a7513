import type { Platform } from './types';

/**
 * X (formerly Twitter) on the web. What each source says, and what could not be confirmed for the
 * web, is in docs/sources/x.md. Only x.com is listed: twitter.com has redirected every address to
 * x.com since May 2024, so the helper would never run there.
 */
const checked = '2026-11-23';

export const x: Platform = {
  id: 'x',
  name: 'X',
  hostnames: ['x.com'],
  matches: ['*://x.com/*'],
  minimumAge: {
    years: 13,
    source: { url: 'https://x.com/en/tos', checked, status: 'unconfirmed' },
  },
  settingsPages: {
    audienceAndTagging: 'https://x.com/settings/audience_and_tagging',
    locationInformation: 'https://x.com/settings/location_information',
    discoverability: 'https://x.com/settings/contacts_dashboard',
  },
  // X's web addresses: settings under /settings/, direct messages under /messages (or /i/chat
  // since X renamed them Chat), a post at /<username>/status/<number>, and a profile at
  // /<username> (1 to 15 letters, digits or underscores), with its tabs.
  pages: [
    { kind: 'settings', path: '^/settings(/|$)' },
    { kind: 'chat', path: '^/(messages|i/chat)(/|$)' },
    { kind: 'post', path: '^/[A-Za-z0-9_]{1,15}/status/[0-9]+' },
    {
      kind: 'profile',
      path: '^/(?!(home|explore|notifications|messages|search|settings|i|compose|login|logout|signup|tos|privacy|jobs)/?$)[A-Za-z0-9_]{1,15}(/(with_replies|media|likes|highlights|articles))?/?$',
    },
  ],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openProfile', 'openMenu', 'chooseBlock'],
      after: true,
      pages: ['profile', 'post'],
      source: { url: 'https://help.x.com/en/using-x/blocking-and-unblocking-accounts', checked, status: 'unconfirmed' },
    },
    {
      id: 'muteAccount',
      topic: 'limit',
      steps: ['openProfile', 'openMenu', 'chooseMute'],
      after: true,
      pages: ['profile'],
      source: { url: 'https://help.x.com/en/using-x/x-mute', checked, status: 'unconfirmed' },
    },
    {
      id: 'reportPost',
      topic: 'report',
      steps: ['openPost', 'openMenu', 'chooseReport', 'answerQuestions'],
      after: true,
      pages: ['post'],
      source: { url: 'https://help.x.com/en/safety-and-security/report-abusive-behavior', checked, status: 'official' },
    },
    {
      id: 'reportAccount',
      topic: 'report',
      steps: ['openProfile', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['profile'],
      source: {
        url: 'https://help.x.com/en/safety-and-security/report-abusive-behavior',
        checked,
        status: 'unconfirmed',
      },
    },
    {
      id: 'reportMessage',
      topic: 'report',
      steps: ['openChat', 'openMessageMenu', 'chooseReport'],
      after: true,
      pages: ['chat'],
      source: { url: 'https://help.x.com/en/using-x/direct-messages', checked, status: 'unconfirmed' },
    },
    {
      id: 'makePrivate',
      topic: 'privacy',
      steps: ['openSettings', 'openAudience', 'turnOn'],
      after: true,
      settingsPage: 'audienceAndTagging',
      pages: ['settings'],
      source: {
        url: 'https://help.x.com/en/safety-and-security/public-and-protected-posts',
        checked,
        status: 'unconfirmed',
      },
    },
  ],
  checklist: [
    {
      id: 'privateAccount',
      audience: 'kids',
      guide: 'makePrivate',
      settingsPage: 'audienceAndTagging',
      source: {
        url: 'https://help.x.com/en/safety-and-security/public-and-protected-posts',
        checked,
        status: 'unconfirmed',
      },
    },
    {
      id: 'whoCanMessage',
      audience: 'kids',
      steps: ['openMessages', 'openMessageSettings', 'chooseNoOne'],
      source: { url: 'https://help.x.com/en/using-x/direct-messages', checked, status: 'unconfirmed' },
    },
    {
      id: 'photoTagging',
      audience: 'kids',
      steps: ['openAudience', 'openPhotoTagging', 'turnOff'],
      settingsPage: 'audienceAndTagging',
      source: { url: 'https://help.x.com/en/safety-and-security', checked, status: 'unconfirmed' },
    },
    {
      id: 'locationOff',
      audience: 'kids',
      steps: ['openLocation', 'untick', 'noPlaceInPosts'],
      settingsPage: 'locationInformation',
      source: { url: 'https://help.x.com/en/safety-and-security', checked, status: 'unconfirmed' },
    },
    {
      id: 'findByContacts',
      audience: 'kids',
      steps: ['openPrivacy', 'openDiscoverability', 'untickBoth'],
      settingsPage: 'discoverability',
      source: {
        url: 'https://help.x.com/en/safety-and-security/email-and-phone-discoverability-settings',
        checked,
        status: 'official',
      },
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      alsoGuide: 'reportAccount',
      source: { url: 'https://help.x.com/en/using-x/blocking-and-unblocking-accounts', checked, status: 'unconfirmed' },
    },
    {
      id: 'minimumAge',
      audience: 'parents',
      source: { url: 'https://x.com/en/tos', checked, status: 'unconfirmed' },
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['whoFollows', 'messages', 'showMe'],
      source: {
        url: 'https://help.x.com/en/safety-and-security/report-abusive-behavior',
        checked,
        status: 'unconfirmed',
      },
    },
  ],
};
