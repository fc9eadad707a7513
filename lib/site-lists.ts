/**
 * The per-site "off" lists (the helper, the privacy reminder): turning a site on takes it out of
 * the list, turning it off adds it once.
 */
export function withSiteOn(offSites: readonly string[], siteId: string, on: boolean): string[] {
  return on ? offSites.filter((id) => id !== siteId) : [...new Set([...offSites, siteId])];
}
