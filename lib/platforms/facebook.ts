import type { Platform } from './types';

/**
 * Facebook on the web (www.facebook.com). What each source says, and what could not be confirmed
 * for the web version, is in docs/sources/facebook.md. Only the report guides rest on a Facebook
 * help page that gives the web steps as written; the rest are marked 'unconfirmed'.
 * Chats on facebook.com/messages are covered by the chat guides here. Press reports from early 2026
 * say messenger.com was closed in April 2026 and now redirects to facebook.com/messages; Meta's own
 * announcement was not retrieved, so this is unconfirmed (see docs/sources/messenger.md).
 */

const CHECKED = '2026-11-23';

const HOW_TO_REPORT = {
  url: 'https://www.facebook.com/help/1380418588640631',
  checked: CHECKED,
  status: 'official',
} as const;
const REPORT_MESSAGE = {
  url: 'https://www.facebook.com/help/769533159735923',
  checked: CHECKED,
  status: 'unconfirmed',
} as const;
const FAMILY_CENTER = {
  url: 'https://familycenter.meta.com/our-products/facebook-messenger/',
  checked: CHECKED,
  status: 'unconfirmed',
} as const;
const POST_AUDIENCE = {
  url: 'https://www.facebook.com/help/120939471321735',
  checked: CHECKED,
  status: 'unconfirmed',
} as const;
const MESSAGE_DELIVERY = {
  url: 'https://www.messenger.com/help/2258699540867663',
  checked: CHECKED,
  status: 'unconfirmed',
} as const;
const MESSENGER_PRIVACY = {
  url: 'https://www.messenger.com/help/1064701417063145',
  checked: CHECKED,
  status: 'unconfirmed',
} as const;
const REPORT_CONVERSATION = {
  url: 'https://www.messenger.com/help/1165699260192280',
  checked: CHECKED,
  status: 'unconfirmed',
} as const;
const STAY_SAFE = {
  url: 'https://about.meta.com/actions/safety/topics/safety-basics/tools/stay-safe',
  // Added at the 2026-11-25 review, so checked then rather than on CHECKED.
  checked: '2026-11-25',
  status: 'unconfirmed',
} as const;
const UNCOMFORTABLE = {
  url: 'https://www.messenger.com/help/499077007530115',
  checked: CHECKED,
  status: 'official',
} as const;

