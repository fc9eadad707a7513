/**
 * The features Playwright turns off in every Chromium it starts (playwright-core 1.65's list). A
 * browser reads only the last `--disable-features` on its command line, so ours must repeat them;
 * the test browser's own spec checks that it does (test-browser.spec.ts).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * The address bar's two pop-ups, web pages of their own that Chromium 156 loads at every start,
 * in a renderer of their own, though no address bar is ever shown here: about 1.4 s of CPU per
 * browser started (4.2 s to 2.8 s with the extension loaded, on this 2-core machine), and the
 * tests start one browser per test.
 */
export const UNUSED_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * The switches every Chromium that tests, benchmarks or screenshots the extension starts with: no
 * sandbox (containers), no GPU, none of the browser's own network traffic (sync, component
 * updates, QUIC probes, background fetches), so any request seen is the extension's or the page's,
 * and none of the browser's own pages that are never shown.
 */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_UI_FEATURES].join(',')}`,
];

/** The switches that load one unpacked extension (or several, comma-separated) and no other. */
export function loadExtensionArgs(dir) {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}
