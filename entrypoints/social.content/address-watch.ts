/** How often the address is read where the browser has no Navigation API. */
export const POLL_MS = 1000;

/**
 * Calls `onMove` after the page's address changes (a single-page site's navigation, the way back
 * included), until the returned function is called. Started only while the helper's panel is open
 * (helper.ts): with it closed, nothing the page shows depends on the address.
 *
 * The Navigation API's `currententrychange` comes once the new address is in place; a browser
 * without it has the address read once a second.
 */
export function watchAddress(onMove: () => void): () => void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', onMove);
    return () => navigation.removeEventListener('currententrychange', onMove);
  }
  let last = location.href;
  const timer = setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    onMove();
  }, POLL_MS);
  return () => clearInterval(timer);
}
