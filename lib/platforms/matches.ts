/**
 * Every content-script match pattern: the registry's, written out. The content script imports this
 * list instead of the registry, which would bundle every platform's data into every page it runs on;
 * a unit test fails when it differs from the registry (tests/unit/registry.test.ts).
 */
export const CONTENT_MATCHES: readonly string[] = [
  '*://accounts.snapchat.com/*',
  '*://de.pinterest.com/*',
  '*://discord.com/*',
  '*://facebook.com/*',
  '*://fr.pinterest.com/*',
  '*://in.pinterest.com/*',
  '*://instagram.com/*',
  '*://messenger.com/*',
  '*://nl.pinterest.com/*',
  '*://ru.pinterest.com/*',
  '*://tr.pinterest.com/*',
  '*://uk.pinterest.com/*',
  '*://web.snapchat.com/*',
  '*://web.telegram.org/*',
  '*://web.whatsapp.com/*',
  '*://www.facebook.com/*',
  '*://www.instagram.com/*',
  '*://www.messenger.com/*',
  '*://www.pinterest.co.uk/*',
  '*://www.pinterest.com/*',
  '*://www.pinterest.de/*',
  '*://www.pinterest.fr/*',
  '*://www.reddit.com/*',
  '*://www.roblox.com/*',
  '*://www.snapchat.com/*',
  '*://www.threads.com/*',
  '*://www.tiktok.com/*',
  '*://www.twitch.tv/*',
  '*://www.youtube.com/*',
  '*://x.com/*',
];