export const facebook: Platform = {
  id: 'facebook',
  name: 'Facebook',
  hostnames: ['facebook.com', 'www.facebook.com'],
  matches: ['*://facebook.com/*', '*://www.facebook.com/*'],
  minimumAge: {
    years: 13,
    source: { url: 'https://www.facebook.com/help/contact/209046679279097', checked: CHECKED, status: 'official' },
  },
  settingsPages: {
    // "Who can see your future posts?" lives here; the address was seen in public code only and
    // may redirect to the newer Settings & privacy pages.
    privacy: 'https://www.facebook.com/settings?tab=privacy',
  },
  // Facebook's web addresses: settings under /settings and /privacy, chats under /messages/, a
  // post at /<name>/posts/<id>, /permalink.php, /photo/, /watch/, /reel/<id> or a group post, and
  // a profile at /<username> or /profile.php?id=<number>.
  pages: [
    { kind: 'settings', path: '^/(settings|privacy)(/|$)' },
    { kind: 'chat', path: '^/messages(/|$)' },
    {
      kind: 'post',
      path: '^/(permalink\\.php|story\\.php|photo(\\.php|/)?$|watch/?$|reel/[^/]+|groups/[^/]+/(posts|permalink)/[^/]+|[^/]+/(posts|videos|photos)/[^/]+)',
    },
    {
      kind: 'profile',
      path: '^/(?!(?:home\\.php|watch|marketplace|groups|gaming|games|events|friends|notifications|bookmarks|saved|memories|reels|stories|search|hashtag|login|help|pages|feeds|ads|business|fundraisers|live|policies|privacy|settings|messages)(?:/|$))(?:profile\\.php|[A-Za-z0-9.]+)/?$',
    },
  ],
  guides: [
    {
      id: 'blockAccount',
      topic: 'block',
      steps: ['openProfile', 'openMenu', 'chooseBlock'],
      after: true,
      pages: ['profile'],
      source: FAMILY_CENTER,
    },
    {
      id: 'blockInChat',
      topic: 'block',
      steps: ['openChat', 'openDetails', 'openPrivacy', 'chooseBlock'],
      after: true,
      pages: ['chat'],
      source: REPORT_CONVERSATION,
    },
    {
      id: 'reportAccount',
      topic: 'report',
      steps: ['openProfile', 'openMenu', 'chooseReport', 'followSteps'],
      after: true,
      pages: ['profile'],
      source: HOW_TO_REPORT,
    },
    {
      id: 'reportPost',
      topic: 'report',
      steps: ['openMenu', 'chooseReport', 'followSteps'],
      after: true,
      pages: ['post'],
      source: HOW_TO_REPORT,
    },
    {
      id: 'reportMessage',
      topic: 'report',
      steps: ['openChat', 'openMenu', 'chooseSomethingWrong', 'followSteps'],
      after: true,
      pages: ['chat'],
      source: REPORT_MESSAGE,
    },
    {
      id: 'restrictAccount',
      topic: 'limit',
      steps: ['openChat', 'openDetails', 'openPrivacy', 'chooseRestrict'],
      after: true,
      pages: ['chat'],
      source: FAMILY_CENTER,
    },
    {
      id: 'postAudience',
      topic: 'privacy',
      steps: ['openComposer', 'openAudience', 'chooseFriends'],
      after: true,
      // No settingsPage: the steps use the post composer on Feed or the profile, not a settings page.
      pages: ['settings'],
      source: POST_AUDIENCE,
    },
    {
      id: 'messageDelivery',
      topic: 'privacy',
      steps: ['openChats', 'openSettings', 'openDelivery', 'chooseRequests'],
      after: true,
      pages: ['chat'],
      source: MESSAGE_DELIVERY,
    },
  ],
  checklist: [
    {
      id: 'privateAccount',
      audience: 'kids',
      guide: 'postAudience',
      source: POST_AUDIENCE,
    },
    {
      id: 'whoCanMessage',
      audience: 'kids',
      guide: 'messageDelivery',
      source: MESSAGE_DELIVERY,
    },
    {
      id: 'activityStatus',
      audience: 'kids',
      steps: ['openChats', 'openMenu', 'turnOff'],
      source: MESSENGER_PRIVACY,
    },
    {
      id: 'reviewFollowers',
      audience: 'kids',
      steps: ['openFriends', 'lookThrough', 'unfriend'],
      // Meta's "Stay safe" page: friending, unfriending, "Have you ever met them?". It gives no web steps.
      source: STAY_SAFE,
    },
    {
      id: 'knowBlockReport',
      audience: 'kids',
      guide: 'blockAccount',
      alsoGuide: 'reportAccount',
      source: FAMILY_CENTER,
    },
    {
      id: 'knowRestrict',
      audience: 'kids',
      guide: 'restrictAccount',
      source: FAMILY_CENTER,
    },
    {
      id: 'pressure',
      audience: 'kids',
      steps: ['sayNo', 'blockReport', 'tellAdult'],
      source: UNCOMFORTABLE,
    },
    {
      id: 'minimumAge',
      audience: 'parents',
      source: { url: 'https://www.facebook.com/help/contact/209046679279097', checked: CHECKED, status: 'official' },
    },
    {
      id: 'supervision',
      audience: 'parents',
      steps: ['openFamilyCenter', 'invite', 'teenAccepts', 'review'],
      source: FAMILY_CENTER,
    },
    {
      id: 'talk',
      audience: 'parents',
      starters: ['whoMessages', 'friendRequests', 'showMe'],
      source: FAMILY_CENTER,
    },
  ],
};
