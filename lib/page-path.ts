/** The longest page path the content script sends; the message contract refuses longer ones. */
export const MAX_PAGE_PATH = 2048;

/**
 * The part of the page's path the helper sends to order its guides. Only the start of a path says
 * what kind of page it is, and a page can make its path as long as it likes, so it is cut.
 */
export function pagePath(pathname: string): string {
  return pathname.slice(0, MAX_PAGE_PATH);
}
