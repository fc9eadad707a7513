import type { Platform } from './types';

/**
 * Discord in the browser (the web app at discord.com). What each source says, and what could not
 * be confirmed for the web, is in docs/sources/discord.md. Discord's settings open in a window
 * over the app, without an address of their own, so there is no settings page to link to.
 */
const checked = '2026-11-23';
const BLOCKING_PRIVACY = 'https://support.discord.com/hc/en-us/articles/217916488-Blocking-Privacy-Settings';
const DM_FILTERS = 'https://support.discord.com/hc/en-us/articles/115000068672';
const SENSITIVE_FILTERS =
  'https://support.discord.com/hc/en-us/articles/18210995019671-Discord-Sensitive-Content-Filters';
// Help centre articles without a language in the address: Discord's help centre (Zendesk) opens
// them in the reader's browser language, or English. The stored copies read were the French
// (Ignore) and Hindi (age) versions of the same articles; docs/sources/discord.md cites those.
const IGNORE = 'https://support.discord.com/hc/articles/28084948873623';
const AGE = 'https://support.discord.com/hc/articles/360040724612';
const TEEN_SAFETY = 'https://discord.com/safety/360044153831-helping-your-teen-stay-safe-on-discord';

export const discord: Platform = {
  id: 'discord',
  name: 'Discord',
  hostnames: ['discord.com'],
  matches: ['*://discord.com/*'],
  minimumAge: {
    years: 13,
    source: { url: AGE, checked, status: 'official' },
  },
  settingsPages: {},
  // Discord's web addresses: direct messages at /channels/@me/<id>, a server channel at
  // /channels/<server>/<channel> (with /<message> for a message link), a profile at /users/<id>.
  pages: [
    { kind: 'chat', path: '^/channels/(@me|\\d+)/\\d+(/\\d+)?/?$' },
    { kind: 'profile', path: '^/users/\\d+/?$' },
  ],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openProfile', 'openMenu', 'chooseBlock'],
      after: true,
      pages: ['profile', 'chat'],
      source: { url: BLOCKING_PRIVACY, checked, status: 'official' },
    },
    {
      id: 'ignoreAccount',
      topic: 'limit',
      steps: ['openMenu', 'chooseIgnore'],
      after: true,
      pages: ['chat', 'profile'],
      source: { url: IGNORE, checked, status: 'official' },
    },
    {
      id: 'reportMessage',
      topic: 'report',
      steps: ['openChat', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['chat'],
      source: { url: SENSITIVE_FILTERS, checked, status: 'unconfirmed' },
    },
    {
      id: 'serverDmsOff',
      topic: 'privacy',
      steps: ['openSettings', 'openSection', 'turnOff', 'applyAll'],
      after: true,
      source: { url: BLOCKING_PRIVACY, checked, status: 'unconfirmed' },
    },
    {
      id: 'friendRequests',
      topic: 'privacy',
      steps: ['openSettings', 'openSection', 'chooseWho'],
      after: true,
      source: { url: BLOCKING_PRIVACY, checked, status: 'unconfirmed' },
    },
    {
      id: 'sensitiveMedia',
      topic: 'privacy',
      steps: ['openSettings', 'openSection', 'chooseFilter'],
      after: true,
      source: { url: DM_FILTERS, checked, status: 'unconfirmed' },
    },
  ],
  checklist: [
    {
      id: 'whoCanMessage',
      audience: 'kids',
      guide: 'serverDmsOff',
      source: { url: BLOCKING_PRIVACY, checked, status: 'unconfirmed' },
    },
    {
      id: 'friendRequests',
      audience: 'kids',
      guide: 'friendRequests',
      source: { url: BLOCKING_PRIVACY, checked, status: 'unconfirmed' },
    },
    {
      id: 'sensitiveMedia',
      audience: 'kids',
      guide: 'sensitiveMedia',
      source: { url: DM_FILTERS, checked, status: 'unconfirmed' },
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      alsoGuide: 'reportMessage',
      source: { url: BLOCKING_PRIVACY, checked, status: 'official' },
    },
    {
      id: 'knowIgnore',
      audience: 'kids',
      guide: 'ignoreAccount',
      source: { url: IGNORE, checked, status: 'official' },
    },
    {
      id: 'reviewFollowers',
      audience: 'kids',
      steps: ['openFriends', 'lookThrough', 'removeFriend'],
      source: { url: BLOCKING_PRIVACY, checked, status: 'unconfirmed' },
    },
    {
      id: 'minimumAge',
      audience: 'parents',
      source: { url: AGE, checked, status: 'official' },
    },
    {
      id: 'familyCenter',
      audience: 'parents',
      steps: ['parentAccount', 'childCode', 'scanCode', 'childAccepts'],
      source: { url: TEEN_SAFETY, checked, status: 'unconfirmed' },
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['whichServers', 'strangerMessage', 'showMe'],
      source: { url: TEEN_SAFETY, checked, status: 'official' },
    },
  ],
};
