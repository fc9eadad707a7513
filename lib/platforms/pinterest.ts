import type { Platform } from './types';

/**
 * Pinterest on the web. What each source says, and what could not be confirmed for the web, is in
 * docs/sources/pinterest.md. Pinterest serves many country addresses; the helper runs on
 * www.pinterest.com and on the country addresses of this extension's languages' main countries
 * that were seen in use (the list and why is in docs/sources/pinterest.md).
 */
const checked = '2026-11-23';
const AGE = 'https://help.pinterest.com/en/article/age-requirements-for-using-pinterest';
const TEEN_SAFETY = 'https://help.pinterest.com/en-gb/article/teen-safety-options';
const TEEN_FEATURES = 'https://newsroom-archive.pinterest.com/en-gb/new-features-enhance-teen-safety-on-pinterest-2';
const HARASSMENT = 'https://help.pinterest.com/en/article/report-harassment-and-cyberbullying';
const REPORT = 'https://help.pinterest.com/en/article/report-something-on-pinterest';
const PASSCODE = 'https://help.pinterest.com/en/article/manage-a-parental-passcode';

const HOSTNAMES = [
  'www.pinterest.com',
  'www.pinterest.co.uk',
  'uk.pinterest.com',
  'www.pinterest.fr',
  'fr.pinterest.com',
  'www.pinterest.de',
  'de.pinterest.com',
  'nl.pinterest.com',
  'tr.pinterest.com',
  'ru.pinterest.com',
  'in.pinterest.com',
];

export const pinterest: Platform = {
  id: 'pinterest',
  name: 'Pinterest',
  hostnames: HOSTNAMES,
  matches: HOSTNAMES.map((host) => `*://${host}/*`),
  minimumAge: {
    years: 13,
    source: { url: AGE, checked, status: 'official' },
  },
  settingsPages: {
    settings: 'https://www.pinterest.com/settings/',
  },
  // Pinterest's web addresses (the same on every country address): settings under /settings/,
  // messages under /messages/, a Pin at /pin/<id>/, a profile at /<username>/ (with the tabs
  // /_saved/ and /_created/), and a board at /<username>/<board>/, which is not a profile.
  pages: [
    { kind: 'settings', path: '^/settings(/|$)' },
    { kind: 'chat', path: '^/messages(/|$)' },
    { kind: 'post', path: '^/pin/[^/]+' },
    {
      kind: 'profile',
      path: '^/(?!(?:pin|settings|messages|search|ideas|today|business|categories|explore|videos|_[a-z]+)(?:/|$))[A-Za-z0-9_]+/?(?:_saved/?|_created/?)?$',
    },
  ],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openProfile', 'openMenu', 'chooseBlock'],
      after: true,
      pages: ['profile', 'chat'],
      source: { url: HARASSMENT, checked, status: 'unconfirmed' },
    },
    {
      id: 'unfollowAccount',
      topic: 'limit',
      steps: ['openProfile', 'clickFollowing'],
      after: true,
      pages: ['profile'],
      source: { url: REPORT, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportAccount',
      topic: 'report',
      steps: ['openProfile', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['profile'],
      source: { url: REPORT, checked, status: 'unconfirmed' },
    },
    {
      id: 'reportPost',
      topic: 'report',
      steps: ['openPin', 'openMenu', 'chooseReport'],
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
      id: 'reportMessage',
      topic: 'report',
      steps: ['openChat', 'openMenu', 'chooseReport'],
      after: true,
      pages: ['chat'],
      source: { url: REPORT, checked, status: 'unconfirmed' },
    },
    {
      id: 'makePrivate',
      topic: 'privacy',
      steps: ['openSettings', 'openVisibility', 'turnOn'],
      after: true,
      settingsPage: 'settings',
      pages: ['settings'],
      source: { url: TEEN_SAFETY, checked, status: 'unconfirmed' },
    },
  ],
  checklist: [
    {
      id: 'privateAccount',
      audience: 'kids',
      guide: 'makePrivate',
      settingsPage: 'settings',
      source: { url: TEEN_SAFETY, checked, status: 'unconfirmed' },
    },
    {
      id: 'whoCanMessage',
      audience: 'kids',
      steps: ['openSettings', 'openSocial', 'chooseWho'],
      settingsPage: 'settings',
      source: { url: TEEN_FEATURES, checked, status: 'unconfirmed' },
    },
    {
      id: 'whoCanComment',
      audience: 'kids',
      steps: ['openSettings', 'openSocial', 'chooseComments'],
      settingsPage: 'settings',
      source: { url: TEEN_SAFETY, checked, status: 'unconfirmed' },
    },
    {
      id: 'nicknameOnly',
      audience: 'kids',
      steps: ['openSettings', 'openEditProfile', 'changeName'],
      settingsPage: 'settings',
      source: { url: TEEN_SAFETY, checked, status: 'unconfirmed' },
    },
    {
      id: 'reviewFollowers',
      audience: 'kids',
      steps: ['openProfile', 'openFollowers', 'removeFollower'],
      source: { url: TEEN_FEATURES, checked, status: 'unconfirmed' },
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      alsoGuide: 'reportAccount',
      source: { url: HARASSMENT, checked, status: 'unconfirmed' },
    },
    { id: 'minimumAge', audience: 'parents', source: { url: AGE, checked, status: 'official' } },
    {
      id: 'parentalPasscode',
      audience: 'parents',
      steps: ['signInTeen', 'openSettings', 'openAccountManagement', 'addPasscode', 'save'],
      source: { url: PASSCODE, checked, status: 'official' },
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['favouriteBoards', 'strangerMessage', 'showMe'],
      source: { url: TEEN_SAFETY, checked, status: 'official' },
    },
  ],
};
