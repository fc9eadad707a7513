import type { ManagedPolicy } from './managed';

/**
 * The example policies shown on the dashboard ("For schools and IT") and in
 * docs/browser-policy.md; a unit test keeps the two equal and checks every setting parses.
 */
export const EXAMPLE_SETTINGS: ManagedPolicy = {
  language: 'fr',
  country: 'FR',
  role: 'child',
  platforms: ['instagram', 'tiktok', 'youtube', 'roblox'],
  helperOffSites: [],
  promptEveryDays: 7,
};

/** The Chrome Web Store's update address, for a force-installed extension. */
export const CHROME_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';

/**
 * Chrome or Chromium on Linux: a JSON file in /etc/opt/chrome/policies/managed/ (Chrome) or
 * /etc/chromium/policies/managed/ (Chromium). Force-installed, the extension cannot be turned off
 * or removed from the browser. (Edge's file location on Linux is not confirmed: not shown.)
 */
export function chromiumPolicy(extensionId: string): unknown {
  return {
    ExtensionSettings: {
      [extensionId]: { installation_mode: 'force_installed', update_url: CHROME_UPDATE_URL },
    },
    '3rdparty': { extensions: { [extensionId]: EXAMPLE_SETTINGS } },
  };
}

/** Firefox: policies.json (on Linux in /etc/firefox/policies/). */
export function firefoxPolicy(extensionId: string, xpiUrl: string): unknown {
  return {
    policies: {
      ExtensionSettings: {
        [extensionId]: { installation_mode: 'force_installed', install_url: xpiUrl },
      },
      '3rdparty': { Extensions: { [extensionId]: EXAMPLE_SETTINGS } },
    },
  };
}

export const FIREFOX_ID = 'make-it-safe@make-it-safe.org';
/** Where the school keeps the signed package; any file: or https: address of it works. */
export const EXAMPLE_XPI_URL = 'file:///opt/make-it-safe/make-it-safe.xpi';
