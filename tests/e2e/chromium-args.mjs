// The switches every Chromium that tests, benchmarks or screenshots the extension starts with: no
// sandbox (containers), no GPU, and none of the browser's own network traffic (sync, component
// updates, QUIC probes, background fetches), so any request seen is the extension's or the page's.
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The switches that load one unpacked extension (or several, comma-separated) and no other. */
export function loadExtensionArgs(dir) {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}
