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

/** Chrome's and Edge's web store update addresses, for a force-installed extension. */
export const UPDATE_URLS = {
  chrome: 'https://clients2.google.com/service/update2/crx',
  edge: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
} as const;

/**
 * Chrome or Edge on Linux: a JSON file in /etc/opt/chrome/policies/managed/ (Chrome),
 * /etc/chromium/policies/managed/ (Chromium) or /etc/opt/edge/policies/managed/ (Edge).
 * Force-installed, the extension cannot be turned off or removed from the browser.
 */
export function chromiumPolicy(extensionId: string, browser: keyof typeof UPDATE_URLS): unknown {
  return {
    ExtensionSettings: {
      [extensionId]: { installation_mode: 'force_installed', update_url: UPDATE_URLS[browser] },
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
